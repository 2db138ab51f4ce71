"""Memory plan by AOT compilation: does an SFT step of the real 8B/7B shapes fit a chip?

Compiles (no weights, abstract inputs) the jitted LoRA SFT step for Llama-3.1-8B and
Qwen2.5-7B on emulated CPU meshes and prints per-device bytes from memory_analysis():
arguments (weights + LoRA + optimizer state + batch), outputs, temporaries; plus the
step's FLOPs from cost_analysis(). XLA's CPU backend plans buffers differently from
GPU/TPU backends, so read the figures as estimates of the same program's needs.

    XLA_FLAGS=--xla_force_host_platform_device_count=16 \
      .venv/bin/python benchmarks/memory_plan.py --devices 8 --mesh fsdp=8 --batch 8 --seq 2048
"""

from __future__ import annotations

import argparse
import os
import sys
import time

if "--xla_force_host_platform_device_count" not in os.environ.get("XLA_FLAGS", ""):
    os.environ["XLA_FLAGS"] = os.environ.get("XLA_FLAGS", "") + " --xla_force_host_platform_device_count=16"

import jax
import jax.numpy as jnp
import numpy as np

from align_jax.lora import LoraConfig, lora_axes, lora_shapes
from align_jax.models import param_axes, param_shapes, preset
from align_jax.sharding import Sharder, make_mesh
from align_jax.train import optim
from align_jax.train.sft import BATCH_KEYS, batch_sharding, make_sft_step
from align_jax.train.state import shardings_for, create

GiB = 2**30


def abstract_tree(shapes, axes, dtype, sharder):
    return jax.tree.map(lambda s, a: jax.ShapeDtypeStruct(s, dtype, sharding=sharder.named(a)),
                        shapes, axes, is_leaf=lambda x: isinstance(x, tuple))


def plan(model_name: str, mesh_shape: dict, devices: int, per_device_batch: int, seq: int,
         accum: int, remat: str, lora: LoraConfig):
    model = preset(model_name).replace(remat_policy=remat)
    sharder = Sharder(make_mesh(mesh_shape, jax.devices()[:devices]))
    params = abstract_tree(param_shapes(model), param_axes(model), jnp.bfloat16, sharder)
    trainable = abstract_tree(lora_shapes(model, lora), lora_axes(lora), jnp.float32, sharder)
    ocfg = optim.OptimConfig(lr=1e-5, loraplus_ratio=16.0)
    tx = optim.make_optimizer(ocfg, 1000)
    st_sh = shardings_for(lora_axes(lora), tx, trainable, sharder)
    state = jax.eval_shape(lambda t: create(t, tx, 0), trainable)
    state = jax.tree.map(lambda x, s: jax.ShapeDtypeStruct(x.shape, x.dtype, sharding=s), state, st_sh)
    rows = per_device_batch * devices // accum
    bsh = batch_sharding(sharder)
    batch = {k: jax.ShapeDtypeStruct((accum, rows, seq), jnp.float32 if k == "loss_mask" else jnp.int32,
                                     sharding=bsh) for k in BATCH_KEYS}
    step = make_sft_step(model, lora, tx, optim.schedule(ocfg, 1000), sharder=sharder, chunk=512)
    t0 = time.perf_counter()
    compiled = jax.jit(step, donate_argnums=(0,)).lower(state, params, batch).compile()
    secs = time.perf_counter() - t0
    mem = compiled.memory_analysis()
    cost = compiled.cost_analysis()
    cost = cost[0] if isinstance(cost, (list, tuple)) else cost
    weights = sum(np.prod(x.shape) * x.dtype.itemsize for x in jax.tree.leaves(params)) / devices
    trained = sum(np.prod(x.shape) * x.dtype.itemsize for x in jax.tree.leaves(state)) / devices
    return {
        "model": model_name, "devices": devices, "mesh": mesh_shape, "tokens_per_device": per_device_batch * seq,
        "weights_gib": weights / GiB, "lora_opt_gib": trained / GiB,
        "args_gib": mem.argument_size_in_bytes / GiB, "out_gib": mem.output_size_in_bytes / GiB,
        "temp_gib": mem.temp_size_in_bytes / GiB, "flops_per_device": float(cost.get("flops", float("nan"))),
        "compile_s": secs,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default="llama-3.1-8b,qwen2.5-7b")
    ap.add_argument("--devices", type=int, default=8)
    ap.add_argument("--mesh", default="fsdp=8", help="e.g. fsdp=8 or fsdp=4,tensor=2")
    ap.add_argument("--batch", type=int, default=8, help="sequences per device per step")
    ap.add_argument("--seq", type=int, default=2048)
    ap.add_argument("--accum", type=int, default=1)
    ap.add_argument("--remat", default="dots_no_batch")
    args = ap.parse_args()
    mesh = {k: int(v) for k, v in (kv.split("=") for kv in args.mesh.split(","))}
    lora = LoraConfig(rank=64, alpha=256.0, targets=("q_proj", "v_proj"))
    print(f"LoRA SFT step, r=64 on q/v, bf16 weights, remat={args.remat}, {args.batch} x {args.seq} "
          f"tokens per device, accum {args.accum}, mesh {mesh} on {args.devices} emulated devices")
    print(f"{'model':<14} {'weights':>8} {'lora+opt':>9} {'args':>8} {'temps':>8} {'total':>8} "
          f"{'TFLOP/dev':>10} {'compile':>8}")
    for name in args.models.split(","):
        r = plan(name, mesh, args.devices, args.batch, args.seq, args.accum, args.remat, lora)
        total = r["args_gib"] + r["temp_gib"]
        print(f"{name:<14} {r['weights_gib']:7.2f}G {r['lora_opt_gib']:8.3f}G {r['args_gib']:7.2f}G "
              f"{r['temp_gib']:7.2f}G {total:7.2f}G {r['flops_per_device'] / 1e12:10.1f} "
              f"{r['compile_s']:7.1f}s", flush=True)


if __name__ == "__main__":
    sys.exit(main())
