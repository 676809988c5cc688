#!/usr/bin/env python3
"""Writes a seeded KNN benchmark set for `sampleimportance score`: ROWS x D standard Gaussian features rounded to the 1/32 grid in [-4, 4), a 0/1
label from the first four features plus noise (the shape of KnnWorkspace's data). Standard library only.

    python3 benchmarks/scripts/make_knn_data.py OUT_PREFIX ROWS D [--npy]

writes OUT_PREFIX.csv (header f0..f{D-1},label) and, with --npy, OUT_PREFIX.npy (float32, ROWS x D, C order) plus
OUT_PREFIX.labels.npy (float64, ROWS): the same numbers. Do not commit the outputs (36 MB at 50,000 x 64).
"""
import array
import random
import struct
import sys


def npy_header(descr, shape):
    text = "{'descr': '%s', 'fortran_order': False, 'shape': (%s), }" % (
        descr, ", ".join(str(s) for s in shape) + ("," if len(shape) == 1 else ""))
    # Version 1.0: magic, version, header length; the header is padded so the data starts 64-byte aligned.
    total = 10 + len(text) + 1
    text += " " * ((64 - total % 64) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text.encode("latin1")


def main():
    prefix, rows, d = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    npy = "--npy" in sys.argv[4:]
    rng = random.Random(20190701)
    grid = [k / 32 for k in range(-128, 128)]
    texts = [repr(v) if v != int(v) else str(int(v)) for v in grid]
    feats = open(prefix + ".npy", "wb") if npy else None
    labels = array.array("d")
    if feats:
        feats.write(npy_header("<f4", (rows, d)))
    with open(prefix + ".csv", "w", newline="\n") as out:
        out.write(",".join("f%d" % j for j in range(d)) + ",label\n")
        for _ in range(rows):
            idx = [min(255, max(0, round(rng.gauss(0, 1) * 32) + 128)) for _ in range(d)]
            score = sum(grid[i] for i in idx[:4]) + rng.gauss(0, 1)
            label = 1 if score > 0 else 0
            out.write(",".join(texts[i] for i in idx) + ",%d\n" % label)
            if feats:
                feats.write(array.array("f", (grid[i] for i in idx)).tobytes())
            labels.append(label)
    if feats:
        feats.close()
        with open(prefix + ".labels.npy", "wb") as out:
            out.write(npy_header("<f8", (rows,)))
            out.write(labels.tobytes())


if __name__ == "__main__":
    main()
