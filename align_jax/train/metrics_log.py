"""Where training metrics go: a JSONL file, TensorBoard event files and the console."""

from __future__ import annotations

import json
import time
from pathlib import Path

import jax


class MetricsLog:
    """Writes on process 0 only; `truncate_after(step)` drops lines a resumed run replays."""

    def __init__(self, run_dir: str | Path, total_steps: int, tensorboard: bool = True):
        self.enabled = jax.process_index() == 0
        self.path = Path(run_dir) / "metrics.jsonl"
        self.total = total_steps
        self.t0 = time.perf_counter()
        self.tokens0 = 0.0
        self.step0 = 0
        self._tb = None
        if self.enabled and tensorboard:
            from tensorboardX import SummaryWriter

            self._tb = SummaryWriter(str(Path(run_dir) / "tensorboard"))

    def truncate_after(self, step: int) -> None:
        """Keeps only records of steps <= step (a resumed run rewrites what came after)."""
        if not self.enabled or not self.path.exists():
            return
        lines = [l for l in self.path.read_text().splitlines()
                 if l and json.loads(l).get("step", 0) <= step]
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text("".join(l + "\n" for l in lines))
        tmp.replace(self.path)

    def start(self, step: int) -> None:
        self.t0, self.step0, self.tokens0 = time.perf_counter(), step, 0.0

    def write(self, step: int, metrics: dict) -> None:
        if not self.enabled:
            return
        record = {"step": step, **{k: _plain(v) for k, v in metrics.items()}}
        with open(self.path, "a") as f:
            f.write(json.dumps(record) + "\n")
        if self._tb is not None:
            for k, v in record.items():
                if k != "step" and isinstance(v, (int, float)):
                    self._tb.add_scalar(k, v, step)

    def console(self, step: int, metrics: dict, tokens_seen: float) -> None:
        """One progress line: bar, loss, accuracy, lr, tokens/s and ETA."""
        if not self.enabled:
            return
        elapsed = time.perf_counter() - self.t0
        done = max(step - self.step0, 1)
        rate = tokens_seen / elapsed if elapsed > 0 else 0.0
        eta = elapsed / done * (self.total - step)
        width = 20
        filled = int(width * step / max(self.total, 1))
        bar = "#" * filled + "." * (width - filled)
        parts = [f"[{bar}] step {step}/{self.total}"]
        for k in ("loss", "accuracy", "val_loss"):
            if k in metrics:
                parts.append(f"{k} {metrics[k]:.4f}")
        if "lr" in metrics:
            parts.append(f"lr {metrics['lr']:.2e}")
        parts.append(f"{rate:,.0f} tok/s")
        parts.append(f"ETA {_duration(eta)}")
        print(" | ".join(parts), flush=True)

    def close(self) -> None:
        if self._tb is not None:
            self._tb.close()
            self._tb = None


def _plain(v):
    try:
        v = v.item()
    except AttributeError:
        pass
    return bool(v) if isinstance(v, bool) else v


def _duration(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}h{m:02d}m" if h else f"{m}m{s:02d}s"
