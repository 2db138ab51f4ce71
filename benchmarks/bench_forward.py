"""Forward pass throughput: align-jax (jit, XLA CPU) vs transformers (PyTorch), same weights.

    .venv/bin/python benchmarks/bench_forward.py [--batch 8 --seq 256 --repeats 5]

Both run fp32 on this machine's CPU threads, side by side in one process; prints the
median tokens/s of each and the ratio.
"""

from __future__ import annotations

import argparse
import os
import tempfile

import numpy as np

from common import SMALL_LLAMA, median, report, timeit


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--seq", type=int, default=256)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()

    import jax
    import jax.numpy as jnp
    import torch

    from align_jax.models import forward, from_hf
    from hf_fixtures import make_torch_model

    torch.set_num_threads(os.cpu_count() or 1)
    model = make_torch_model("llama", seed=0, **SMALL_LLAMA)
    ids = np.random.default_rng(0).integers(0, SMALL_LLAMA["vocab_size"], (args.batch, args.seq))
    tokens = args.batch * args.seq
    with tempfile.TemporaryDirectory() as d:
        model.save_pretrained(d)
        config, params = from_hf(d, dtype=jnp.float32)

    fwd = jax.jit(lambda p, x: forward(config, p, x))
    x = jnp.asarray(ids, jnp.int32)
    t_jax = timeit(lambda: fwd(params, x).block_until_ready(), args.repeats)
    tid = torch.as_tensor(ids)
    rows = {}
    for impl in ("sdpa", "eager"):
        model.config._attn_implementation = impl
        with torch.inference_mode():
            t = timeit(lambda: model(tid).logits, args.repeats)
        rows[f"transformers ({impl})"] = tokens / median(t)
    rows["align-jax (jit)"] = tokens / median(t_jax)
    print(f"forward, Llama hidden {SMALL_LLAMA['hidden_size']}, {SMALL_LLAMA['num_hidden_layers']} "
          f"layers, vocab {SMALL_LLAMA['vocab_size']}, batch {args.batch} x {args.seq}, fp32, "
          f"median of {args.repeats}:")
    report(rows, "tokens/s", "transformers (sdpa)")


if __name__ == "__main__":
    main()
