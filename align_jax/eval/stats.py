"""Small statistics shared by the evaluation metrics."""

from __future__ import annotations

import math

import numpy as np


def bootstrap_mean(values, *, n_boot: int = 1000, seed: int = 0,
                   level: float = 0.95) -> dict:
    """Mean of ``values`` with a percentile-bootstrap confidence interval.

    Resamples the values (cues) with replacement ``n_boot`` times; the interval is the
    ((1-level)/2, (1+level)/2) quantiles of the resampled means. NaNs are dropped first
    (a metric undefined for a cue does not count). Seeded: same input, same interval.
    Returns ``{"mean", "ci_low", "ci_high", "n"}``; mean/CI are NaN when n == 0.
    """
    x = np.asarray(values, dtype=np.float64)
    x = x[~np.isnan(x)]
    n = int(x.size)
    if n == 0:
        return {"mean": math.nan, "ci_low": math.nan, "ci_high": math.nan, "n": 0}
    rng = np.random.default_rng(seed)
    # Draw in blocks so memory stays bounded for large n * n_boot.
    block = max(1, 2_000_000 // n)
    means = np.empty(n_boot)
    for start in range(0, n_boot, block):
        stop = min(n_boot, start + block)
        idx = rng.integers(0, n, size=(stop - start, n))
        means[start:stop] = x[idx].mean(axis=1)
    alpha = (1.0 - level) / 2.0
    lo, hi = np.quantile(means, [alpha, 1.0 - alpha])
    return {"mean": float(x.mean()), "ci_low": float(lo), "ci_high": float(hi), "n": n}
