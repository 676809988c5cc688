#!/usr/bin/python3
"""Times the numpy KNN-Shapley peer's compute alone (K = 10) on .npy data from make_knn_data.py, for same-session ratios.

    /usr/bin/python3 benchmarks/scripts/knn_peer_compute.py TRAIN.npy VALIDATION.npy [OURS.csv]

Reads X.npy and X.labels.npy for both sets, prints the peer's wall and CPU time and the load average; with OURS.csv
(`score --out`: index,value) also prints the largest difference from the peer's values. Needs python3-numpy; unset
OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE first.
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "reference"))
import numpy as np  # noqa: E402
from knn_shapley import knn_shapley  # noqa: E402


def main():
    xtr, xte = np.load(sys.argv[1]), np.load(sys.argv[2])
    ytr = np.load(sys.argv[1].replace(".npy", ".labels.npy"))
    yte = np.load(sys.argv[2].replace(".npy", ".labels.npy"))
    wall, cpu = time.perf_counter(), time.process_time()
    values = knn_shapley(xtr, ytr, xte, yte, 10)
    print("peer compute wall %.3f s cpu %.3f s load %.2f" % (time.perf_counter() - wall, time.process_time() - cpu, os.getloadavg()[0]))
    if len(sys.argv) > 3:
        ours = np.loadtxt(sys.argv[3], delimiter=",", skiprows=1)[:, 1]
        print("max |ours - peer| = %.3g (max |peer| %.3g)" % (np.abs(ours - values).max(), np.abs(values).max()))


if __name__ == "__main__":
    main()
