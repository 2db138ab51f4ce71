"""LoRA SFT training throughput: align-jax vs transformers + PEFT (PyTorch), side by side.

Same model shape (Llama, hidden 512, 8 layers, vocab 32k), same LoRA (r=16 on q/v), same
batch (8 x 256 tokens, loss on the second half of each row), AdamW, fp32 on this CPU.
Prints median tokens/s of each and the ratio, and the compiled step's memory.

    .venv/bin/python benchmarks/bench_sft.py [--steps 8 --batch 8 --seq 256]

Tunix (`pip install google-tunix`) is measured when importable; otherwise it says so.
"""

from __future__ import annotations

import argparse
import os
import tempfile

import numpy as np

from common import SMALL_LLAMA, median, report


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=8)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--seq", type=int, default=256)
    ap.add_argument("--rank", type=int, default=16)
    args = ap.parse_args()

    import time

    import jax
    import jax.numpy as jnp
    import torch
    from peft import LoraConfig as PeftLoraConfig
    from peft import get_peft_model

    from align_jax.lora import LoraConfig, init_lora, lora_axes
    from align_jax.models import from_hf
    from align_jax.train import optim
    from align_jax.train.sft import make_sft_step
    from align_jax.train.state import init_state
    from hf_fixtures import make_torch_model

    torch.set_num_threads(os.cpu_count() or 1)
    b, t = args.batch, args.seq
    rng = np.random.default_rng(0)
    ids = rng.integers(0, SMALL_LLAMA["vocab_size"], (b, t)).astype(np.int32)
    mask = np.zeros((b, t), np.float32)
    mask[:, t // 2:] = 1.0
    tokens = b * t

    base = make_torch_model("llama", seed=0, **SMALL_LLAMA)
    with tempfile.TemporaryDirectory() as d:
        base.save_pretrained(d)
        config, params = from_hf(d, dtype=jnp.float32)

    # align-jax: one jitted step (forward, backward, AdamW), state donated.
    lc = LoraConfig(rank=args.rank, alpha=2.0 * args.rank, targets=("q_proj", "v_proj"))
    ocfg = optim.OptimConfig(lr=1e-4, schedule="constant", warmup_ratio=0.0)
    tx = optim.make_optimizer(ocfg, 1000)
    state = init_state(init_lora(config, lc, jax.random.key(0)), lora_axes(lc), tx, 0)
    step = jax.jit(make_sft_step(config, lc, tx, optim.schedule(ocfg, 1000), chunk=t),
                   donate_argnums=(0,))
    batch = {"input_ids": jnp.asarray(ids)[None], "segment_ids": jnp.ones((1, b, t), jnp.int32),
             "positions": jnp.broadcast_to(jnp.arange(t, dtype=jnp.int32), (1, b, t)),
             "loss_mask": jnp.asarray(mask)[None]}
    compiled = jax.jit(make_sft_step(config, lc, tx, optim.schedule(ocfg, 1000), chunk=t)).lower(
        state, params, batch).compile()
    mem = compiled.memory_analysis()
    times = []
    for i in range(args.steps + 1):
        t0 = time.perf_counter()
        state, m = step(state, params, batch)
        jax.block_until_ready(m["loss"])
        if i:
            times.append(time.perf_counter() - t0)
    ours = tokens / median(times)

    # transformers + PEFT: a plain training loop, the same loss (response-token mean CE).
    peft_model = get_peft_model(base, PeftLoraConfig(r=args.rank, lora_alpha=2 * args.rank,
                                                     target_modules=["q_proj", "v_proj"], lora_dropout=0.0))
    peft_model.train()
    opt = torch.optim.AdamW([p for p in peft_model.parameters() if p.requires_grad], lr=1e-4)
    tid = torch.as_tensor(ids, dtype=torch.long)
    labels = tid.clone()
    labels[torch.as_tensor(mask) == 0] = -100
    rows = {}
    for impl in ("sdpa",):
        peft_model.base_model.model.config._attn_implementation = impl
        times = []
        for i in range(args.steps + 1):
            t0 = time.perf_counter()
            out = peft_model(input_ids=tid, labels=labels)
            out.loss.backward()
            opt.step()
            opt.zero_grad(set_to_none=True)
            if i:
                times.append(time.perf_counter() - t0)
        rows[f"transformers+PEFT ({impl})"] = tokens / median(times)
    rows["align-jax (jit step)"] = ours
    try:
        import tunix  # noqa: F401
        print("tunix is importable, but its PeftTrainer comparison is not wired in this script yet")
    except ImportError:
        print("tunix: not installed (pip install google-tunix); not measured")
    print(f"LoRA SFT step, Llama hidden {SMALL_LLAMA['hidden_size']}, {SMALL_LLAMA['num_hidden_layers']} "
          f"layers, vocab {SMALL_LLAMA['vocab_size']}, r={args.rank} on q/v, batch {b} x {t}, fp32, "
          f"median of {args.steps} steps:")
    report(rows, "tokens/s", "transformers+PEFT (sdpa)")
    print(f"align-jax compiled step memory: arguments {mem.argument_size_in_bytes / 2**20:.1f} MiB, "
          f"outputs {mem.output_size_in_bytes / 2**20:.1f} MiB, temporaries {mem.temp_size_in_bytes / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
