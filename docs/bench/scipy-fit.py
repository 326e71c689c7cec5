#!/usr/bin/env python3
"""Fits every DIR/*.csv (conc,od) with scipy's curve_fit, 4PL y = d + (a - d)/(1 + (x/c)^b), unweighted, and prints one
line per file: name a b c d rss. Start values from the data (lowest/highest-level means, b = 1, c = geometric middle of
the non-zero standards), as a script would set them. Usage: /usr/bin/python3 scipy-fit.py DIR > fits.txt"""
import glob, os, sys
import numpy as np
from scipy.optimize import curve_fit

def f4(x, a, b, c, d):
    with np.errstate(all="ignore"):
        return d + (a - d) / (1 + np.abs(x / c) ** b)

for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.csv"))):
    x, y = np.loadtxt(path, delimiter=",", skiprows=1, unpack=True)
    pos = x[x > 0]
    p0 = [y[x == x.min()].mean(), 1.0, float(np.exp(np.log(pos).mean())), y[x == x.max()].mean()]
    try:
        p, _ = curve_fit(f4, x, y, p0=p0, maxfev=10000)
        rss = float(np.sum((y - f4(x, *p)) ** 2))
        print(os.path.basename(path), *(f"{v:.10g}" for v in p), f"{rss:.10g}")
    except RuntimeError:
        print(os.path.basename(path), "not converged")
