"""Throughput plan: how long the paper's full SFT run takes at a given MFU (a plan, not a
measurement), beside the MFU measured by benchmarks/device_check.py where one exists.

FLOPs per token come from XLA's cost analysis of the compiled LoRA SFT step for the real
shapes (benchmarks/memory_plan.py, every layer unrolled so each is counted). Tokens per
example come from a prepared data folder (its manifest) or --tokens_per_example.

    .venv/bin/python benchmarks/throughput_plan.py --tokens_per_example 62 --examples 1000000

time = examples × epochs × tokens/example × FLOPs/token ÷ (chips × peak bf16 FLOP/s × MFU)

Measured MFU: every benchmarks/results/device_check_*.json (not --smoke runs) with an SFT
row gives one (the best batch of each file: XLA's FLOP count of the step / time / the
device's dense bf16 peak, one chip); the plan then adds a column of hours at that MFU,
assuming a cluster reaches the same per-chip MFU (FSDP communication not measured).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"

# Dense bf16 peak per chip (vendor figures).
CLUSTERS = {"8×H100 (SXM)": (8, 989e12), "TPU v5e-64": (64, 197e12)}
PAPER_HOURS = 36.0  # "about 1.5 days of GPU time per run"


def load_measured(results: Path = RESULTS) -> list[dict]:
    """The best-MFU SFT row of each real device_check JSON under `results` (oldest first)."""
    out = []
    for path in sorted(Path(results).glob("device_check_*.json")):
        try:
            report = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        if report.get("smoke"):
            continue
        sft = report.get("parts", {}).get("sft", {})
        rows = [r["figures"] for r in sft.get("rows", []) if r.get("figures", {}).get("mfu")]
        if not rows:
            continue
        best = max(rows, key=lambda f: f["mfu"])
        out.append({"file": path.name, "device": report.get("device", {}).get("device_kind", "?"),
                    "model": report.get("shapes", {}).get("sft", {}).get("model", "?"),
                    "remat": sft.get("info", {}).get("remat", "?"),
                    "flops_per_token": sft.get("info", {}).get("flops_per_token"),
                    "batch": best.get("batch"), "mfu": float(best["mfu"]),
                    "tokens_per_s": best.get("tokens_per_s"), "started": report.get("started", "")})
    return sorted(out, key=lambda m: m["started"])


def plan_lines(model: str, per_token: float, tokens: float, measured: list[dict]) -> list[str]:
    """Table rows: hours on each cluster at 40% and 60% MFU, and at the latest measured MFU
    (with the measured step's own FLOPs per token: its remat may differ from the plan's)."""
    lines = []
    for cluster, (chips, peak) in CLUSTERS.items():
        hours = lambda mfu, ft=per_token: tokens * ft / (chips * peak * mfu) / 3600
        cells = [f"{hours(0.4):.2f} h", f"{hours(0.6):.2f} h"]
        same = [m for m in measured if m["model"] == model]
        if same:
            m = same[-1]
            cells.append(f"{hours(m['mfu'], m['flops_per_token'] or per_token):.2f} h at "
                         f"{100 * m['mfu']:.1f}%")
        elif measured:
            cells.append("not measured")
        lines.append(f"| {model} | {per_token / 1e9:.1f} | {cluster} | " + " | ".join(cells)
                     + f" | {PAPER_HOURS / hours(0.4):.0f}x shorter at 40% |")
    return lines


def header(measured: list[dict]) -> list[str]:
    if not measured:
        return ["No device_check results under benchmarks/results/: 40% and 60% MFU are plans, "
                "not measurements.",
                "| model | GFLOP/token | cluster | 40% MFU | 60% MFU | vs ~36 h reported |",
                "|---|---|---|---|---|---|"]
    lines = [f"Measured: {100 * m['mfu']:.1f}% MFU, {m['device']}, {m['model']} LoRA SFT step, "
             f"remat {m['remat']}, batch {m['batch']} x 2,048 tokens ({m['file']}, {m['started']})"
             for m in measured]
    return lines + ["| model | GFLOP/token | cluster | 40% MFU (plan) | 60% MFU (plan) | "
                    "measured MFU | vs ~36 h reported |", "|---|---|---|---|---|---|---|"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default="llama-3.1-8b,qwen2.5-7b")
    ap.add_argument("--examples", type=float, default=1_000_000)
    ap.add_argument("--epochs", type=float, default=1.5)
    ap.add_argument("--tokens_per_example", type=float, default=None)
    ap.add_argument("--prepared", default=None, help="a prepared data folder (manifest.json)")
    ap.add_argument("--remat", default="full")
    ap.add_argument("--results", default=str(RESULTS), help="where device_check JSON files are")
    args = ap.parse_args()
    from memory_plan import plan

    from align_jax.lora import LoraConfig

    tpe = args.tokens_per_example
    if args.prepared:
        tpe = json.loads((Path(args.prepared) / "manifest.json").read_text())["summary"]["mean_example_tokens"]
    if tpe is None:
        raise SystemExit("give --tokens_per_example or --prepared")
    tokens = args.examples * args.epochs * tpe
    lora = LoraConfig(rank=64, alpha=256.0, targets=("q_proj", "v_proj"))
    print(f"Paper SFT run: {args.examples:,.0f} examples x {args.epochs} epochs x {tpe:.0f} tokens "
          f"= {tokens / 1e6:,.0f}M tokens (packed: no padding), remat={args.remat}")
    measured = load_measured(Path(args.results))
    print("\n".join(header(measured)))
    for name in args.models.split(","):
        r = plan(name, {"fsdp": 1}, 1, 1, 2048, 1, args.remat, lora)
        print("\n".join(plan_lines(name, r["flops_global"] / 2048, tokens, measured)), flush=True)


if __name__ == "__main__":
    main()
