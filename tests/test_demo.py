"""The README's demo command runs end to end (a shortened run of the same script) and each
stage does what it exists for: SFT raises training-cue P@5, PPO raises its reward."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
PNG = b"\x89PNG\r\n\x1a\n"
FAST = ["--config.train.max_steps=400", "--config.train.eval_every=100",
        "--config.ppo.max_iterations=40", "--config.ppo.eval_every=20", "--eval_cues=16"]


def _env():
    env = {**os.environ, "JAX_PLATFORMS": "cpu", "HF_HUB_OFFLINE": "1"}
    env.pop("XLA_FLAGS", None)
    return env


def _p_at_5(folder):
    return json.loads((folder / "metrics.json").read_text())["associations"]["summary"]["p@5"]["mean"]


@pytest.mark.slow
def test_demo_end_to_end(tmp_path):
    env = _env()
    cmd = [sys.executable, str(ROOT / "launch/demo.py"), f"--workdir={tmp_path}"]
    p = subprocess.run(cmd + FAST, capture_output=True, text=True, env=env, timeout=900)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    out = p.stdout
    assert "LoRA SFT: 400 steps" in out and "PPO: 40 iterations" in out
    assert "cannot learn" not in out  # the rewards tell answers apart
    # The overrides reached both stages (every config key is reachable from the command line).
    assert json.loads((tmp_path / "sft" / "config.json").read_text())["train"]["max_steps"] == 400
    ppo_cfg = json.loads((tmp_path / "ppo" / "config.json").read_text())["ppo"]
    assert ppo_cfg["max_iterations"] == 40 and ppo_cfg["init_adapter"] == str(tmp_path / "sft")
    assert (ppo_cfg["task"], ppo_cfg["task_split"]) == ("association", "train")

    # SFT raised training-cue P@5 clearly above the vanilla model's.
    vanilla, sft = (_p_at_5(tmp_path / f"eval_train_{m}") for m in ("vanilla", "sft"))
    assert sft > vanilla + 0.3, (vanilla, sft)
    for split in ("test", "train"):
        for model in ("vanilla", "sft", "ppo"):
            metrics = json.loads((tmp_path / f"eval_{split}_{model}" / "metrics.json").read_text())
            assert metrics["associations"]["n_cues"] > 0
            assert f"{split}_{model}" in (tmp_path / f"compare_{split}" / "compare.md").read_text()
    # PPO: rewards differ within every rollout, and the mean rises over the iterations.
    rows = [json.loads(l) for l in (tmp_path / "ppo" / "metrics.jsonl").read_text().splitlines()]
    assert len(rows) == 40 and all(r["reward_std"] > 0 for r in rows)
    rewards = [r["reward_mean"] for r in rows]
    assert np.mean(rewards[-10:]) > np.mean(rewards[:10]), rewards
    assert (tmp_path / "sft" / "adapter" / "adapter_config.json").exists()
    assert (tmp_path / "ppo" / "adapter" / "adapter_config.json").exists()
    # The plots exist, are PNGs, and are named in the summary.
    for name in ("sft_loss.png", "ppo_training.png", "p_at_k.png"):
        path = tmp_path / "plots" / name
        assert path.read_bytes()[:8] == PNG, name
        with Image.open(path) as im:
            im.verify()
        assert str(path) in out
    assert "held-out cues" in out and "cannot generalise" in out

    # The trained run evaluates from the command line (model mode), with and without LoRA.
    for lora in ([f"--lora={tmp_path / 'sft'}"], []):
        folder = tmp_path / ("eval_cli_sft" if lora else "eval_cli_vanilla")
        e = subprocess.run([sys.executable, str(ROOT / "launch/evaluate.py"),
                            f"--model={tmp_path / 'sft'}", *lora, f"--data={tmp_path / 'sft' / 'data'}",
                            f"--output_dir={folder}", "--dtype=float32", "--n_boot=50",
                            "--max_new_tokens=16"], capture_output=True, text=True, env=env, timeout=600)
        assert e.returncode == 0, e.stderr[-3000:]
        parse = json.loads((folder / "metrics.json").read_text())["associations"]["parse"]
        rows = [json.loads(l) for l in (folder / "generations.jsonl").read_text().splitlines()]
        assert parse["n"] == len(rows) > 0
        # 16 new tokens cannot hold 10 words: answers stop at the limit, and say so.
        cut = sum(r.get("finish_reason") == "length" for r in rows)
        assert cut > 0 and parse["truncated_share"] == pytest.approx(cut / len(rows))
    bad = subprocess.run([sys.executable, str(ROOT / "launch/evaluate.py"), f"--model={tmp_path / 'sft'}",
                          f"--output_dir={tmp_path / 'x'}"], capture_output=True, text=True, env=env)
    assert bad.returncode == 1 and "--model needs --data" in bad.stderr
    # Rerunning replaces the demo's own runs instead of refusing.
    p = subprocess.run(cmd + ["--config.train.max_steps=4", "--config.ppo.max_iterations=2",
                              "--eval_cues=2"], capture_output=True, text=True, env=env, timeout=900)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    assert (tmp_path / "ppo" / "metrics.jsonl").read_text().count("\n") == 2


def test_bad_ppo_setting_stops_before_training(tmp_path):
    """A PPO key the demo cannot use fails with one line, before any stage runs."""
    p = subprocess.run([sys.executable, str(ROOT / "launch/demo.py"), f"--workdir={tmp_path}",
                        "--config.ppo.task=words"], capture_output=True, text=True, env=_env(),
                       timeout=300)
    assert p.returncode == 1 and p.stderr.strip().splitlines()[-1].startswith("error: config ppo.task='words'")
    assert "Traceback" not in p.stderr and not (tmp_path / "sft").exists()


@pytest.mark.slow
def test_a_second_demo_in_a_folder_in_use_is_refused_before_it_removes_anything(tmp_path):
    from align_jax.train.run_lock import RunLock

    (tmp_path / "sft").mkdir()
    (tmp_path / "sft" / "config.json").write_text('{"running": "demo"}\n')
    lock = RunLock(tmp_path)  # as the first demo holds it
    lock.acquire()
    try:
        p = subprocess.run([sys.executable, str(ROOT / "launch/demo.py"), f"--workdir={tmp_path}"],
                           capture_output=True, text=True, env=_env(), timeout=300)
    finally:
        lock.release()
    assert p.returncode == 1, p.stderr[-2000:]
    assert p.stderr.strip().splitlines()[-1].startswith(f"error: {tmp_path} is in use by another run")
    assert (tmp_path / "sft" / "config.json").read_text() == '{"running": "demo"}\n'


@pytest.mark.slow
def test_sigterm_during_the_sft_stage_stops_the_demo(tmp_path):
    """The SFT stage saves and stops; the demo stops there too (the PPO stage would start
    from an SFT run without its adapter) with one line and status 143."""
    import signal
    import time

    cmd = [sys.executable, str(ROOT / "launch/demo.py"), f"--workdir={tmp_path}",
           "--config.train.max_steps=5000", "--config.train.log_every=5"]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    log = tmp_path / "sft" / "metrics.jsonl"
    deadline = time.time() + 300
    while p.poll() is None and time.time() < deadline and not (log.exists() and log.read_text()):
        time.sleep(0.2)
    p.send_signal(signal.SIGTERM)  # inside the SFT loop: its first rows are written
    out, err = p.communicate(timeout=300)
    assert p.returncode == 128 + signal.SIGTERM, out[-2000:] + err[-2000:]
    assert "preempted: saved a checkpoint" in out
    assert err.strip().splitlines() == [
        f"error: stopped by SIGTERM during the demo's SFT stage (its checkpoint is in {tmp_path / 'sft'}); "
        "the later stages did not run: rerun the demo to run it whole"]
    assert not (tmp_path / "ppo").exists()
