"""The SFT launcher end to end: exact resume after SIGKILL, SIGTERM, and refusals."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import load_file

ROOT = Path(__file__).resolve().parents[1]
FAST = ["--config.data.target_examples=400", "--config.data.val_examples=16",
        "--config.data.seq_len=128", "--config.train.global_batch=4", "--config.train.grad_accum=2",
        "--config.train.loss_chunk=64", "--config.train.eval_every=3", "--config.train.save_every=2",
        "--config.train.log_every=1", "--config.train.tensorboard=False"]


def _env(**extra):
    env = {**os.environ, "JAX_PLATFORMS": "cpu", "HF_HUB_OFFLINE": "1", **extra}
    env.pop("XLA_FLAGS", None)  # one device, like a plain run
    return env


def _train(workdir, *args, env=None, check=True):
    cmd = [sys.executable, str(ROOT / "launch/train_sft.py"), f"--config={ROOT}/configs/demo.py",
           f"--workdir={workdir}", *FAST, *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env or _env(), timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return proc


def _losses(workdir):
    return [(r["step"], r["loss"]) for r in map(json.loads, (workdir / "metrics.jsonl").read_text().splitlines())]


@pytest.fixture(scope="module")
def uninterrupted(finished_sft_run):
    return finished_sft_run  # 6 steps with FAST (tests/conftest.py)


@pytest.mark.slow
def test_resume_after_sigkill_is_exact(uninterrupted, tmp_path):
    work = tmp_path / "b"
    killed = _train(work, "--config.train.max_steps=6", env=_env(ALIGN_JAX_TEST_SIGKILL_AT_STEP="4"),
                    check=False)
    assert killed.returncode == -signal.SIGKILL
    assert not (work / "adapter").exists()
    resumed = _train(work, "--config.train.max_steps=6", "--resume")
    assert "resumed from step 4" in resumed.stdout
    assert _losses(work) == _losses(uninterrupted)  # bitwise equal losses, steps 1..6
    a = load_file(str(uninterrupted / "adapter/adapter_model.safetensors"))
    b = load_file(str(work / "adapter/adapter_model.safetensors"))
    assert a.keys() == b.keys()
    for k in a:
        np.testing.assert_array_equal(a[k], b[k], err_msg=k)


@pytest.mark.slow
def test_sigterm_saves_and_exits_cleanly(tmp_path):
    work = tmp_path / "c"
    cmd = [sys.executable, str(ROOT / "launch/train_sft.py"), f"--config={ROOT}/configs/demo.py",
           f"--workdir={work}", *FAST, "--config.train.max_steps=1000", "--config.train.save_every=1000"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        deadline = time.time() + 300
        while time.time() < deadline:
            m = work / "metrics.jsonl"
            if m.exists() and len(m.read_text().splitlines()) >= 2:
                break
            time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=300)
    finally:
        proc.kill()
    assert proc.returncode == 0, err[-2000:]
    assert "preempted: saved a checkpoint at step" in out
    steps = [int(p.name) for p in (work / "ckpt").iterdir() if p.name.isdigit()]
    assert steps and max(steps) >= 2


@pytest.mark.slow
def test_refusals(uninterrupted, tmp_path):
    # Existing checkpoints without --resume.
    p = _train(uninterrupted, "--config.train.max_steps=6", check=False)
    assert p.returncode == 1 and "already holds checkpoints; pass --resume" in p.stderr
    # A checkpoint of another LoRA rank.
    p = _train(uninterrupted, "--config.train.max_steps=8", "--resume", "--config.lora.rank=4", check=False)
    assert p.returncode == 1
    assert "has shape" in p.stderr and "another LoRA rank or model" in p.stderr
    # Unknown and ill-typed config keys.
    p = _train(tmp_path / "d", "--config.train.lrr=0.1", check=False)
    assert p.returncode != 0 and "lrr" in p.stderr
    p = _train(tmp_path / "e", "--config.train.lr=fast", check=False)
    assert p.returncode != 0 and "config.train.lr" in p.stderr
    assert not (tmp_path / "d").exists() and not (tmp_path / "e").exists()
