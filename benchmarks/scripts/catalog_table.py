#!/usr/bin/env python3
"""Prints the README's catalog table from a run.json of benchmarks/suites/catalog.yaml (means over seeds)."""
import json
import re
import sys
from collections import defaultdict

run = json.load(open(sys.argv[1]))
cells = defaultdict(list)
for cell in run["cells"]:
    if cell["status"] != "succeeded":
        continue
    key = cell["key"]
    cells[(key["estimator"], key["model"], key["dataset"])].append(cell)


def mean(values):
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def metric(group, name):
    return mean([c["metrics"].get(name) for c in group])


def fits(group):
    # Estimators that fit the model themselves (classwise-shapley) report their fits in a note, not as utility evaluations.
    counts = []
    for c in group:
        for note in c.get("notes", []):
            m = re.search(r"([\d,]+) (?:model )?fits", note)
            if m:
                counts.append(float(m.group(1).replace(",", "")))
    return mean(counts)


def fmt(value, digits=3):
    return "—" if value is None else f"{value:.{digits}f}"


def count(group):
    evals = metric(group, "cost.utility-evaluations")
    extra = fits(group)
    if extra:
        return f"{extra:,.0f} fits"
    return "0" if not evals else f"{evals:,.0f}"


order = []
for cell in run["cells"]:
    pair = (cell["key"]["estimator"], cell["key"]["model"])
    if pair not in order:
        order.append(pair)

print("| estimator | model | AUROC tab | LDS tab | removal tab | AUROC search | LDS search | removal search | evaluations tab / search | time tab / search (s) |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for estimator, model in order:
    tab = cells.get((estimator, model, "tabular"), [])
    search = cells.get((estimator, model, "search"), [])
    print(
        f"| `{estimator}` | {model} | {fmt(metric(tab, 'noisy-detection.auroc'))} | {fmt(metric(tab, 'lds.spearman'))} | "
        f"{fmt(metric(tab, 'removal.auc'))} | {fmt(metric(search, 'noisy-detection.auroc'))} | {fmt(metric(search, 'lds.spearman'))} | "
        f"{fmt(metric(search, 'removal.auc'))} | {count(tab)} / {count(search)} | "
        f"{fmt(metric(tab, 'time.median'), 2)} / {fmt(metric(search, 'time.median'), 2)} |")
