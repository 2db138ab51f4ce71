"""The small statistics of the metrics: ranks and Spearman ρ equal to scipy's, and the
bootstrap of several metrics equal to bootstrapping each alone."""

import math
import random

import numpy as np
import pytest
from scipy import stats as sps

from align_jax.eval.stats import average_ranks, bootstrap_mean, bootstrap_means, spearman_with_position


def _random_values(rng: random.Random) -> list:
    """Lists of 0-60 values with many ties (counts 1-5), few (1-200) or none (floats)."""
    n = rng.randrange(0, 61)
    draw = rng.choice([lambda: rng.randrange(1, 6), lambda: rng.randrange(1, 200), rng.random])
    return [draw() for _ in range(n)]


def test_average_ranks_hand_computed_and_as_scipy():
    assert average_ranks([10, 20, 10, 30]) == [1.5, 3.0, 1.5, 4.0]
    assert average_ranks([-8, -4, -4, -4, -1]) == [1.0, 3.0, 3.0, 3.0, 5.0]
    assert average_ranks([]) == []
    rng = random.Random(0)
    for _ in range(2000):
        values = _random_values(rng)
        assert average_ranks(values) == list(sps.rankdata(values, method="average"))


def test_spearman_with_position_hand_computed_and_as_scipy():
    # positions 1,2,3 vs ranks of (3, 1, 2): d = (-2, 1, 1), ρ = 1 − 6·6 / (3·8) = −0.5
    assert spearman_with_position([3, 1, 2]) == pytest.approx(-0.5)
    # a tie: ranks (1, 2.5, 2.5, 4), m = 2.5, Σ(i−m)(r−m) = 4.5, Σ(i−m)² = 5, Σ(r−m)² = 4.5
    assert spearman_with_position([1, 2, 2, 3]) == pytest.approx(4.5 / math.sqrt(5 * 4.5))
    for undefined in ([], [7], [2, 2, 2]):
        assert math.isnan(spearman_with_position(undefined))
    rng = random.Random(1)
    for _ in range(2000):
        values = _random_values(rng)
        ours = spearman_with_position(values)
        if len(values) < 2 or len(set(values)) == 1:
            assert math.isnan(ours)
        else:
            assert ours == pytest.approx(sps.spearmanr(np.arange(len(values)), values).statistic,
                                         abs=1e-12)
            assert -1.0 <= ours <= 1.0


def _bootstrap_alone(values, n_boot, seed, level=0.95):
    """One metric's percentile bootstrap, drawn on its own (blocks of 2,000,000 indices)."""
    x = np.asarray(values, dtype=np.float64)
    x = x[~np.isnan(x)]
    if x.size == 0:
        return {"mean": math.nan, "ci_low": math.nan, "ci_high": math.nan, "n": 0}
    rng = np.random.default_rng(seed)
    block = max(1, 2_000_000 // x.size)
    means = np.concatenate([x[rng.integers(0, x.size, size=(min(block, n_boot - s), x.size))].mean(axis=1)
                            for s in range(0, n_boot, block)])
    lo, hi = np.quantile(means, [(1 - level) / 2, (1 + level) / 2])
    return {"mean": float(x.mean()), "ci_low": float(lo), "ci_high": float(hi), "n": int(x.size)}


def test_bootstrap_means_equal_each_metric_bootstrapped_alone():
    rng = np.random.default_rng(2)
    columns = {"p@5": rng.random(300), "p@10": rng.random(300),
               "spearman": np.where(rng.random(300) < 0.2, np.nan, rng.random(300)),
               "big": rng.random(5000), "tiny": [0.5], "none": [math.nan, math.nan], "empty": []}
    together = bootstrap_means(columns, n_boot=700, seed=3)
    assert list(together) == list(columns)
    for name, values in columns.items():
        for result in (together[name], bootstrap_mean(values, n_boot=700, seed=3)):
            alone = _bootstrap_alone(values, n_boot=700, seed=3)
            assert result.keys() == alone.keys()
            for key, value in alone.items():
                assert (math.isnan(value) and math.isnan(result[key])) or result[key] == value, (name, key)
    assert together["spearman"]["n"] < 300 and together["none"]["n"] == 0
