"""device_check parts at model scale: LoRA SFT step, generation, one PPO iteration, and the
memory plan (on the host CPU) that the SFT step's peak memory is compared with.

Weights are random (bf16, created on the device; nothing is downloaded). Each part is
`fn(part: Part, shape: dict)`; shapes come from device_check.SHAPES.
"""

from __future__ import annotations

import time

import jax
import jax.numpy as jnp
import numpy as np

from device_common import GiB, Part, is_oom, peak_memory_bytes, short_error, time_calls
from device_specs import device_spec

LORA = dict(rank=64, alpha=256.0, targets=("q_proj", "v_proj"))


def lora_config(shape: dict):
    """The paper's LoRA (r=64, alpha=256 on q/v), or shape["lora_rank"] for tiny models."""
    from align_jax.lora import LoraConfig

    rank = shape.get("lora_rank", LORA["rank"])
    return LoraConfig(rank=rank, alpha=LORA["alpha"] * rank / LORA["rank"], targets=LORA["targets"])


def model_config(shape: dict):
    """The preset named by shape["model"], with the shape's overrides (remat and so on)."""
    from align_jax.models import preset

    return preset(shape["model"]).replace(**shape.get("overrides", {}))


def random_params(config, key: jax.Array, dtype=jnp.bfloat16):
    """N(0, 0.02²) kernels and embeddings, unit norms, zero biases, drawn on the device in
    `dtype` directly (no fp32 copy of an 8B model)."""
    from align_jax.models import param_shapes

    shapes = param_shapes(config)
    flat, treedef = jax.tree_util.tree_flatten_with_path(shapes, is_leaf=lambda x: isinstance(x, tuple))

    def make(key):
        leaves = []
        for (path, shp), k in zip(flat, jax.random.split(key, len(flat))):
            name = jax.tree_util.keystr(path)
            if "norm" in name:
                leaves.append(jnp.ones(shp, dtype))
            elif "bias" in name:
                leaves.append(jnp.zeros(shp, dtype))
            else:
                leaves.append(0.02 * jax.random.normal(k, shp, dtype))
        return jax.tree_util.tree_unflatten(treedef, leaves)

    return jax.block_until_ready(jax.jit(make)(key))


def tree_bytes(tree) -> int:
    return int(sum(x.size * x.dtype.itemsize for x in jax.tree.leaves(tree)))


def _spec():
    return device_spec(jax.devices()[0].device_kind)


# --- LoRA SFT step ---------------------------------------------------------------------------

def packed_batch(rows: int, seq: int, vocab: int, example: int = 134) -> dict:
    """[1, rows, seq] packed rows of `example`-token segments (the SWOW-EN mean with the
    Llama-3.1 chat template), positions per segment, the loss on each segment's second half."""
    example = min(example, max(seq // 4, 2))
    idx = np.arange(seq)
    seg = (idx // example + 1).astype(np.int32)
    pos = (idx % example).astype(np.int32)
    loss = (pos >= example // 2).astype(np.float32)
    tile = lambda x: jnp.asarray(np.broadcast_to(x, (1, rows, seq)))
    rng = np.random.default_rng(0)
    return {"input_ids": jnp.asarray(rng.integers(3, vocab, (1, rows, seq)), jnp.int32),
            "segment_ids": tile(seg), "positions": tile(pos), "loss_mask": tile(loss)}


def _step_flops(make_step, config, state, params, seq: int) -> float | None:
    """FLOPs of one step at batch 1 from XLA's cost analysis of the same step with every
    layer unrolled (it counts a loop body once, so the scanned program would report one
    layer's worth); lowering only, no compilation."""
    try:
        unrolled = config.replace(scan_unroll=config.num_layers)
        batch = packed_batch(1, seq, config.vocab_size)
        cost = jax.jit(make_step(unrolled)).lower(state(), params, batch).cost_analysis()
        cost = cost[0] if isinstance(cost, (list, tuple)) else cost
        return float(cost["flops"])
    except Exception:  # noqa: BLE001 — reported as an unknown MFU
        return None


def sft(part: Part, shape: dict) -> None:
    """The LoRA SFT step (r=64 on q/v, LoRA+ 16, AdamW) on packed rows of shape["seq"]
    tokens, batch sizes stepped up until the part's time or the memory runs out."""
    from align_jax.lora import init_lora, lora_axes
    from align_jax.train import optim
    from align_jax.train.sft import make_sft_step
    from align_jax.train.state import init_state

    config, seq = model_config(shape), shape["seq"]
    lc = lora_config(shape)
    ocfg = optim.OptimConfig(lr=1e-5, loraplus_ratio=16.0)
    tx = optim.make_optimizer(ocfg, 1000)
    make_step = lambda cfg: make_sft_step(cfg, lc, tx, optim.schedule(ocfg, 1000), chunk=512,
                                          loss_budget=0)
    state = lambda: init_state(init_lora(config, lc, jax.random.key(0)), lora_axes(lc), tx, 0)
    t0 = time.perf_counter()
    params = random_params(config, jax.random.key(1))
    part.info(model=shape["model"], remat=config.remat_policy, seq=seq, lora_rank=lc.rank,
              param_gib=tree_bytes(params) / GiB, init_s=time.perf_counter() - t0)
    flops = _step_flops(make_step, config, state, params, seq)
    spec = _spec()
    part.info(flops_per_token=None if flops is None else flops / seq,
              peak_bf16_flops=None if spec is None else spec["bf16_flops"])
    dev = jax.devices()[0]
    last = None  # (batch, compile_s, step_s) of the previous size, to predict the next
    for b in shape["batches"]:
        if last is not None:
            need = last[1] + (2 + shape["steps"]) * last[2] * b / last[0]
            if need > part.left():
                part.note(f"batch {b} not run: ~{need:.0f}s needed, {part.left():.0f}s left")
                break
        try:
            st, batch = state(), packed_batch(b, seq, config.vocab_size)
            t0 = time.perf_counter()
            compiled = jax.jit(make_step(config), donate_argnums=(0,)).lower(st, params, batch).compile()
            compile_s = time.perf_counter() - t0
            mem = compiled.memory_analysis()
            holder = {"state": st}

            def run():
                holder["state"], m = compiled(holder["state"], params, batch)
                jax.block_until_ready(m["loss"])
                return m

            run()  # warm-up
            times = time_calls(run, part, shape["steps"])
        except Exception as e:  # noqa: BLE001
            if is_oom(e):
                part.row(f"batch {b}", {"batch": b}, None, f"out of memory: {short_error(e, 160)}")
                break
            raise
        step_s = float(np.median(times))
        tokens = b * seq
        peak = peak_memory_bytes(dev)
        fig = {"batch": b, "tokens_per_s": tokens / step_s, "step_s": step_s, "compile_s": compile_s,
               "steps_timed": len(times),
               "xla_args_gib": mem.argument_size_in_bytes / GiB if mem else None,
               "xla_temp_gib": mem.temp_size_in_bytes / GiB if mem else None,
               "peak_gib": None if peak is None else peak / GiB}
        if flops is not None:
            fig["tflop_per_s"] = flops * b / step_s / 1e12
            if spec is not None:
                fig["mfu"] = flops * b / step_s / spec["bf16_flops"]
        part.row(f"batch {b}", fig, None, "" if spec else "device peak unknown: no MFU")
        last = (b, compile_s, step_s)


# --- generation ------------------------------------------------------------------------------

def generation(part: Part, shape: dict) -> None:
    """Greedy generation, shape["batch"] prompts of shape["prompt"] random tokens,
    shape["new"] new tokens, no stop token. A second call of the same compiled function
    with every row masked out runs the prefill alone (the loop sees every row stopped),
    so ms per decode step = (full - prefill) / (new - 1). The default per-layer decode
    loop first; then, if the part has time for it, the scan over stacked layers."""
    from align_jax.generate import _stop_array, jitted_generate
    from align_jax.models.kv_cache import init_cache

    config = model_config(shape)
    b, p, n = shape["batch"], shape["prompt"], shape["new"]
    params = random_params(config, jax.random.key(2))
    ids = jnp.asarray(np.random.default_rng(0).integers(3, config.vocab_size, (b, p)), jnp.int32)
    full_mask, no_rows = jnp.ones((b, p), jnp.int32), jnp.zeros((b, p), jnp.int32)
    stops, key = jnp.asarray(_stop_array([])), jax.random.key(0)
    head = params["embed"] if config.tie_word_embeddings else params["lm_head"]
    read = tree_bytes(params["layers"]) + tree_bytes(params["final_norm"]) + tree_bytes(head)
    spec = _spec()
    first_s = None
    for loop in ("unrolled", "scan"):
        if first_s is not None and part.left() < 1.5 * first_s + 10:
            part.note(f"layer_loop={loop} not run: {part.left():.0f}s left")
            break
        fn = jitted_generate(config, max_new_tokens=n, layer_loop=loop)
        holder = {"cache": init_cache(config, b, p + n, jnp.bfloat16)}

        def call(mask, fn=fn, holder=holder):
            out, holder["cache"] = fn(params, None, holder["cache"], ids, mask, key, stops)
            return jax.block_until_ready(out.tokens)

        t0 = time.perf_counter()
        tokens = np.asarray(call(full_mask))
        first_s = time.perf_counter() - t0
        call(no_rows)
        full, pre = [], []
        for _ in range(shape["runs"]):
            if full and part.left() < 2 * (full[-1] + pre[-1]):
                break
            full += time_calls(lambda: call(full_mask), part, 1)
            pre += time_calls(lambda: call(no_rows), part, 1)
        t_full, t_pre = float(np.median(full)), float(np.median(pre))
        cache_bytes = tree_bytes((holder["cache"].k, holder["cache"].v))
        fig = {"batch": b, "prompt": p, "new": n, "tokens_per_s": b * n / t_full, "call_s": t_full,
               "prefill_s": t_pre, "ms_per_step": 1e3 * (t_full - t_pre) / max(n - 1, 1),
               "first_call_s": first_s, "weight_gib_per_step": read / GiB,
               "kv_cache_gib": cache_bytes / GiB}
        note = "device bandwidth unknown: no limit"
        if spec is not None:
            fig["weight_read_limit_ms"] = 1e3 * read / spec["hbm_bytes_s"]
            fig["with_cache_limit_ms"] = 1e3 * (read + cache_bytes) / spec["hbm_bytes_s"]
            note = "limit = bytes read per step / memory bandwidth"
        if loop == "unrolled":
            reference = tokens
        else:
            # Random bf16 weights give near-tied logits, so a few tokens may differ.
            fig["tokens_agree"] = float(np.mean(tokens == reference))
        part.row(f"greedy b={b} {p}+{n} layer_loop={loop}", fig, None, note)


# --- PPO ---------------------------------------------------------------------------------------

def ppo(part: Part, shape: dict) -> None:
    """PPO iterations (rollout, scoring, update) with the policy's LoRA r=64 on q/v and a
    critic with its own LoRA; random prompts, a reward on token parity."""
    from align_jax.ppo.advantages import KLControl
    from align_jax.ppo.models import ActorCritic, init_trainable, trainable_axes
    from align_jax.ppo.step import PPOHyper, make_ppo_optimizer
    from align_jax.ppo.trainer import PPOTrainer, Schedule, initial_control
    from align_jax.sampling import Sampling
    from align_jax.train.optim import OptimConfig, schedule
    from align_jax.train.state import init_state

    config = model_config(shape)
    b, p, n = shape["batch"], shape["prompt"], shape["new"]
    params = random_params(config, jax.random.key(3))
    lora = lora_config(shape)
    ac = ActorCritic(lora, lora)
    actor, critic = OptimConfig(lr=5e-7), OptimConfig(lr=9e-6)
    tx = make_ppo_optimizer(actor, critic, 1000)
    state = init_state(init_trainable(config, ac, jax.random.key(0)), trainable_axes(ac), tx, 0)
    sched = Schedule(rollout_batch=b, rollout_micro=b, train_batch=b, train_micro=shape["micro"],
                     ppo_epochs=1, max_new_tokens=n, sampling=Sampling("sample", 1.0))
    kl = KLControl(0.1)
    trainer = PPOTrainer(config, params, ac, PPOHyper(chunk=min(512, p + n)), tx,
                         {"actor": schedule(actor, 1000)}, state, sched, seed=0, stop_ids=[],
                         pad_id=0, kl=kl)
    control = initial_control(kl)
    rng = np.random.default_rng(0)
    reward = lambda tokens, mask, rows: np.mean(np.asarray(tokens) % 2 == 0, axis=1).astype(np.float32)
    part.info(model=shape["model"], layers=config.num_layers, hidden=config.hidden_size,
              batch=b, prompt=p, new=n, micro=shape["micro"])
    last = None
    for it in range(shape["iterations"]):
        if last is not None and last > part.left():
            part.note(f"iteration {it} not run: ~{last:.0f}s needed, {part.left():.0f}s left")
            break
        prompts = [rng.integers(3, config.vocab_size, p).tolist() for _ in range(b)]
        t0 = time.perf_counter()
        state, control, m = trainer.iteration(state, control, prompts, reward, it)
        total = time.perf_counter() - t0
        part.row(f"iteration {it}" + (" (compiles)" if it == 0 else ""),
                 {"total_s": total, "rollout_s": m["rollout_s"], "score_s": m["score_s"],
                  "update_s": m["update_s"], "rollout_tokens_per_s": b * n / m["rollout_s"]},
                 bool(m["finite"]), "")
        last = total if it else None


# --- memory plan (host CPU) ------------------------------------------------------------------

def memory_plan(part: Part, shape: dict) -> None:
    """benchmarks/memory_plan.py's estimate for the SFT part's step on one device, by AOT
    compiling it for the CPU at batch 1 and 2 (run with JAX_PLATFORMS=cpu)."""
    from memory_plan import device_estimate, plan

    sft_shape = shape["sft"]
    remat = sft_shape.get("overrides", {}).get("remat_policy", "none")
    lora = lora_config(sft_shape)
    r1, r2 = (plan(sft_shape["model"], {"fsdp": 1}, 1, b, sft_shape["seq"], 1, remat, lora)
              for b in (1, 2))
    est = device_estimate(r1, r2)
    part.info(model=sft_shape["model"], remat=remat, seq=sft_shape["seq"],
              weights_gib=r1["weights_gib"], lora_opt_gib=r1["lora_opt_gib"],
              fixed_gib=est["fixed"], per_seq_gib=est["per_seq"], base_gib=est["base"],
              flops_per_token=r1["flops_global"] / sft_shape["seq"])
    part.row("plan", {"base_gib": est["base"], "per_seq_gib": est["per_seq"]}, None,
             "predicted(b) = base + b x per_seq")
