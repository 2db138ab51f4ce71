"""Benchmark: SWOW-EN -> 1,000,000 augmented SFT examples -> Llama-3.1 tokens -> packed rows.

  .venv/bin/python benchmarks/bench_prepare.py                       # full size, 3 repeats
  .venv/bin/python benchmarks/bench_prepare.py --examples=100000 --repeats=1

Reads ../shared/data/swow/strength.SWOW-EN.R1.csv and the Llama-3.1-8B-Instruct tokenizer
from ../shared/hf beside the checkout (or --norms / --tokenizer); exits 0 with a note when
they are absent. Reports per-stage wall time (median over repeats), examples/s and the
packing efficiency (real tokens / all tokens in [B, T] batches) at each sequence length.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

from align_jax.data.chat import ChatFormat  # noqa: E402
from align_jax.data.norms import load_norms  # noqa: E402
from align_jax.data.packing import PackedBatches  # noqa: E402
from align_jax.data.prepare import load_tokenizer  # noqa: E402
from align_jax.data.sft import SFTConfig, build_sft_examples  # noqa: E402
from align_jax.data.splits import split_cues  # noqa: E402
from align_jax.data.templates import PromptTemplates  # noqa: E402
from align_jax.data.tokens import tokenize_examples  # noqa: E402


def run_once(args, tokenizer) -> dict:
    t = {}
    t0 = time.perf_counter()
    norms, _ = load_norms(args.norms, response_set="R1")
    t["load"] = time.perf_counter() - t0
    s = time.perf_counter()
    splits = split_cues(norms.cues, 42)
    # ALIGN augmentation over the training cues; scale the target so that the training cues
    # yield about --examples examples (repeats = target // n_train_cues).
    examples = build_sft_examples(norms.cues, splits.train, PromptTemplates.for_language("en"),
                                  SFTConfig(target_examples=args.examples))
    t["split+examples"] = time.perf_counter() - s
    s = time.perf_counter()
    tokens = tokenize_examples(tokenizer, ChatFormat.from_tokenizer(tokenizer),
                               examples.instruction, examples.response)
    t["tokenize"] = time.perf_counter() - s
    for seq_len in args.seq_lens:
        s = time.perf_counter()
        packed = PackedBatches(tokens, seq_len, global_batch=args.batch, seed=42)
        packed.plan(0)
        first = packed.batch(0, 0)
        t[f"pack@{seq_len}"] = time.perf_counter() - s
        t[f"eff@{seq_len}"] = packed.efficiency(0)
        t[f"rows@{seq_len}"] = packed.plan(0).n_rows
        assert first["input_ids"].shape == (args.batch, seq_len)
    t["total"] = time.perf_counter() - t0
    t["examples"] = len(examples)
    t["tokens"] = int(tokens.lengths.sum())
    t["mean_tokens"] = float(tokens.lengths.mean())
    return t


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--norms", default=str(SHARED / "data/swow/strength.SWOW-EN.R1.csv"))
    p.add_argument("--tokenizer", default=str(SHARED / "hf/Llama-3.1-8B-Instruct"))
    p.add_argument("--examples", type=int, default=1_000_000, help="SFT examples to generate")
    p.add_argument("--seq_lens", type=int, nargs="+", default=[512, 2048])
    p.add_argument("--batch", type=int, default=16, help="rows per global batch")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--json", help="also write the results here")
    args = p.parse_args()
    for path in (args.norms, args.tokenizer):
        if not Path(path).exists():
            print(f"skipped: {path} is absent (needs ../shared beside the checkout)")
            return
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    tokenizer = load_tokenizer(args.tokenizer)
    runs = [run_once(args, tokenizer) for _ in range(args.repeats)]
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(f"{med['examples']:.0f} examples, {med['tokens']:.0f} tokens (mean {med['mean_tokens']:.1f}), "
          f"{args.repeats} repeat(s), median wall times:")
    for k in ("load", "split+examples", "tokenize", *(f"pack@{n}" for n in args.seq_lens), "total"):
        print(f"  {k:16s} {med[k]:8.2f} s")
    print(f"  examples/s (total) {med['examples'] / med['total']:,.0f}")
    for n in args.seq_lens:
        print(f"  packing efficiency @ {n}: {med[f'eff@{n}']:.4f} ({med[f'rows@{n}']:.0f} rows, batch {args.batch})")
    if args.json:
        Path(args.json).write_text(json.dumps({"median": med, "runs": runs}, indent=1))


if __name__ == "__main__":
    main()
