"""Shared by the benchmarks: the small Llama shape, timing, and printing."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

# A "small Llama": big enough that matmuls dominate, small enough for 2 CPU cores.
SMALL_LLAMA = dict(
    vocab_size=32000, hidden_size=512, intermediate_size=1536, num_hidden_layers=8,
    num_attention_heads=8, num_key_value_heads=4, head_dim=64, max_position_embeddings=2048,
    tie_word_embeddings=False, rope_theta=500000.0,
    rope_scaling={"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
                  "high_freq_factor": 4.0, "original_max_position_embeddings": 1024},
)


def timeit(fn: Callable[[], object], repeats: int, warmup: int = 1) -> list[float]:
    """Wall seconds of `repeats` calls after `warmup` calls (fn must block until done)."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def report(rows: dict[str, float], unit: str, baseline: str) -> None:
    """Prints one line per system: median value and ratio against `baseline`."""
    base = rows[baseline]
    width = max(map(len, rows))
    for name, value in rows.items():
        print(f"  {name:<{width}}  {value:12,.1f} {unit}   x{value / base:5.2f} vs {baseline}")


def median(xs):
    return statistics.median(xs)
