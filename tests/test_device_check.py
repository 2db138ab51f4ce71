"""benchmarks/device_check.py: the smoke run records every part; its helpers; the
throughput plan's use of measured MFU."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from device_specs import device_spec, slug  # noqa: E402

PARTS = ("probe", "parity", "attention", "sft", "generation", "ppo", "memory_plan")


def test_device_spec_lookup():
    assert device_spec("NVIDIA H200")["bf16_flops"] == 989e12
    assert device_spec("NVIDIA H200")["hbm_bytes_s"] == 4.8e12
    assert device_spec("NVIDIA H100 80GB HBM3")["name"] == "NVIDIA H100 SXM"
    assert device_spec("NVIDIA H100 PCIe")["name"] == "NVIDIA H100 PCIe"
    assert device_spec("NVIDIA A100-SXM4-40GB")["hbm_bytes_s"] == 1.555e12
    assert device_spec("TPU v5 lite")["name"] == "TPU v5e"
    assert device_spec("cpu") is None and device_spec("Some New Chip") is None
    assert slug("NVIDIA H200") == "nvidia_h200" and slug("TPU v5 lite") == "tpu_v5_lite"


def test_segment_runs_cover_every_slot():
    from device_kernels import segment_runs

    seg = np.array([[0, 0, 1, 1, 1, 2, 0], [3, 3, 3, 3, 3, 3, 3]])
    offsets, lengths = segment_runs(seg)
    np.testing.assert_array_equal(offsets, [[0, 2, 5, 6, -1], [0, -1, -1, -1, -1]])
    np.testing.assert_array_equal(lengths, [[2, 3, 1, 1], [7, -1, -1, -1]])


def _report(smoke: bool, mfu: float | None, started: str) -> dict:
    fig = {"batch": 16, "tokens_per_s": 9000.0}
    if mfu is not None:
        fig["mfu"] = mfu
    return {"smoke": smoke, "started": started, "device": {"device_kind": "NVIDIA H200"},
            "shapes": {"sft": {"model": "llama-3.1-8b"}},
            "parts": {"sft": {"info": {"remat": "dots_no_batch", "flops_per_token": 40e9},
                              "rows": [{"figures": {**fig, "batch": 8, "mfu": 0.3 if mfu else None}},
                                       {"figures": fig}]}}}


def test_throughput_plan_states_plans_until_measured(tmp_path):
    import throughput_plan as tp

    assert tp.load_measured(tmp_path) == []
    assert "plans, not measurements" in tp.header([])[0]
    # A smoke run, a run without MFU (unknown device) and a broken file are not measurements.
    (tmp_path / "device_check_smoke_cpu.json").write_text(json.dumps(_report(True, 0.5, "2026-01")))
    (tmp_path / "device_check_x.json").write_text(json.dumps(_report(False, None, "2026-01")))
    (tmp_path / "device_check_bad.json").write_text("{not json")
    assert tp.load_measured(tmp_path) == []
    (tmp_path / "device_check_nvidia_h200.json").write_text(json.dumps(_report(False, 0.412, "2026-12-01")))
    measured = tp.load_measured(tmp_path)
    assert [(m["batch"], m["mfu"], m["device"]) for m in measured] == [(16, 0.412, "NVIDIA H200")]
    head = "\n".join(tp.header(measured))
    assert "Measured: 41.2% MFU, NVIDIA H200" in head and "measured MFU" in head
    tokens = 199e6
    rows = tp.plan_lines("llama-3.1-8b", 43.1e9, tokens, measured)
    hours = tokens * 40e9 / (8 * 989e12 * 0.412) / 3600  # the measured step's own FLOPs/token
    assert f"{hours:.2f} h at 41.2%" in rows[0]
    assert "not measured" in tp.plan_lines("qwen2.5-7b", 39.7e9, tokens, measured)[0]
    assert len(tp.plan_lines("llama-3.1-8b", 43.1e9, tokens, [])[0].split("|")) == 8


@pytest.mark.slow
def test_smoke_run_records_every_part(tmp_path):
    out = tmp_path / "check.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "device_check.py"), "--smoke",
                           f"--out={out}", "--budget_s=400"], capture_output=True, text=True,
                          timeout=600, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(out.read_text())
    assert report["smoke"] is True and set(report["parts"]) == set(PARTS)
    for name in PARTS:
        rec = report["parts"][name]
        assert rec["status"] == "ok", (name, rec.get("error"), rec.get("log_tail"))
        assert any(isinstance(v, (int, float)) for r in rec["rows"] for v in r["figures"].values()), name
    parts = report["parts"]
    assert all(r["ok"] for r in parts["parity"]["rows"])
    xla = [r for r in parts["attention"]["rows"] if r["item"].endswith(" xla")]
    assert len(xla) == 2 and all(r["ok"] for r in xla)
    # cuDNN does not run on the CPU: reported as rows, not fatal.
    assert any("cudnn" in r["item"] and r["ok"] is False for r in parts["attention"]["rows"])
    sft = [r["figures"] for r in parts["sft"]["rows"]]
    assert [f["batch"] for f in sft] == [1, 2]
    assert all(f["tokens_per_s"] > 0 and f["plan_gib"] > 0 for f in sft)
    gen = [r["figures"] for r in parts["generation"]["rows"]]
    # ms_per_step is a difference of two timings: on tiny shapes noise may make it <= 0.
    assert len(gen) == 2 and all(g["tokens_per_s"] > 0 and np.isfinite(g["ms_per_step"]) for g in gen)
    assert 0.0 <= gen[1]["tokens_agree"] <= 1.0
    ppo = parts["ppo"]["rows"][-1]["figures"]
    assert all(ppo[k] > 0 for k in ("rollout_s", "score_s", "update_s"))
    assert "| sft [ok] | batch 2 |" in proc.stdout
