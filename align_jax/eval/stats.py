"""Small statistics shared by the evaluation metrics."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np


def bootstrap_mean(values, *, n_boot: int = 1000, seed: int = 0,
                   level: float = 0.95) -> dict:
    """Mean of ``values`` with a percentile-bootstrap confidence interval.

    Resamples the values (cues) with replacement ``n_boot`` times; the interval is the
    ((1-level)/2, (1+level)/2) quantiles of the resampled means. NaNs are dropped first
    (a metric undefined for a cue does not count). Seeded: same input, same interval.
    Returns ``{"mean", "ci_low", "ci_high", "n"}``; mean/CI are NaN when n == 0.
    """
    return bootstrap_means({"values": values}, n_boot=n_boot, seed=seed, level=level)["values"]


def bootstrap_means(columns: Mapping[str, Sequence[float]], *, n_boot: int = 1000,
                    seed: int = 0, level: float = 0.95) -> dict[str, dict]:
    """`bootstrap_mean` of each column, equal to calling it column by column: the
    resampled indices depend only on (seed, n), so columns with as many values (after
    their NaNs go) share one draw (a run's 15 metrics of 12,000 cues: 2 draws, not 15)."""
    out: dict[str, dict] = {}
    by_size: dict[int, list[tuple[str, np.ndarray]]] = {}
    for name, values in columns.items():
        x = np.asarray(values, dtype=np.float64)
        x = x[~np.isnan(x)]
        if x.size == 0:
            out[name] = {"mean": math.nan, "ci_low": math.nan, "ci_high": math.nan, "n": 0}
        else:
            by_size.setdefault(int(x.size), []).append((name, x))
    alpha = (1.0 - level) / 2.0
    for n, group in by_size.items():
        rng = np.random.default_rng(seed)
        # Draw in blocks so memory stays bounded for large n * n_boot.
        block = max(1, 2_000_000 // n)
        means = {name: np.empty(n_boot) for name, _ in group}
        for start in range(0, n_boot, block):
            stop = min(n_boot, start + block)
            idx = rng.integers(0, n, size=(stop - start, n))
            for name, x in group:
                means[name][start:stop] = x[idx].mean(axis=1)
        for name, x in group:
            lo, hi = np.quantile(means[name], [alpha, 1.0 - alpha])
            out[name] = {"mean": float(x.mean()), "ci_low": float(lo), "ci_high": float(hi), "n": n}
    return {name: out[name] for name in columns}


def average_ranks(values: Sequence[float]) -> list[float]:
    """The rank 1 … n of each value, ascending; equal values share the mean of their ranks
    (scipy's ``rankdata(method="average")``)."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start + 1
        while end < len(order) and values[order[end]] == values[order[start]]:
            end += 1
        shared = (start + end + 1) / 2  # the mean of ranks start+1 … end
        for i in order[start:end]:
            ranks[i] = shared
        start = end
    return ranks


def spearman_with_position(values: Sequence[float]) -> float:
    """Spearman ρ between the positions 1 … n and `values` (ties averaged); NaN for fewer
    than two values or constant ones. The Pearson correlation of the ranks,

        ρ = Σ (i − m)(r_i − m) / sqrt(Σ (i − m)² · Σ (r_i − m)²),  m = (n + 1) / 2,

    as scipy's ``spearmanr(range(n), values)`` computes it, without its per-call cost (~0.2
    ms, the most of scoring a run's 12,000 cues)."""
    n = len(values)
    if n < 2 or all(v == values[0] for v in values):
        return math.nan
    ranks = average_ranks(values)
    m = (n + 1) / 2
    covariance = sum((i + 1 - m) * (r - m) for i, r in enumerate(ranks))
    spread = math.sqrt((n * (n * n - 1) / 12) * sum((r - m) ** 2 for r in ranks))
    return max(-1.0, min(1.0, covariance / spread))
