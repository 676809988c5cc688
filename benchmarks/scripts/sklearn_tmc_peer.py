"""The scikit-learn peer of issue 8's retraining protocol: the TMC-Shapley loop a Python user writes.

For each seeded permutation of the training rows, every prefix of 1 .. n-1 rows gets a cold
LogisticRegression(C=1.0) fit (scikit-learn's defaults otherwise: lbfgs, tol 1e-4; C = 1/lambda of our
logistic-regression, whose penalty is lambda/2 * ||beta||^2 on the summed log-loss), scored by the mean validation
log-likelihood. A single-class prefix predicts the smoothed prior (w1 + 1/2) / (n + 1), as ours does.

usage: sklearn_tmc_peer.py TRAIN.csv VALIDATION.csv PERMUTATIONS SEED
prints: evaluations N / seconds S / per_second R (the loop alone; loading and imports are outside the clock)
"""
import sys
import time
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression


def load(path):
    data = np.loadtxt(path, delimiter=",", skiprows=1)
    return data[:, :-1], data[:, -1].astype(int)


def log_likelihood(p1, y):
    p = np.where(y == 1, p1, 1.0 - p1)
    return float(np.mean(np.log(np.clip(p, 1e-15, 1.0))))


def main():
    xtr, ytr = load(sys.argv[1])
    xva, yva = load(sys.argv[2])
    permutations, seed = int(sys.argv[3]), int(sys.argv[4])
    rng = np.random.default_rng(seed)
    n = len(ytr)
    warnings.simplefilter("ignore", ConvergenceWarning)
    evaluations = 0
    checksum = 0.0
    start = time.perf_counter()
    for _ in range(permutations):
        order = rng.permutation(n)
        for size in range(1, n):
            rows = order[:size]
            y = ytr[rows]
            positives = int(y.sum())
            if positives == 0 or positives == size:
                p1 = np.full(len(yva), (positives + 0.5) / (size + 1.0))
            else:
                model = LogisticRegression(C=1.0).fit(xtr[rows], y)
                p1 = model.predict_proba(xva)[:, 1]
            checksum += log_likelihood(p1, yva)
            evaluations += 1
    seconds = time.perf_counter() - start
    print("evaluations %d" % evaluations)
    print("seconds %.6f" % seconds)
    print("per_second %.3f" % (evaluations / seconds))
    print("checksum %.6f" % checksum)


if __name__ == "__main__":
    main()
