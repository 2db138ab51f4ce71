"""Throughput plan: how long the paper's full SFT run takes at a given MFU (a plan, not a
measurement).

FLOPs per token come from XLA's cost analysis of the compiled LoRA SFT step for the real
shapes (benchmarks/memory_plan.py, every layer unrolled so each is counted). Tokens per
example come from a prepared data folder (its manifest) or --tokens_per_example.

    .venv/bin/python benchmarks/throughput_plan.py --tokens_per_example 62 --examples 1000000

time = examples × epochs × tokens/example × FLOPs/token ÷ (chips × peak bf16 FLOP/s × MFU)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from memory_plan import plan

from align_jax.lora import LoraConfig

# Dense bf16 peak per chip (vendor figures).
CLUSTERS = {"8×H100 (SXM)": (8, 989e12), "TPU v5e-64": (64, 197e12)}
PAPER_HOURS = 36.0  # "about 1.5 days of GPU time per run"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default="llama-3.1-8b,qwen2.5-7b")
    ap.add_argument("--examples", type=float, default=1_000_000)
    ap.add_argument("--epochs", type=float, default=1.5)
    ap.add_argument("--tokens_per_example", type=float, default=None)
    ap.add_argument("--prepared", default=None, help="a prepared data folder (manifest.json)")
    ap.add_argument("--remat", default="full")
    args = ap.parse_args()
    tpe = args.tokens_per_example
    if args.prepared:
        tpe = json.loads((Path(args.prepared) / "manifest.json").read_text())["summary"]["mean_example_tokens"]
    if tpe is None:
        raise SystemExit("give --tokens_per_example or --prepared")
    tokens = args.examples * args.epochs * tpe
    lora = LoraConfig(rank=64, alpha=256.0, targets=("q_proj", "v_proj"))
    print(f"Paper SFT run: {args.examples:,.0f} examples x {args.epochs} epochs x {tpe:.0f} tokens "
          f"= {tokens / 1e6:,.0f}M tokens (packed: no padding), remat={args.remat}")
    print("| model | GFLOP/token | cluster | 40% MFU | 60% MFU | vs ~36 h reported |")
    print("|---|---|---|---|---|---|")
    for name in args.models.split(","):
        r = plan(name, {"fsdp": 1}, 1, 1, 2048, 1, args.remat, lora)
        per_token = r["flops_global"] / 2048
        for cluster, (chips, peak) in CLUSTERS.items():
            hours = [tokens * per_token / (chips * peak * mfu) / 3600 for mfu in (0.4, 0.6)]
            print(f"| {name} | {per_token / 1e9:.1f} | {cluster} | {hours[0]:.2f} h | {hours[1]:.2f} h | "
                  f"{PAPER_HOURS / hours[0]:.0f}x shorter at 40% |", flush=True)


if __name__ == "__main__":
    main()
