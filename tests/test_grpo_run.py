"""The GRPO launcher end to end on the engine: a few iterations of configs/grpo_demo.py with
a toy reward the random model can learn, its metrics and PEFT adapter; exact resume after
SIGKILL; bad GRPO settings refused in one line."""

import json
import math
import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import load_file

ROOT = Path(__file__).resolve().parents[1]
FAST = ["--config.grpo.max_new_tokens=8", "--config.ppo.val_tasks=4", "--config.grpo.eval_every=3",
        "--config.grpo.save_every=2", f"--config.ppo.reward_module={ROOT}/tests/ppo_toy_reward.py",
        "--config.ppo.reward=toy_vowels", "--config.grpo.score_chunk=8", "--config.train.tensorboard=False"]
ITERS = ["--config.grpo.max_iterations=6"]
LOGGED = ("reward_mean", "reward_std", "zero_adv_groups", "kl", "clip_frac", "entropy",
          "response_length", "truncated", "reward_parse_fail", "loss", "grad_norm", "lr",
          "rollout_s", "score_s", "update_s", "skipped", "updates")


def _env(**extra):
    env = {**os.environ, "JAX_PLATFORMS": "cpu", "HF_HUB_OFFLINE": "1", **extra}
    env.pop("XLA_FLAGS", None)  # one device, like a plain run
    return env


def _train(workdir, *args, env=None, check=True):
    cmd = [sys.executable, str(ROOT / "launch/train_grpo.py"), f"--config={ROOT}/configs/grpo_demo.py",
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
    work = tmp_path_factory.mktemp("grpo") / "a"
    proc = _train(work, *ITERS)
    return work, proc.stdout


def test_launch_end_to_end(uninterrupted):
    work, out = uninterrupted
    assert "4 prompts x 4 samples" in out and "done: iteration 6" in out
    rows = [json.loads(line) for line in (work / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in rows] == [1, 2, 3, 4, 5, 6]
    for r in rows:
        missing = [k for k in LOGGED if k not in r]
        assert not missing, missing
    assert all(r["updates"] == r["step"] for r in rows)  # one optimizer step per rollout
    assert "val_reward" in rows[2] and "val_parse_fail" in rows[5]
    assert len({r["reward_mean"] for r in rows}) > 1 and rows[-1]["kl"] > 0  # the policy moved
    cfg = json.loads((work / "adapter/adapter_config.json").read_text())
    assert cfg["peft_type"] == "LORA" and cfg["r"] == 8
    weights = load_file(str(work / "adapter/adapter_model.safetensors"))
    assert any("lora_B" in k and np.abs(v).max() > 0 for k, v in weights.items())
    final = json.loads((work / "final_metrics.json").read_text())
    assert final["iteration"] == 6 and final["adapter"].endswith("adapter")
    assert sorted(int(p.name) for p in (work / "ckpt").iterdir() if p.name.isdigit())[-1] == 6


@pytest.mark.slow
def test_resume_after_sigkill_is_exact(uninterrupted, tmp_path):
    want_dir = uninterrupted[0]
    work = tmp_path / "b"
    killed = _train(work, *ITERS, env=_env(ALIGN_JAX_TEST_SIGKILL_AT_STEP="4"), check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert not (work / "adapter").exists()
    resumed = _train(work, *ITERS, "--resume")
    assert "resumed from iteration 4" in resumed.stdout
    assert _metrics(work) == _metrics(want_dir)  # bitwise-equal metrics, iterations 1..6
    a = load_file(str(want_dir / "adapter/adapter_model.safetensors"))
    b = load_file(str(work / "adapter/adapter_model.safetensors"))
    assert a.keys() == b.keys()
    for k in a:
        np.testing.assert_array_equal(a[k], b[k], err_msg=k)


@pytest.mark.parametrize("flag, message", [
    ("--config.grpo.num_generations=1", "config grpo.num_generations=1: must be >= 2"),
    ("--config.grpo.micro_batch=5", "grpo.micro_batch=5 does not divide the 16 rows"),
    ("--config.grpo.loss_aggregation=mean", "config grpo.loss_aggregation='mean': choose one of"),
    ("--config.grpo.updates_per_rollout=2", "grpo.pi_old='on_policy' is exact only with one update"),
])
def test_bad_grpo_settings_refused(tmp_path, flag, message):
    p = _train(tmp_path / "x", flag, check=False)
    assert p.returncode == 1 and message in p.stderr, p.stderr[-2000:]
    assert len(p.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()
