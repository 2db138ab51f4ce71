"""One unattended check of an accelerator, within a fixed time: kernels, MFU, memory, decode.

    PYTHONPATH=. python3 benchmarks/device_check.py [--budget_s=420] [--out=FILE.json]
    .venv/bin/python benchmarks/device_check.py --smoke     # every part, tiny shapes, CPU

Parts, in this order (shapes in SHAPES below):
  probe       what JAX sees (device kind, count, versions, cuDNN)
  parity      tiny random Llama / Qwen2 HF checkpoints: logits on the device in fp32 (at
              "highest" and default matmul precision) and bf16 vs transformers on the CPU
  attention   xla vs cudnn (dense mask as bias) vs cuDNN's ragged layout, Llama-3.1-8B heads
              (32 q / 8 kv, head 128) at 2,048 tokens, packed rows and left padding: output
              and dq, dk, dv vs an fp32 reference, forward+backward time
  sft         the LoRA SFT step at the Llama-3.1-8B shape (random bf16 weights made on the
              device, r=64 on q/v, 2,048-token packed rows, remat as the paper config),
              batch sizes stepped up until the part's time or the memory ends: tokens/s,
              MFU (XLA's FLOP count of the step / time / the device's dense bf16 peak),
              peak memory vs benchmarks/memory_plan.py's prediction for the same batch
  generation  the 8B shape, batch 64, 128-token prompts, 128 new tokens, greedy: tokens/s
              and ms per decode step vs the weight-read limit (bytes / bandwidth)
  ppo         PPO iterations at the Llama-3.2-1B shape (stated in the JSON): seconds and
              the rollout / scoring / update split
The memory plan runs beside them in a CPU-only process (it AOT-compiles for the CPU).

Robustness: each part runs in its own process with a deadline (its share of --budget_s,
plus what earlier parts left) and is killed shortly after it; a part that fails, crashes
or is killed is reported, and the rest go on. Compilation counts against the deadlines.
Every part records its figures as it goes, and the JSON (default
benchmarks/results/device_check_<device>.json) is rewritten after each part, so a run
killed from outside still leaves what it measured. One table is printed at the end.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE), str(HERE.parent / "tests")]

from absl import app, flags  # noqa: E402

from device_common import write_json  # noqa: E402
from device_specs import device_spec, slug  # noqa: E402

FLAGS = flags.FLAGS
flags.DEFINE_float("budget_s", 420.0, "seconds for the whole check, compilation included")
flags.DEFINE_bool("smoke", False, "tiny shapes on the CPU, every part (a test runs this)")
flags.DEFINE_string("out", "", "the JSON file (default benchmarks/results/device_check_<device>.json; "
                    "with --smoke, one in the temp folder)")
flags.DEFINE_list("parts", [], "run only these parts (default: all)")
flags.DEFINE_string("child", "", "internal: run this one part in this process")
flags.DEFINE_string("child_out", "", "internal: the part's JSON record")
flags.DEFINE_float("deadline", 0.0, "internal: the part's deadline (epoch seconds)")

LLAMA_1B = {"hidden_size": 2048, "intermediate_size": 8192, "num_layers": 16, "num_heads": 32,
            "num_kv_heads": 8, "head_dim": 64, "tie_word_embeddings": True}
SHAPES = {
    "real": {
        "probe": {},
        "parity": {"length": 40},
        "attention": {"batch": 4, "length": 2048, "heads": 32, "kv_heads": 8, "head_dim": 128},
        "sft": {"model": "llama-3.1-8b", "overrides": {"remat_policy": "dots_no_batch"},
                "seq": 2048, "batches": [4, 16, 32, 48, 64, 96], "steps": 3},
        "generation": {"model": "llama-3.1-8b", "batch": 64, "prompt": 128, "new": 128, "runs": 3},
        "ppo": {"model": "llama-3.1-8b", "overrides": LLAMA_1B, "shape_name": "Llama-3.2-1B",
                "batch": 16, "prompt": 128, "new": 128, "micro": 8, "iterations": 3},
    },
    "smoke": {
        "probe": {},
        "parity": {"length": 24},
        "attention": {"batch": 2, "length": 128, "heads": 4, "kv_heads": 2, "head_dim": 16},
        "sft": {"model": "tiny", "overrides": {"remat_policy": "dots_no_batch"}, "seq": 128,
                "batches": [1, 2], "steps": 2, "lora_rank": 8},
        "generation": {"model": "tiny", "batch": 4, "prompt": 16, "new": 8, "runs": 2},
        "ppo": {"model": "tiny", "batch": 4, "prompt": 16, "new": 8, "micro": 2, "iterations": 2,
                "lora_rank": 8},
    },
}
# Share of the budget and the least time worth starting with, per part (real mode).
SCHEDULE = {"probe": (0.04, 30), "parity": (0.08, 30), "attention": (0.12, 40),
            "sft": (0.36, 90), "generation": (0.18, 60), "ppo": (0.22, 60)}
GRACE_S = 20.0  # past its deadline a part is killed
LIVE: list[subprocess.Popen] = []  # the parts running now (killed with the parent)


class Terminated(Exception):
    """SIGTERM or SIGINT reached the parent (an outer time limit, say)."""


def _terminate(signum, frame):
    raise Terminated(signal.Signals(signum).name)


def _part_fn(name: str):
    import device_kernels
    import device_workloads

    return {"probe": device_kernels.probe, "parity": device_kernels.parity,
            "attention": device_kernels.attention, "sft": device_workloads.sft,
            "generation": device_workloads.generation, "ppo": device_workloads.ppo,
            "memory_plan": device_workloads.memory_plan}[name]


def _shapes(smoke: bool) -> dict:
    shapes = dict(SHAPES["smoke" if smoke else "real"])
    shapes["memory_plan"] = {"sft": shapes["sft"]}
    return shapes


def child_main() -> None:
    """Runs one part; its record (device_common.Part) is the only output."""
    import traceback

    from device_common import Part, short_error

    part = Part(FLAGS.child_out, FLAGS.deadline)
    try:
        _part_fn(FLAGS.child)(part, _shapes(FLAGS.smoke)[FLAGS.child])
        part.finish("ok")
    except Exception as e:  # noqa: BLE001 — the parent reports it
        traceback.print_exc()
        part.data["error"] = short_error(e, 2000)
        part.finish("failed")


def _child_env(name: str, smoke: bool) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HERE.parent)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env.setdefault("PYTHONUNBUFFERED", "1")
    if smoke or name == "memory_plan":
        env["JAX_PLATFORMS"] = "cpu"
    else:
        # One part per process, so it may take nearly all of the device's memory.
        env.setdefault("XLA_PYTHON_CLIENT_MEM_FRACTION", "0.95")
    return env


def start_child(name: str, record: Path, deadline: float, smoke: bool) -> subprocess.Popen:
    cmd = [sys.executable, str(Path(__file__).resolve()), f"--child={name}",
           f"--child_out={record}", f"--deadline={deadline}"] + ["--smoke"] * smoke
    log = open(record.with_suffix(".log"), "w")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=_child_env(name, smoke))
    LIVE.append(proc)
    return proc


def finish_child(proc: subprocess.Popen, record: Path, deadline: float) -> dict:
    """Waits for the part until its deadline (+ grace), kills it after; returns its record."""
    killed = False
    try:
        proc.wait(timeout=max(deadline + GRACE_S - time.time(), 1.0))
    except subprocess.TimeoutExpired:
        killed = True
        proc.kill()
        proc.wait()
    finally:
        if proc.poll() is not None and proc in LIVE:
            LIVE.remove(proc)
    try:
        data = json.loads(record.read_text())
    except (OSError, ValueError):
        data = {"status": "crashed", "rows": [], "notes": [], "info": {}}
    if killed:
        data["status"] = "timeout"
        data["notes"].append(f"killed {GRACE_S:.0f}s past its deadline; rows above are what it measured")
    elif data.get("status") == "running":
        data["status"] = "crashed"
    if data["status"] != "ok":
        data["returncode"] = proc.returncode
        log = record.with_suffix(".log")
        data["log_tail"] = log.read_text(errors="replace")[-1500:] if log.exists() else ""
    return data


def merge_plan(report: dict) -> None:
    """The memory plan's prediction beside each measured SFT batch."""
    plan = report["parts"].get("memory_plan", {}).get("info", {})
    sft = report["parts"].get("sft")
    if not sft or "base_gib" not in plan:
        return
    for row in sft["rows"]:
        b = row["figures"].get("batch")
        if b is not None:
            row["figures"]["plan_gib"] = plan["base_gib"] + b * plan["per_seq_gib"]


def _fmt(v) -> str:
    if isinstance(v, bool) or v is None:
        return str(v)
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, float):
        return f"{v:.3g}" if abs(v) < 1e4 else f"{v:,.0f}"
    return str(v)


def table(report: dict) -> str:
    lines = ["| part | item | figures | check | note |", "|---|---|---|---|---|"]
    for name, rec in report["parts"].items():
        rows = rec.get("rows") or [{"item": "", "figures": {}, "ok": None, "note": ""}]
        for r in rows:
            figs = ", ".join(f"{k} {_fmt(v)}" for k, v in r["figures"].items())
            check = {True: "pass", False: "FAIL", None: ""}[r["ok"]]
            lines.append(f"| {name} [{rec['status']}] | {r['item']} | {figs} | {check} | {r['note']} |")
        for n in rec.get("notes", []):
            lines.append(f"| {name} | note | | | {n} |")
        if rec.get("error"):
            lines.append(f"| {name} | error | | | {rec['error'][:300]} |")
    return "\n".join(lines)


def _out_path(kind: str, smoke: bool) -> Path:
    if FLAGS.out:
        return Path(FLAGS.out)
    stem = f"device_check_{'smoke_' * smoke}{slug(kind)}.json"
    return (Path(tempfile.gettempdir()) if smoke else HERE / "results") / stem


def run_parts(report: dict, names: list[str], work: Path, t0: float, save) -> None:
    """Each part in turn, in its own process, within its share of the budget."""
    smoke, budget = report["smoke"], report["budget_s"]
    t_end = t0 + budget
    shares = [SCHEDULE[n][0] for n in names]
    cum, total = 0.0, sum(shares)
    for name, share in zip(names, shares):
        cum += share / total
        least = 5.0 if smoke else SCHEDULE[name][1]
        now = time.time()
        if now + least > t_end:
            report["parts"][name] = {"status": "skipped", "rows": [], "info": {},
                                     "notes": [f"budget spent ({t_end - now:.0f}s left, {least:.0f}s needed)"]}
        else:
            deadline = min(max(t0 + budget * cum, now + least), t_end)
            record = work / f"{name}.json"
            report["parts"][name] = {"status": "running", "rows": [], "info": {}, "notes": [],
                                     "record": str(record)}
            proc = start_child(name, record, deadline, smoke)
            report["parts"][name] = finish_child(proc, record, deadline)
            report["parts"][name]["seconds"] = time.time() - now
        if name == "probe":
            report["device"] = report["parts"]["probe"].get("info", {})
            report["device"]["spec"] = device_spec(report["device"].get("device_kind", "unknown"))
        save()


def parent_main() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGINT, _terminate)
    smoke, budget = FLAGS.smoke, FLAGS.budget_s
    t0 = time.time()
    names = [n for n in SCHEDULE if not FLAGS.parts or n in FLAGS.parts or n == "probe"]
    work = Path(tempfile.mkdtemp(prefix="device_check_"))
    report = {"smoke": smoke, "budget_s": budget, "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
              "shapes": _shapes(smoke), "device": {}, "parts": {}}

    def save():
        out = _out_path(report["device"].get("device_kind", "unknown"), smoke)
        out.parent.mkdir(parents=True, exist_ok=True)
        report["elapsed_s"] = time.time() - t0
        write_json(out, report)
        return out

    plan_proc = None
    try:
        if not FLAGS.parts or "sft" in FLAGS.parts:
            plan_proc = start_child("memory_plan", work / "memory_plan.json", t0 + budget, smoke)
        run_parts(report, names, work, t0, save)
        if plan_proc is not None:
            report["parts"]["memory_plan"] = finish_child(plan_proc, work / "memory_plan.json",
                                                          t0 + budget)
            merge_plan(report)
    except Terminated as e:
        # An outer limit stopped the check: end the parts, keep what they recorded.
        for proc in list(LIVE):
            proc.kill()
        report["terminated"] = str(e)
        for name, rec in report["parts"].items():
            if rec.get("status") == "running" and "record" in rec:
                try:
                    report["parts"][name] = {**json.loads(Path(rec["record"]).read_text()),
                                             "status": f"killed ({e})"}
                except (OSError, ValueError):
                    rec["status"] = f"killed ({e})"
    out = save()
    print(table(report))
    print(f"\n{report['elapsed_s']:.0f}s of a {budget:.0f}s budget; results in {out}")


def main(argv) -> None:
    del argv
    if FLAGS.child:
        child_main()
    else:
        parent_main()


if __name__ == "__main__":
    app.run(main)
