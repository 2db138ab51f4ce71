"""Tunix's PeftTrainer (LoRA SFT) on the small Llama of bench_sft.py: median tokens/s.

Tunix pins other transformers/safetensors versions than this project, so it runs from its
own virtual environment (same jax / flax as ours); bench_sft.py runs it as a subprocess
through `--tunix-python` and reads the last line (`TUNIX_JSON {...}`):

  /tmp/ppo/tunix_venv/bin/python benchmarks/bench_sft_tunix.py [--steps 8 --batch 8 --seq 256]

Same shape as benchmarks/common.py SMALL_LLAMA (hidden 512, 8 layers, 8 heads, 4 kv heads,
head 64, MLP 1536, vocab 32000, untied head, fp32), built as Tunix's own Llama3 with its
own random init (timing only); LoRA r=16 / alpha=32 on q_proj and v_proj via qwix; the
same batch (8 x 256 random ids, loss on the second half of each row through
TrainingInput.input_mask, no padding); optimizer clip_by_global_norm(1.0) -> AdamW(1e-4,
weight decay 0), as align-jax's step. Tunix's default SFT loss (full-vocab log-softmax,
masked mean). Differences that remain: Tunix's Llama3 applies plain RoPE (no llama3
rope_scaling; same cost), and its attention is an einsum with an explicit [B, T, T] mask.

Timing: PeftTrainer.train() runs warmup+steps steps with max_inflight_computations=1, so each
step starts only when the previous one has finished; a training hook records the time at
every step start (and at the end of train()), so a step's time is the full trainer loop
iteration (input sharding, the jitted step, metrics buffering). The warm-up steps are
dropped (2: Tunix 0.1.7 compiles its jitted step twice on CPU, at steps 0 and 1, seen with
JAX_LOG_COMPILES=1); the figure is the median of the rest. For reference it also times Tunix's own
jitted step function called directly (block_until_ready), the same way bench_sft.py times
align-jax's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import jax
import numpy as np


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=8)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--seq", type=int, default=256)
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--warmup", type=int, default=2,
                    help="steps dropped before timing: Tunix 0.1.7 compiles its jitted train step "
                         "twice on CPU (steps 0 and 1), so the default drops both")
    args = ap.parse_args()

    import optax
    import qwix
    from flax import nnx
    from tunix.models.llama3 import model as llama3
    from tunix.sft import hooks
    from tunix.sft import peft_trainer
    from tunix.sft import utils as sft_utils

    b, t = args.batch, args.seq
    rng = np.random.default_rng(0)
    ids = rng.integers(0, 32000, (b, t)).astype(np.int32)
    mask = np.zeros((b, t), np.int32)
    mask[:, t // 2:] = 1
    tokens = b * t

    cfg = llama3.ModelConfig(num_layers=8, vocab_size=32000, embed_dim=512, hidden_dim=1536,
                             num_heads=8, head_dim=64, num_kv_heads=4, rope_theta=500_000,
                             norm_eps=1e-5, weight_tying=False)
    mesh = jax.make_mesh((1, 1), ("fsdp", "tp"), axis_types=(jax.sharding.AxisType.Auto,) * 2)

    class StepClock(hooks.TrainingHooks):
        def __init__(self):
            self.marks = []

        def on_train_start(self, train_ctx):
            pass

        def on_train_end(self, train_ctx):
            self.marks.append(time.perf_counter())

        def on_train_step_start(self, train_ctx):
            self.marks.append(time.perf_counter())

        def on_train_step_end(self, train_ctx, train_step, train_loss, *rest, **kw):
            pass

        def on_eval_step_start(self, train_ctx):
            pass

        def on_eval_step_end(self, train_ctx, eval_loss):
            pass

    def gen_model_input(x: peft_trainer.TrainingInput):
        pad = jax.numpy.ones_like(x.input_tokens, dtype=bool)  # no padding (runs inside jit)
        return {"input_tokens": x.input_tokens, "input_mask": x.input_mask,
                "positions": sft_utils.build_positions_from_mask(pad),
                "attention_mask": sft_utils.make_causal_attn_mask(pad)}

    with mesh:
        base = llama3.Llama3(cfg, rngs=nnx.Rngs(0))
        provider = qwix.LoraProvider(module_path=".*q_proj|.*v_proj", rank=args.rank,
                                     alpha=2.0 * args.rank)
        model = qwix.apply_lora_to_model(base, provider, rngs=nnx.Rngs(1), **base.get_model_input())
        n_lora = sum(x.size for x in jax.tree.leaves(nnx.state(model, nnx.LoRAParam)))
        tx = optax.chain(optax.clip_by_global_norm(1.0),
                         optax.adamw(1e-4, b1=0.9, b2=0.999, eps=1e-8, weight_decay=0.0))
        tcfg = peft_trainer.TrainingConfig(eval_every_n_steps=10**9, max_steps=args.steps + args.warmup,
                                           max_inflight_computations=1, pbar_description=None)
        trainer = peft_trainer.PeftTrainer(model, tx, tcfg).with_gen_model_input_fn(gen_model_input)
        clock = StepClock()
        trainer.with_training_hooks(clock)
        example = peft_trainer.TrainingInput(input_tokens=ids, input_mask=mask)
        t0 = time.perf_counter()
        trainer.train([example] * (args.steps + args.warmup))
        wall = time.perf_counter() - t0
        loop_times = np.diff(clock.marks).tolist()

        # Tunix's own jitted step, called directly (no trainer loop around it).
        step_fn, _ = trainer.jit_train_and_eval_step()
        from tunix.sft import sharding_utils
        ex = sharding_utils.shard_input(example, tcfg.data_sharding_axis)
        jax.block_until_ready(step_fn(ex))
        direct = []
        for _ in range(args.steps):
            s = time.perf_counter()
            jax.block_until_ready(step_fn(ex))
            direct.append(time.perf_counter() - s)

    steady = loop_times[args.warmup:]
    for i, dt in enumerate(loop_times):
        print(f"  Tunix PeftTrainer step {i}: {dt:.3f}s" + (" [warm-up]" if i < args.warmup else ""),
              flush=True)
    out = {"tokens_per_s": tokens / statistics.median(steady),
           "direct_tokens_per_s": tokens / statistics.median(direct),
           "step_s": statistics.median(steady), "direct_step_s": statistics.median(direct),
           "warmup_step_s": loop_times[:args.warmup], "train_wall_s": wall, "steps": len(steady),
           "lora_params": int(n_lora), "platform": jax.devices()[0].platform,
           "dtype": str(jax.tree.leaves(nnx.state(model, nnx.Param))[0].dtype)}
    print("TUNIX_JSON " + json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
