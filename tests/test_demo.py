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
    # The trained run evaluates from the command line (model mode), with and without LoRA.
    for lora in ([f"--lora={tmp_path / 'sft'}"], []):
        out = tmp_path / ("eval_cli_sft" if lora else "eval_cli_vanilla")
        e = subprocess.run([sys.executable, str(ROOT / "launch/evaluate.py"),
                            f"--model={tmp_path / 'sft'}", *lora, f"--data={tmp_path / 'sft' / 'data'}",
                            f"--output_dir={out}", "--dtype=float32", "--n_boot=50",
                            "--max_new_tokens=16"], capture_output=True, text=True, env=env, timeout=600)
        assert e.returncode == 0, e.stderr[-3000:]
        assert json.loads((out / "metrics.json").read_text())["associations"]["n_cues"] > 0
        assert (out / "generations.jsonl").read_text().count("\n") > 0
    bad = subprocess.run([sys.executable, str(ROOT / "launch/evaluate.py"), f"--model={tmp_path / 'sft'}",
                          f"--output_dir={tmp_path / 'x'}"], capture_output=True, text=True, env=env)
    assert bad.returncode == 1 and "--model needs --data" in bad.stderr
    # Rerunning replaces the demo's own run instead of refusing.
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900)
    assert p.returncode == 0, p.stderr[-3000:]
