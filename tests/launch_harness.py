"""Running the launch scripts in tests: in this process (fast: JAX starts once) or as real
subprocesses, and snapshots of the outputs they must leave alone."""

from __future__ import annotations

import hashlib
import os
import runpy
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAUNCH = ROOT / "launch"
# The short SFT run of the end-to-end tests (configs/demo.py, seconds per step on a CPU).
SFT_FAST = ["--config.data.target_examples=400", "--config.data.val_examples=16",
            "--config.data.seq_len=128", "--config.train.global_batch=4", "--config.train.grad_accum=2",
            "--config.train.loss_chunk=64", "--config.train.eval_every=3", "--config.train.save_every=2",
            "--config.train.log_every=1", "--config.train.tensorboard=False"]


def env(**extra) -> dict:
    """A plain one-device CPU run's environment."""
    e = {k: v for k, v in os.environ.items() if not k.startswith("ALIGN_JAX_TEST")}
    e.update(JAX_PLATFORMS="cpu", HF_HUB_OFFLINE="1", **extra)
    e.pop("XLA_FLAGS", None)
    return e


def run_subprocess(script: str, args: list[str], timeout: int = 600, **kw) -> tuple[int, str, str]:
    p = subprocess.run([sys.executable, str(LAUNCH / script), *args], capture_output=True,
                       text=True, env=kw.pop("env", None) or env(), timeout=timeout, **kw)
    return p.returncode, p.stdout, p.stderr


def run_in_process(script: str, args: list[str]) -> int:
    """Runs launch/<script> as __main__ here; returns its exit status. The flags it
    defines are removed afterwards, so the next script can define its own."""
    from absl import app, flags

    app.define_help_flags()
    before = set(flags.FLAGS)
    argv, handlers = sys.argv, {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    sys.argv = [str(LAUNCH / script), *args]
    try:
        runpy.run_path(str(LAUNCH / script), run_name="__main__")
        return 0
    except SystemExit as e:
        return 0 if e.code is None else e.code if isinstance(e.code, int) else 1
    finally:
        sys.argv = argv
        for name in set(flags.FLAGS) - before:
            delattr(flags.FLAGS, name)
        flags.FLAGS.unparse_flags()
        for s, h in handlers.items():
            signal.signal(s, h)


def snapshot(path: str | Path) -> dict[str, bytes | None]:
    """{relative path: sha256} of every file under `path` (or of the file itself)."""
    path = Path(path)
    if not path.exists():
        return {"": None}
    if path.is_file():
        return {"": hashlib.sha256(path.read_bytes()).digest()}
    return {str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).digest()
            for p in sorted(path.rglob("*")) if p.is_file()}


def error_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("error:")]
