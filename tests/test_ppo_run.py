"""The PPO launcher end to end: exact resume after SIGKILL, SIGTERM, and refusals."""

import json
import math
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
FAST = ["--config.ppo.max_new_tokens=8", "--config.ppo.val_tasks=4", "--config.ppo.eval_every=3",
        "--config.ppo.save_every=2", f"--config.ppo.reward_module={ROOT}/tests/ppo_toy_reward.py",
        "--config.ppo.reward=toy_vowels", "--config.train.tensorboard=False"]


def _env(**extra):
    env = {**os.environ, "JAX_PLATFORMS": "cpu", "HF_HUB_OFFLINE": "1", **extra}
    env.pop("XLA_FLAGS", None)  # one device, like a plain run
    return env


def _train(workdir, *args, env=None, check=True):
    cmd = [sys.executable, str(ROOT / "launch/train_ppo.py"), f"--config={ROOT}/configs/ppo_demo.py",
           f"--workdir={workdir}", *FAST, *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env or _env(), timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return proc


def _metrics(workdir):
    """Every logged metric but wall times, NaN made comparable."""
    rows = []
    for line in (workdir / "metrics.jsonl").read_text().splitlines():
        r = json.loads(line)
        rows.append({k: ("nan" if isinstance(v, float) and math.isnan(v) else v)
                     for k, v in r.items() if not k.endswith("_s")})
    return rows


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory):
    work = tmp_path_factory.mktemp("ppo") / "a"
    _train(work, "--config.ppo.max_iterations=6")
    return work


@pytest.mark.slow
def test_resume_after_sigkill_is_exact(uninterrupted, tmp_path):
    work = tmp_path / "b"
    killed = _train(work, "--config.ppo.max_iterations=6",
                    env=_env(ALIGN_JAX_TEST_SIGKILL_AT_STEP="4"), check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert not (work / "adapter").exists()
    resumed = _train(work, "--config.ppo.max_iterations=6", "--resume")
    assert "resumed from iteration 4" in resumed.stdout
    want = _metrics(uninterrupted)
    assert [r["step"] for r in want] == [1, 2, 3, 4, 5, 6]
    assert len({r["reward_mean"] for r in want}) > 1 and want[-1]["kl"] != 0  # not a frozen run
    assert _metrics(work) == want  # bitwise-equal metrics, iterations 1..6
    for folder in ("adapter", "critic"):
        for name in ("adapter_model.safetensors",) + (("value_head.safetensors",) if folder == "critic" else ()):
            a = load_file(str(uninterrupted / folder / name))
            b = load_file(str(work / folder / name))
            assert a.keys() == b.keys()
            for k in a:
                np.testing.assert_array_equal(a[k], b[k], err_msg=k)
    final = json.loads((work / "final_metrics.json").read_text())
    assert final["iteration"] == 6 and "val_reward" in final


@pytest.mark.slow
def test_sigterm_saves_and_exits_cleanly(tmp_path):
    work = tmp_path / "c"
    cmd = [sys.executable, str(ROOT / "launch/train_ppo.py"), f"--config={ROOT}/configs/ppo_demo.py",
           f"--workdir={work}", *FAST, "--config.ppo.max_iterations=1000",
           "--config.ppo.save_every=1000", "--config.ppo.eval_every=1000", "--config.ppo.critic=shared"]
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
    assert "critic shared backbone" in out
    assert "preempted: saved a checkpoint at iteration" in out
    steps = [int(p.name) for p in (work / "ckpt").iterdir() if p.name.isdigit()]
    assert steps and max(steps) >= 2


@pytest.mark.slow
def test_refusals(uninterrupted, tmp_path):
    p = _train(uninterrupted, "--config.ppo.max_iterations=6", check=False)
    assert p.returncode == 1 and "already holds checkpoints; pass --resume" in p.stderr
    # A finished run resumed: says so and changes nothing; other settings: refused.
    before = {f: f.read_bytes() for f in uninterrupted.rglob("*") if f.is_file()}
    p = _train(uninterrupted, "--config.ppo.max_iterations=6", "--resume")
    assert f"the run in {uninterrupted} is complete (iteration 6)" in p.stdout
    p = _train(uninterrupted, "--config.ppo.max_iterations=6", "--resume", "--config.ppo.actor_lr=0.1",
               check=False)
    assert p.returncode == 1 and "--resume with ppo.actor_lr=0.1" in p.stderr
    assert {f: f.read_bytes() for f in uninterrupted.rglob("*") if f.is_file()} == before
    p = _train(uninterrupted, "--config.ppo.max_iterations=8", "--resume", "--config.lora.rank=4",
               check=False)
    assert p.returncode == 1 and "has shape" in p.stderr and "another LoRA rank or model" in p.stderr
    p = _train(tmp_path / "d", "--config.ppo.reward=nope", check=False)
    assert p.returncode == 1 and "ppo.reward='nope' is not a registered reward" in p.stderr
    p = _train(tmp_path / "e", "--config.ppo.rollout_batch=6", check=False)
    assert p.returncode == 1 and "ppo.rollout_batch=6 is not a multiple" in p.stderr
    p = _train(tmp_path / "f", "--config.ppo.init_adapter=/nonexistent", check=False)
    assert p.returncode == 1 and "ppo.init_adapter" in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1
