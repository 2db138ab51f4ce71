"""Pictures of a training run from its metrics.jsonl: SFT loss curves, PPO reward / KL /
parse failures. PNGs drawn with matplotlib's object API on the Agg canvas and written
atomically (the helpers of align_jax.eval.report).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from align_jax.errors import AlignJaxError
from align_jax.eval.report import _figure, _save


def read_metrics_log(run_dir: str | Path) -> list[dict]:
    """The records of <run_dir>/metrics.jsonl (one per step or iteration), in order."""
    path = Path(run_dir) / "metrics.jsonl"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise AlignJaxError(f"{path}: no metrics log (not a training run folder?)") from None
    rows = []
    for i, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise AlignJaxError(f"{path}:{i}: invalid JSON ({e.msg})") from None
    return rows


def series(rows: Sequence[dict], key: str) -> tuple[np.ndarray, np.ndarray]:
    """(steps, values) of the records that have a finite `key`."""
    pts = [(r["step"], float(r[key])) for r in rows
           if isinstance(r.get(key), (int, float)) and math.isfinite(float(r[key]))]
    return (np.array([p[0] for p in pts]), np.array([p[1] for p in pts]))


def moving_average(x: np.ndarray, window: int) -> np.ndarray:
    """Trailing mean over up to `window` values (the first ones average what exists)."""
    if len(x) == 0:
        return x
    c = np.cumsum(np.insert(np.asarray(x, float), 0, 0.0))
    idx = np.arange(1, len(x) + 1)
    lo = np.maximum(idx - window, 0)
    return (c[idx] - c[lo]) / (idx - lo)


def plot_sft_curves(rows: Sequence[dict], path: Path, title: str = "LoRA SFT") -> None:
    """Training loss per step (and its moving average) and validation loss, log scale."""
    steps, loss = series(rows, "loss")
    if len(steps) == 0:
        raise AlignJaxError(f"no loss in the metrics log to plot ({path.name})")
    fig = _figure(6.5, 4.0)
    ax = fig.add_subplot()
    ax.plot(steps, loss, color="tab:blue", alpha=0.3, linewidth=0.8, label="training loss")
    ax.plot(steps, moving_average(loss, max(1, len(loss) // 40)), color="tab:blue",
            label="training loss (moving average)")
    vs, vl = series(rows, "val_loss")
    if len(vs):
        ax.plot(vs, vl, color="tab:orange", marker="o", label="validation loss")
    ax.set_yscale("log")
    ax.set_xlabel("step")
    ax.set_ylabel("cross-entropy per response token (nats)")
    ax.set_title(title)
    ax.legend()
    _save(fig, path)


def plot_ppo_curves(rows: Sequence[dict], path: Path, title: str = "PPO") -> None:
    """Three panels over iterations: reward (mean ± std of the rollout, moving average,
    greedy validation reward), KL to the reference, share of unparseable answers."""
    it, reward = series(rows, "reward_mean")
    if len(it) == 0:
        raise AlignJaxError(f"no reward_mean in the metrics log to plot ({path.name})")
    _, std = series(rows, "reward_std")
    fig = _figure(6.5, 7.5)
    ax = fig.add_subplot(3, 1, 1)
    ax.fill_between(it, reward - std, reward + std, color="tab:green", alpha=0.15,
                    label="rollout reward ± std")
    ax.plot(it, reward, color="tab:green", alpha=0.4, linewidth=0.8, label="rollout mean")
    ax.plot(it, moving_average(reward, max(1, len(reward) // 10)), color="tab:green",
            label="rollout mean (moving average)")
    vi, vr = series(rows, "val_reward")
    if len(vi):
        ax.plot(vi, vr, color="tab:purple", marker="o", label="validation (greedy)")
    ax.set_ylabel("reward")
    ax.set_title(title)
    ax.legend(fontsize=8)
    ax = fig.add_subplot(3, 1, 2)
    ki, kl = series(rows, "kl")
    ax.plot(ki, kl, color="tab:red")
    ax.set_ylabel("KL to reference (nats/answer)")
    ax = fig.add_subplot(3, 1, 3)
    pi, pf = series(rows, "reward_parse_fail")
    if len(pi):
        ax.plot(pi, pf, color="tab:gray")
    else:
        ax.text(0.5, 0.5, "the reward reports no parse failures", ha="center", va="center",
                transform=ax.transAxes)
    ax.set_ylim(-0.02, 1.02)
    ax.set_ylabel("unparseable answers (share)")
    ax.set_xlabel("iteration")
    _save(fig, path)
