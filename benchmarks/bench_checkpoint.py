"""Benchmark: checkpoint save and restore of the demo run's state, with and without the
checksums (and, when git can show it, the checkpoint module before them), side by side.

  .venv/bin/python benchmarks/bench_checkpoint.py [--rounds 9] [--saves 4] [--baseline-rev 63f3677]

The state is configs/demo.py's: the tiny Llama (vocab 1,024), LoRA r=16 on all seven
projections, AdamW moments, step and RNG (one device). Per round and system, in rotating
order (A B C, B C A, ...), into a fresh folder: `saves` asynchronous saves (the time the
loop waits in `save()`, and save + wait until it is on disk), then a restore of the newest
by a fresh Checkpoints (shape check, read, checksum verification). Medians over rounds,
after one warm-up round (the checksum's first jit compile is reported on its own).
Also: the loop's per-step poll for a failed save, and taking + releasing the run lock
(once per run, not per step).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import jax  # noqa: E402

from align_jax.lora import init_lora, lora_axes  # noqa: E402
from align_jax.models import config as config_lib  # noqa: E402
from align_jax.train import optim, setup  # noqa: E402
from align_jax.train.checkpoint import Checkpoints  # noqa: E402
from align_jax.train.run_lock import RunLock  # noqa: E402
from align_jax.train.state import abstract_state, init_state  # noqa: E402


def demo_state():
    spec = importlib.util.spec_from_file_location("demo", ROOT / "configs" / "demo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cfg = module.get_config()
    model = config_lib.preset(cfg.model.preset).replace(vocab_size=cfg.data.tiny_vocab_size)
    lora_cfg = setup.lora_config(cfg.lora)
    tx = optim.make_optimizer(setup.optim_config(cfg.train), 1000)
    trainable = init_lora(model, lora_cfg, jax.random.key(0))
    state = init_state(trainable, lora_axes(lora_cfg), tx, 0)
    record = {"step": 0, "epoch": 0, "step_in_epoch": 0, "tokens_seen": 0.0, "skipped": 0,
              "config": setup.resolved(cfg), "metrics": {"loss": 1.0, "accuracy": 0.5}}
    return cfg, state, record


def old_checkpoints(rev: str):
    """The Checkpoints class as it was at `rev` (git show), or None."""
    try:
        source = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:align_jax/train/checkpoint.py"],
                                capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType("checkpoint_before")
    exec(compile(source, f"{rev}:checkpoint.py", "exec"), module.__dict__)
    return module.Checkpoints


def one_round(make, state, record, saves: int, folder: Path) -> dict[str, float]:
    ckpt = make(folder)
    call, total = [], []
    for step in range(1, saves + 1):
        t0 = time.perf_counter()
        ckpt.save(step, state, dict(record, step=step))
        t1 = time.perf_counter()
        ckpt.wait()
        t2 = time.perf_counter()
        call.append(t1 - t0)
        total.append(t2 - t0)
    ckpt.close()
    fresh = make(folder)
    t0 = time.perf_counter()
    restored = fresh.restore_latest(abstract_state(state))
    jax.block_until_ready(restored[1])
    restore = time.perf_counter() - t0
    fresh.close()
    assert restored[0] == saves
    return {"save call": sorted(call)[len(call) // 2], "save to disk": sorted(total)[len(total) // 2],
            "restore": restore}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--saves", type=int, default=4)
    ap.add_argument("--baseline-rev", default="63f3677", help="git revision of the code before")
    args = ap.parse_args()

    cfg, state, record = demo_state()
    n_bytes = sum(x.nbytes for x in jax.tree.leaves(state))
    systems = {"with checksums": lambda d: Checkpoints(d, keep_last=3, keep_best=0),
               "without checksums": lambda d: Checkpoints(d, keep_last=3, keep_best=0, checksums=False)}
    before = old_checkpoints(args.baseline_rev)
    if before is not None:
        systems[f"before ({args.baseline_rev})"] = lambda d: before(d, keep_last=3, keep_best=0)
    print(f"demo state: {len(jax.tree.leaves(state))} arrays, {n_bytes / 2**20:.2f} MiB; "
          f"{args.saves} saves + 1 restore per round, {args.rounds} rounds; {jax.devices()[0].platform}")

    from align_jax.train import checksums
    t0 = time.perf_counter()
    checksums.checksums(state)
    print(f"checksum: first call (jit compile) {1e3 * (time.perf_counter() - t0):.1f} ms", end="; ")
    t0 = time.perf_counter()
    for _ in range(20):
        checksums.checksums(state)
    print(f"then {1e3 * (time.perf_counter() - t0) / 20:.2f} ms per call")

    results: dict[str, list[dict]] = {name: [] for name in systems}
    names = list(systems)
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds + 1):
            order = names[r % len(names):] + names[:r % len(names)]
            for name in order:
                folder = Path(tmp) / f"{r}-{name.split()[0]}"
                times = one_round(systems[name], state, record, args.saves, folder)
                shutil.rmtree(folder, ignore_errors=True)
                if r:  # round 0 warms up every system
                    results[name].append(times)

    def med(name, key):
        xs = sorted(t[key] for t in results[name])
        return xs[len(xs) // 2]

    base = names[-1]
    print(f"\n{'median (ms)':<22}" + "".join(f"{k:>16}" for k in ("save call", "save to disk", "restore")))
    for name in names:
        cells = "".join(f"{1e3 * med(name, k):10.1f} x{med(name, k) / med(base, k):4.2f}"
                        for k in ("save call", "save to disk", "restore"))
        print(f"{name:<22}{cells}")
    print(f"(x = ratio to {base})")

    # The per-step poll for a failed save, while nothing is pending and while a save runs.
    with tempfile.TemporaryDirectory() as tmp:
        ckpt = Checkpoints(Path(tmp) / "c", keep_last=3, keep_best=0)
        t0 = time.perf_counter()
        for _ in range(10000):
            ckpt.raise_if_failed()
        idle = (time.perf_counter() - t0) / 10000
        ckpt.save(1, state, record)
        t0 = time.perf_counter()
        for _ in range(1000):
            ckpt.raise_if_failed()
        busy = (time.perf_counter() - t0) / 1000
        ckpt.close()
        t0 = time.perf_counter()
        for _ in range(100):
            with RunLock(tmp):
                pass
        lock = (time.perf_counter() - t0) / 100
    print(f"per-step poll for a failed save: {1e6 * idle:.2f} us idle, {1e6 * busy:.2f} us while saving; "
          f"run lock take + release: {1e6 * lock:.0f} us (once per run)")
    print(json.dumps({n: {k: round(1e3 * med(n, k), 2) for k in ("save call", "save to disk", "restore")}
                      for n in names}))


if __name__ == "__main__":
    main()
