#!/usr/bin/env python3
"""Writes N seeded 4PL standard curves as `fit` CSVs: DIR/curve-00001.csv ... (conc,od; a zero standard and 7 two-fold
levels in duplicate, 3 % multiplicative noise). Usage: python3 make-curves.py N DIR"""
import os, sys
import numpy as np

n, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(20261201)
levels = np.concatenate([[0.0], 1000 / 2.0 ** np.arange(6, -1, -1)])  # 0, 15.625 ... 1000
x = np.repeat(levels, 2)
for k in range(1, n + 1):
    a, d = rng.uniform(0.03, 0.1), rng.uniform(1.8, 3.2)
    b, c = rng.uniform(0.8, 1.6), rng.uniform(80, 400)
    f = d + (a - d) / (1 + (x / c) ** b)
    y = f * (1 + 0.03 * rng.standard_normal(x.size))
    with open(os.path.join(out, f"curve-{k:05d}.csv"), "w") as fh:
        fh.write("conc,od\n")
        for xi, yi in zip(x, y):
            fh.write(f"{xi:.6g},{yi:.4f}\n")
