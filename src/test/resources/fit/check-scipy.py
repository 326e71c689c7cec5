#!/usr/bin/env python3
"""Cross-checks the R reference fits with scipy (python3-scipy): curve_fit from R's answer perturbed by 10%.
Run from the project root: python3 src/test/resources/fit/check-scipy.py  — prints the largest relative differences."""
import glob, json
import numpy as np
from scipy.optimize import curve_fit

def f5(x, a, b, c, d, g=1.0):
    with np.errstate(divide="ignore"):
        return d + (a - d) / (1 + np.where(x > 0, (x / c) ** b, 0.0)) ** g

def weights(kind, x, y):
    return {"none": np.ones_like(x), "1/y": 1 / y, "1/y2": 1 / y**2, "1/x2": 1 / np.where(x > 0, x, np.nan) ** 2}[kind]

worst = 0.0
for path in sorted(glob.glob("src/test/resources/fit/*.json")):
    ref = json.load(open(path))
    if ref["status"] != "converged" or ref["model"] not in ("4pl", "5pl"):
        continue
    x, y = np.loadtxt("src/test/resources/fit/" + ref["curve"], delimiter=",", skiprows=1, unpack=True)
    w = weights(ref["weighting"], x, y)
    keep = np.isfinite(w)
    names = list(ref["params"])
    p_ref = np.array([ref["params"][k] for k in names])
    fn = (lambda x, a, b, c, d: f5(x, a, b, c, d)) if len(names) == 4 else f5
    p, cov = curve_fit(fn, x[keep], y[keep], p0=p_ref * 1.1, sigma=1 / np.sqrt(w[keep]), maxfev=100000,
                       xtol=1e-15, ftol=1e-15, gtol=1e-15)
    se = np.sqrt(np.diag(cov))
    se_ref = np.array([ref["stderr"][k] for k in names])
    dp = np.max(np.abs(p - p_ref) / np.abs(p_ref))
    ds = np.max(np.abs(se - se_ref) / se_ref)
    worst = max(worst, dp)
    print(f"{path.split('/')[-1]:34s} params {dp:.1e}  SE {ds:.1e}")
print(f"largest relative parameter difference scipy vs R: {worst:.1e}")
