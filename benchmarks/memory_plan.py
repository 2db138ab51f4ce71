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
from align_jax.train.sft import BATCH_KEYS, make_sft_step
from align_jax.train.update import batch_sharding
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
    # FLOPs from the same step with every layer unrolled: XLA's cost analysis counts a
    # loop body once, so the scanned program would report one layer's worth.
    unrolled = model.replace(scan_unroll=model.num_layers)
    ustep = make_sft_step(unrolled, lora, tx, optim.schedule(ocfg, 1000), sharder=sharder, chunk=seq)
    cost = jax.jit(ustep).lower(state, params, batch).cost_analysis()
    cost = cost[0] if isinstance(cost, (list, tuple)) else cost
    weights = sum(np.prod(x.shape) * x.dtype.itemsize for x in jax.tree.leaves(params)) / devices
    trained = sum(np.prod(x.shape) * x.dtype.itemsize for x in jax.tree.leaves(state)) / devices
    return {
        "model": model_name, "devices": devices, "mesh": mesh_shape, "tokens_per_device": per_device_batch * seq,
        "weights_gib": weights / GiB, "lora_opt_gib": trained / GiB,
        "args_gib": mem.argument_size_in_bytes / GiB, "out_gib": mem.output_size_in_bytes / GiB,
        # Lowered (not yet partitioned) HLO: the FLOPs of the whole global batch.
        "temp_gib": mem.temp_size_in_bytes / GiB, "flops_global": float(cost.get("flops", float("nan"))),
        "compile_s": secs,
    }


CHIPS = {"H100/A100-80G": 80, "H200": 141, "TPU v5e": 16}
TABLE_MESHES = [(1, {"fsdp": 1}), (4, {"fsdp": 4}), (8, {"fsdp": 8}), (8, {"fsdp": 4, "tensor": 2}),
                (16, {"fsdp": 16}), (16, {"fsdp": 8, "tensor": 2})]


def plan_ppo(model_name: str, mesh_shape: dict, devices: int, per_device_batch: int,
             prompt: int, response: int, remat: str, lora: LoraConfig, shared_critic: bool):
    """The same for one PPO update (policy LoRA + critic LoRA or shared backbone + value
    head) on [prompt + response]-token rollouts."""
    from align_jax.ppo.models import ActorCritic, init_trainable, trainable_axes
    from align_jax.ppo.step import UPDATE_KEYS, PPOHyper, make_ppo_optimizer, make_ppo_update

    model = preset(model_name).replace(remat_policy=remat)
    sharder = Sharder(make_mesh(mesh_shape, jax.devices()[:devices]))
    params = abstract_tree(param_shapes(model), param_axes(model), jnp.bfloat16, sharder)
    ac = ActorCritic(policy=lora, critic=None if shared_critic else lora)
    axes = trainable_axes(ac)
    trainable = jax.eval_shape(lambda: init_trainable(model, ac, jax.random.key(0)))
    trainable = jax.tree.map(lambda x, a: jax.ShapeDtypeStruct(x.shape, x.dtype, sharding=sharder.named(a)),
                             trainable, axes, is_leaf=lambda x: isinstance(x, tuple))
    actor, critic = optim.OptimConfig(lr=5e-7), optim.OptimConfig(lr=9e-6)
    tx = make_ppo_optimizer(actor, critic, 1000)
    st_sh = shardings_for(axes, tx, trainable, sharder)
    state = jax.eval_shape(lambda t: create(t, tx, 0), trainable)
    state = jax.tree.map(lambda x, s: jax.ShapeDtypeStruct(x.shape, x.dtype, sharding=s), state, st_sh)
    rows = per_device_batch * devices
    bsh = batch_sharding(sharder)
    t, n = prompt + response, response
    ints = ("input_ids", "segment_ids", "positions", "tokens")

    def spec(k):  # prompt+response ids for the forward; per-response-token rollout data
        length = t if k in ints[:3] else n
        dtype = jnp.int32 if k in ints else jnp.float32
        return jax.ShapeDtypeStruct((1, rows, length), dtype, sharding=bsh)

    batch = {k: spec(k) for k in UPDATE_KEYS}
    step = make_ppo_update(model, ac, tx, {"actor": optim.schedule(actor, 1000)}, PPOHyper(chunk=512),
                           sharder=sharder)
    compiled = jax.jit(step, donate_argnums=(0,)).lower(state, params, batch).compile()
    mem = compiled.memory_analysis()
    weights = sum(np.prod(x.shape) * x.dtype.itemsize for x in jax.tree.leaves(params)) / devices
    trained = sum(np.prod(x.shape) * x.dtype.itemsize for x in jax.tree.leaves(state)) / devices
    return {"weights_gib": weights / GiB, "lora_opt_gib": trained / GiB,
            "args_gib": mem.argument_size_in_bytes / GiB, "temp_gib": mem.temp_size_in_bytes / GiB}


def ppo_table(models, remat, lora, prompt=1024, response=1024):
    print(f"\nPPO update (policy r=64 on q/v; critic: own LoRA or shared backbone; value head), "
          f"rollouts of {prompt}+{response} tokens, remat={remat}")
    print("| model | devices | mesh | critic | weights | LoRA+Adam | other fixed | per sequence | "
          + " | ".join(f"max b {c}" for c in CHIPS) + " |")
    print("|---|---|---|---|---|---|---|---|" + "---|" * len(CHIPS))
    for name in models:
        for n, mesh in ((8, {"fsdp": 8}), (16, {"fsdp": 16})):
            for shared in (False, True):
                r1 = plan_ppo(name, mesh, n, 1, prompt, response, remat, lora, shared)
                r2 = plan_ppo(name, mesh, n, 2, prompt, response, remat, lora, shared)
                est = device_estimate(r1, r2)
                fits = [max_batch(est, cap) for cap in CHIPS.values()]
                mesh_s = "×".join(f"{k}={v}" for k, v in mesh.items())
                print(f"| {name} | {n} | {mesh_s} | {'shared' if shared else 'own LoRA'} | "
                      f"{r1['weights_gib']:.2f} GiB | {r1['lora_opt_gib'] * 1024:.0f} MiB | "
                      f"{est['fixed']:.2f} GiB | {est['per_seq']:.2f} GiB | "
                      + " | ".join(str(f) for f in fits) + " |", flush=True)


def device_estimate(r1: dict, r2: dict) -> dict:
    """Per-device GiB on a GPU/TPU, from the CPU compilations at b=1 and b=2.

    Temporaries grow linearly in the per-device batch b: temps(b) = fixed + b·per_seq.
    XLA's CPU backend has no bf16 matmul and keeps fp32 copies of the bf16 weights (twice
    their bytes) among its temporaries; GPU and TPU backends multiply bf16 directly, so
    that copy is taken out of `fixed`. Activations are planned in fp32 on the CPU, so
    `per_seq` is an upper bound for bf16 activations on a GPU/TPU.
    """
    per_seq = r2["temp_gib"] - r1["temp_gib"]
    fixed = max(r1["temp_gib"] - per_seq - 2 * r1["weights_gib"], 0.0)
    base = r1["weights_gib"] + r1["lora_opt_gib"] + fixed
    return {"per_seq": per_seq, "fixed": fixed, "base": base}


def max_batch(est: dict, capacity_gib: float, headroom: float = 0.9) -> int:
    """Largest per-device batch b with base + b·per_seq <= headroom·capacity."""
    room = headroom * capacity_gib - est["base"]
    return max(int(room // max(est["per_seq"], 1e-9)), 0)


def table(models, seq, remat, lora):
    """Markdown table: per-device memory and the largest per-device batch per chip."""
    print("| model | devices | mesh | weights | LoRA+Adam | other fixed | per sequence | "
          + " | ".join(f"max b {c}" for c in CHIPS) + " | GFLOP/token |")
    print("|---|---|---|---|---|---|---|" + "---|" * len(CHIPS) + "---|")
    for name in models:
        for n, mesh in TABLE_MESHES:
            r1 = plan(name, mesh, n, 1, seq, 1, remat, lora)
            r2 = plan(name, mesh, n, 2, seq, 1, remat, lora)
            est = device_estimate(r1, r2)
            fits = [max_batch(est, cap) for cap in CHIPS.values()]
            flops_token = r1["flops_global"] / (n * seq)
            mesh_s = "×".join(f"{k}={v}" for k, v in mesh.items())
            print(f"| {name} | {n} | {mesh_s} | {r1['weights_gib']:.2f} GiB | "
                  f"{r1['lora_opt_gib'] * 1024:.0f} MiB | {est['fixed']:.2f} GiB | "
                  f"{est['per_seq']:.2f} GiB | " + " | ".join(str(f) for f in fits)
                  + f" | {flops_token / 1e9:.1f} |", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--table", action="store_true", help="the README's table over meshes 1-16")
    ap.add_argument("--ppo", action="store_true", help="the PPO update's table (8 and 16 devices)")
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
    if args.ppo:
        ppo_table(args.models.split(","), args.remat, lora)
        return
    if args.table:
        print(f"LoRA SFT step (r=64 on q/v), bf16 weights, remat={args.remat}, sequences of {args.seq} "
              "tokens; per-device figures from XLA's memory_analysis(); max b = largest per-device "
              "batch within 90% of the chip's memory (estimate: see device_estimate)")
        table(args.models.split(","), args.seq, args.remat, lora)
        return
    print(f"LoRA SFT step, r=64 on q/v, bf16 weights, remat={args.remat}, {args.batch} x {args.seq} "
          f"tokens per device, accum {args.accum}, mesh {mesh} on {args.devices} emulated devices")
    print(f"{'model':<14} {'weights':>8} {'lora+opt':>9} {'args':>8} {'temps':>8} {'total':>8} "
          f"{'TFLOP/dev':>10} {'compile':>8}")
    for name in args.models.split(","):
        r = plan(name, mesh, args.devices, args.batch, args.seq, args.accum, args.remat, lora)
        total = r["args_gib"] + r["temp_gib"]
        print(f"{name:<14} {r['weights_gib']:7.2f}G {r['lora_opt_gib']:8.3f}G {r['args_gib']:7.2f}G "
              f"{r['temp_gib']:7.2f}G {total:7.2f}G {r['flops_global'] / args.devices / 1e12:10.1f} "
              f"{r['compile_s']:7.1f}s", flush=True)


if __name__ == "__main__":
    sys.exit(main())
