"""The README's demo command runs end to end (a shortened run of the same script)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_demo_end_to_end(tmp_path):
    env = {**os.environ, "JAX_PLATFORMS": "cpu", "HF_HUB_OFFLINE": "1"}
    env.pop("XLA_FLAGS", None)
    cmd = [sys.executable, str(ROOT / "launch/demo.py"), f"--workdir={tmp_path}",
           "--config.train.max_steps=12", "--config.data.target_examples=300",
           "--config.data.val_examples=16", "--config.train.eval_every=6",
           "--config.train.save_every=6", "--eval_cues=4"]
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    assert "LoRA SFT: 12 steps" in p.stdout
    for split in ("test", "train"):
        for model in ("vanilla", "sft"):
            metrics = json.loads((tmp_path / f"eval_{split}_{model}" / "metrics.json").read_text())
            assert metrics["associations"]["n_cues"] > 0
    assert (tmp_path / "sft" / "adapter" / "adapter_config.json").exists()
    assert (tmp_path / "compare_test" / "compare.md").exists()
    # Rerunning replaces the demo's own run instead of refusing.
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900)
    assert p.returncode == 0, p.stderr[-3000:]
