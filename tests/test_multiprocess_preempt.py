"""Preemption agreed by every process: 2 processes x 2 CPU devices, SIGTERM sent to ONE of
them (process 1, which writes no log). Both stop at the same step, both save it (one
collective checkpoint) and exit 0; --resume in 1 process ends equal to the run that was
never interrupted."""

import json
import signal
import subprocess
import sys
import time

import pytest

from test_multiprocess import FAST, ROOT, TIMEOUT, _env, assert_same_run, spawn_two, wait_for

STEPS = 40
# Sync points every 5 steps (log) and agreement of the processes every 10 (EVERY in
# train/preemption.py); no save is due before the end, so the preemption's save is its own.
ARGS = [a for a in FAST if not a.startswith(("--config.train.log_every", "--config.train.save_every"))]
ARGS += ["--config.train.log_every=5", "--config.train.save_every=1000"]


def _cmd(workdir, resume=False):
    return [sys.executable, str(ROOT / "launch/train_sft.py"), f"--config={ROOT}/configs/demo.py",
            f"--workdir={workdir}", *ARGS, f"--config.train.max_steps={STEPS}",
            *(["--resume"] if resume else [])]


def _one(workdir, resume=False):
    p = subprocess.run(_cmd(workdir, resume), capture_output=True, text=True, env=_env(4),
                       timeout=TIMEOUT)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-3000:]
    return p.stdout


def _rows(workdir):
    path = workdir / "metrics.jsonl"
    return [json.loads(l) for l in path.read_text().splitlines()] if path.exists() else []


@pytest.mark.slow
def test_sigterm_to_one_process_stops_both_at_the_same_step(tmp_path):
    one = tmp_path / "one"
    _one(one)
    two = tmp_path / "two"
    procs = spawn_two(_cmd(two))
    deadline = time.time() + TIMEOUT
    while not _rows(two) and time.time() < deadline and all(p.poll() is None for p in procs):
        time.sleep(0.2)
    if _rows(two):
        procs[1].send_signal(signal.SIGTERM)  # process 1 only
    outs = wait_for(procs, 0)  # both exit 0 (and are killed if they hang)
    line = [l for l in outs[0][1].splitlines() if l.startswith("preempted: saved a checkpoint at step")]
    assert line, outs[0][1][-2000:]
    stopped = int(line[0].split("at step ")[1].split()[0])
    assert 0 < stopped < STEPS and stopped % 5 == 0  # a sync point, where processes agree
    saved = sorted(int(p.name) for p in (two / "ckpt").iterdir() if p.name.isdigit())
    assert saved == [stopped]  # one collective checkpoint, complete: both processes wrote it
    assert [r["step"] for r in _rows(two)] == list(range(1, stopped + 1))
    assert not (two / "adapter").exists()
    out = _one(two, resume=True)
    assert f"resumed from step {stopped}" in out
    assert_same_run(one, two)
