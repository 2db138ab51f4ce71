"""Generation speed: align-jax vs transformers `generate` on the same weights, on this CPU.

  .venv/bin/python benchmarks/bench_generate.py [--batch 16] [--new 64] [--runs 5]
                                                [--torch-threads N]

A small random Llama (hidden 512, 8 layers, 8 heads, 4 kv heads, vocab 32000) is built
in transformers, saved with save_pretrained and loaded with `from_hf` (fp32 both). Each
side greedily generates `--new` tokens for `--batch` prompts of 16–48 tokens (no stop
token, so both produce every token); the figure is the median of `--runs` timed runs after
a warm-up, interleaved. Then the number of compilations over prompts of varied lengths is counted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402

CONFIG = dict(vocab_size=32000, hidden_size=512, intermediate_size=1408, num_hidden_layers=8,
              num_attention_heads=8, num_key_value_heads=4, head_dim=64, rms_norm_eps=1e-5,
              max_position_embeddings=2048, tie_word_embeddings=False, rope_theta=500000.0)


def build(folder: Path):
    import torch
    import transformers

    torch.manual_seed(0)
    model = transformers.LlamaForCausalLM(transformers.LlamaConfig(**CONFIG)).eval()
    model.generation_config.eos_token_id = None
    model.generation_config.pad_token_id = 0
    model.save_pretrained(folder)
    from align_jax.models import from_hf

    config, params = from_hf(folder, dtype=jnp.float32)
    return model, config, params


def median_times(fns, runs: int) -> list[float]:
    """Median wall time of each function; runs interleaved so that load from other
    processes on a shared machine falls on both sides alike."""
    for fn in fns:
        fn()  # warm-up (compiles on the JAX side)
    times = [[] for _ in fns]
    for _ in range(runs):
        for fn, ts in zip(fns, times):
            t0 = time.perf_counter()
            fn()
            ts.append(time.perf_counter() - t0)
    return [statistics.median(ts) for ts in times]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--new", type=int, default=64)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--torch-threads", type=int, default=0,
                    help="torch intra-op threads (0: torch's default, one per core); on a "
                         "machine shared with other jobs, 1 avoids torch's spin-waiting threads")
    args = ap.parse_args()

    import torch

    if args.torch_threads:
        torch.set_num_threads(args.torch_threads)

    from align_jax.generate import bucket_length, generate_ids, jitted_generate
    from align_jax.sampling import Sampling

    rng = np.random.default_rng(0)
    prompts = [rng.integers(3, CONFIG["vocab_size"], size=int(n)).tolist()
               for n in rng.integers(16, 49, size=args.batch)]
    with tempfile.TemporaryDirectory() as tmp:
        model, config, params = build(Path(tmp))

    def ours():
        return generate_ids(config, params, prompts, max_new_tokens=args.new, stop_token_ids=[])

    longest = max(map(len, prompts))
    ids = np.zeros((args.batch, longest), np.int64)
    mask = np.zeros_like(ids)
    for r, p in enumerate(prompts):
        ids[r, longest - len(p):], mask[r, longest - len(p):] = p, 1
    t_ids, t_mask = torch.as_tensor(ids), torch.as_tensor(mask)

    def theirs():
        with torch.no_grad():
            return model.generate(t_ids, attention_mask=t_mask, max_new_tokens=args.new,
                                  min_new_tokens=args.new, do_sample=False, pad_token_id=0)

    same = np.array_equal(ours().tokens, theirs()[:, longest:].numpy())
    n_tokens = args.batch * args.new
    t_ours, t_theirs = median_times([ours, theirs], args.runs)
    print(f"device: {jax.devices()[0].device_kind}, torch threads {torch.get_num_threads()}")
    print(f"{args.batch} prompts (16-48 tokens) x {args.new} new tokens, greedy, fp32; "
          f"median of {args.runs} after warm-up")
    print(f"  align-jax     {t_ours:7.3f} s  {n_tokens / t_ours:9.1f} tokens/s")
    print(f"  transformers  {t_theirs:7.3f} s  {n_tokens / t_theirs:9.1f} tokens/s")
    print(f"  ratio (align-jax / transformers tokens/s): {t_theirs / t_ours:.2f}x;"
          f" identical greedy tokens: {same}")
    try:
        import tunix  # noqa: F401
        print("  tunix: installed, but no side-by-side run is wired up here")
    except ImportError:
        print("  tunix: not installed, skipped")

    # Compilations over varied prompt lengths (same batch size and max_new_tokens).
    fn = jitted_generate(config, max_new_tokens=args.new, sampling=Sampling())
    before = fn._cache_size()
    lengths = [5, 9, 16, 17, 23, 31, 32, 33, 40, 47, 64, 65, 100, 128]
    for n in lengths:
        batch = [rng.integers(3, CONFIG["vocab_size"], size=m).tolist()
                 for m in rng.integers(max(1, n // 2), n + 1, size=args.batch - 1)] + [[7] * n]
        generate_ids(config, params, batch, max_new_tokens=args.new, stop_token_ids=[])
    buckets = sorted({bucket_length(n) for n in lengths})
    print(f"compilations for {len(lengths)} calls with longest prompts {lengths}: "
          f"{fn._cache_size() - before} new, {fn._cache_size()} in total for this setup "
          f"(prompt buckets {buckets}; {bucket_length(longest)} was compiled above)")


if __name__ == "__main__":
    main()
