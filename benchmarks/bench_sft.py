"""LoRA SFT training throughput: align-jax vs transformers + PEFT (PyTorch), side by side.

Same model shape (Llama, hidden 512, 8 layers, vocab 32k), same LoRA (r=16 on q/v), same
batch (8 x 256 tokens, loss on the second half of each row), AdamW, fp32 on this CPU.
Prints median tokens/s of each and the ratio, and the compiled step's memory. align-jax
runs twice: computing every token's logits (the PyTorch loop's work) and, as its SFT loop
does by default (train.loss_budget), only the loss tokens' logits; both give the same loss.

    .venv/bin/python benchmarks/bench_sft.py [--steps 8 --batch 8 --seq 256]

`--loop` also runs the whole SFT loop (train/engine.py with train/sft_loop.py: packing the
demo fixture into rows of the same shape, placing them, metrics.jsonl, the console line and
the checkpoint cadence of configs/demo.py: log every 40 steps, evaluation every 120, saves
every 480) on the same model, LoRA and optimizer, every token's logits, and prints its
tokens/s (row slots, b x t per step, as for the bare step) beside the bare jitted step's:
steps 2 to 40 of the loop (step 1 compiles), ended by the step-40 log line.

    .venv/bin/python benchmarks/bench_sft.py --loop --no-peft

Tunix (google-tunix 0.1.7, its PeftTrainer with qwix LoRA on its own Llama3 of the same
shape) is measured with `--tunix-python PATH`, a Python of a separate venv with google-tunix
(it pins other transformers versions than ours): benchmarks/bench_sft_tunix.py runs there as
a subprocess and its JSON result joins the table. Without the flag it says so.

    .venv/bin/python benchmarks/bench_sft.py --tunix-python /tmp/ppo/tunix_venv/bin/python
"""

from __future__ import annotations

import argparse
import os
import tempfile

import numpy as np

from common import SMALL_LLAMA, median, report


def bench_tunix(args) -> dict:
    """Runs bench_sft_tunix.py with `args.tunix_python`; returns its JSON result."""
    import json
    import subprocess
    from pathlib import Path

    cmd = [args.tunix_python, str(Path(__file__).with_name("bench_sft_tunix.py")),
           f"--steps={args.steps}", f"--batch={args.batch}", f"--seq={args.seq}", f"--rank={args.rank}"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    for line in out.stdout.splitlines():
        if line.startswith("  Tunix PeftTrainer step"):
            print(line, flush=True)
        if line.startswith("TUNIX_JSON "):
            return json.loads(line[len("TUNIX_JSON "):])
    raise RuntimeError(f"the Tunix benchmark failed (rc {out.returncode}):\n{out.stderr[-3000:]}")


LOOP_STEPS = 39  # the loop's window: steps 2..40, closed by the step-40 log line


def bench_loop(hf_dir: str, args) -> float:
    """Tokens/s (row slots) of the SFT loop, steps 2..40 in steady state (see the docstring)."""
    import sys
    import time
    from pathlib import Path

    import jax

    import importlib.util

    # configs/demo.py imports configs/common.py as `common`, a name benchmarks/common.py holds.
    ours = sys.modules.pop("common")
    path = Path(__file__).resolve().parents[1] / "configs" / "demo.py"
    spec = importlib.util.spec_from_file_location("demo_config", path)
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    sys.modules["common"] = ours

    from align_jax.train import engine, sft_loop
    from align_jax.train.run_folder import RunFolder

    c = demo.get_config()
    c.model.preset, c.model.hf_path, c.model.dtype = "", hf_dir, "float32"
    c.lora.rank, c.lora.alpha, c.lora.targets = args.rank, 2.0 * args.rank, ("q_proj", "v_proj")
    c.data.seq_len, c.data.target_examples, c.data.val_examples = args.seq, 2000, 16
    c.train.global_batch, c.train.grad_accum = args.batch, 1
    c.train.loss_chunk, c.train.loss_budget = args.seq, 0
    c.train.lr, c.train.schedule, c.train.warmup_ratio, c.train.loraplus_ratio = 1e-4, "constant", 0.0, 1.0
    c.train.max_steps, c.train.tensorboard = 41, False
    first, last = 1, 1 + LOOP_STEPS   # steps done when the window opens and when it closes
    marks = {}

    class Timed(sft_loop.SFT):
        def update(self, state, batch, step):
            if step == first:
                marks["t0"] = time.perf_counter()
            out = super().update(state, batch, step)
            if step == first - 1:  # the compiling step, finished before the window opens
                jax.block_until_ready(out)
            return out

        def console(self, log, step, metrics):
            super().console(log, step, metrics)
            if step == last:
                marks["t1"] = time.perf_counter()

    with tempfile.TemporaryDirectory() as work:
        with RunFolder(c, Path(work) / "run") as run:
            engine.train(Timed(c, run), run, c.train)
    return (last - first) * args.batch * args.seq / (marks["t1"] - marks["t0"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=8)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--seq", type=int, default=256)
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--loop", action="store_true", help="also the whole SFT loop (see above)")
    ap.add_argument("--no-peft", action="store_true", help="skip transformers+PEFT")
    ap.add_argument("--tunix-python", default="",
                    help="a Python with google-tunix installed: runs bench_sft_tunix.py with it")
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
    hf_dir = tempfile.TemporaryDirectory()
    base.save_pretrained(hf_dir.name)
    config, params = from_hf(hf_dir.name, dtype=jnp.float32)

    # align-jax: one jitted step (forward, backward, AdamW), state donated.
    lc = LoraConfig(rank=args.rank, alpha=2.0 * args.rank, targets=("q_proj", "v_proj"))
    ocfg = optim.OptimConfig(lr=1e-4, schedule="constant", warmup_ratio=0.0)
    tx = optim.make_optimizer(ocfg, 1000)
    batch = {"input_ids": jnp.asarray(ids)[None], "segment_ids": jnp.ones((1, b, t), jnp.int32),
             "positions": jnp.broadcast_to(jnp.arange(t, dtype=jnp.int32), (1, b, t)),
             "loss_mask": jnp.asarray(mask)[None]}

    def run_ours(budget: int) -> tuple[float, float, object]:
        """(tokens/s, last loss, memory analysis) of the jitted step with this loss budget."""
        state = init_state(init_lora(config, lc, jax.random.key(0)), lora_axes(lc), tx, 0)
        make = lambda: make_sft_step(config, lc, tx, optim.schedule(ocfg, 1000), chunk=t,
                                     loss_budget=budget)
        mem = jax.jit(make()).lower(state, params, batch).compile().memory_analysis()
        step = jax.jit(make(), donate_argnums=(0,))
        times = []
        for i in range(args.steps + 1):
            t0 = time.perf_counter()
            state, m = step(state, params, batch)
            jax.block_until_ready(m["loss"])
            if i:
                times.append(time.perf_counter() - t0)
        return tokens / median(times), float(m["loss"]), mem

    def run_back_to_back(n: int) -> float:
        """Tokens/s of n steps dispatched back to back and waited for once (as the loop runs
        them between two log lines), every token's logits."""
        state = init_state(init_lora(config, lc, jax.random.key(0)), lora_axes(lc), tx, 0)
        step = jax.jit(make_sft_step(config, lc, tx, optim.schedule(ocfg, 1000), chunk=t),
                       donate_argnums=(0,))
        state, m = step(state, params, batch)
        jax.block_until_ready(m["loss"])
        t0 = time.perf_counter()
        for _ in range(n):
            state, m = step(state, params, batch)
        jax.block_until_ready(m["loss"])
        return n * tokens / (time.perf_counter() - t0)

    # Every token's logits (the same work as the PyTorch loop), and the loop's default: logits
    # only for each row's loss tokens (here the second half; train.loss_budget = -1).
    ours_all, loss_all, mem = run_ours(0)
    ours_budget, loss_budget, _ = run_ours(t // 2)

    rows = {}
    if not args.no_peft:
        # transformers + PEFT: a plain training loop, the same loss (response-token mean CE).
        peft_model = get_peft_model(base, PeftLoraConfig(r=args.rank, lora_alpha=2 * args.rank,
                                                         target_modules=["q_proj", "v_proj"], lora_dropout=0.0))
        peft_model.train()
        opt = torch.optim.AdamW([p for p in peft_model.parameters() if p.requires_grad], lr=1e-4)
        tid = torch.as_tensor(ids, dtype=torch.long)
        labels = tid.clone()
        labels[torch.as_tensor(mask) == 0] = -100
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
    rows["align-jax (jit step, logits of every token)"] = ours_all
    rows[f"align-jax (jit step, logits of the {t // 2} loss tokens per row)"] = ours_budget
    if args.loop:
        rows["align-jax SFT loop (packing, placement, logs, checkpoints; every token)"] = bench_loop(
            hf_dir.name, args)
        rows[f"align-jax jit step, {LOOP_STEPS} steps back to back (every token)"] = run_back_to_back(
            LOOP_STEPS)
    if args.tunix_python:
        tx_res = bench_tunix(args)
        rows["Tunix PeftTrainer (train loop)"] = tx_res["tokens_per_s"]
        rows["Tunix jitted step (called directly)"] = tx_res["direct_tokens_per_s"]
    else:
        print("tunix: no --tunix-python given (a venv with google-tunix); not measured")
    print(f"LoRA SFT step, Llama hidden {SMALL_LLAMA['hidden_size']}, {SMALL_LLAMA['num_hidden_layers']} "
          f"layers, vocab {SMALL_LLAMA['vocab_size']}, r={args.rank} on q/v, batch {b} x {t}, fp32, "
          f"median of {args.steps} steps:")
    report(rows, "tokens/s", "align-jax (jit step, logits of every token)" if args.no_peft
           else "transformers+PEFT (sdpa)")
    if args.loop:
        loop = rows["align-jax SFT loop (packing, placement, logs, checkpoints; every token)"]
        bare = rows[f"align-jax jit step, {LOOP_STEPS} steps back to back (every token)"]
        print(f"SFT loop / bare jitted step (every token's logits): {loop / bare:.3f} against the "
              f"same {LOOP_STEPS} steps back to back, {loop / ours_all:.3f} against the median "
              f"step (the loop must keep >= 0.97)")
    if args.tunix_python:
        print(f"Tunix: {tx_res['lora_params']:,} LoRA params, {tx_res['dtype']} on {tx_res['platform']}; "
              f"warm-up steps {', '.join(f'{x:.1f}s' for x in tx_res['warmup_step_s'])} (its step "
              f"compiles twice); median step {tx_res['step_s']:.3f}s in the trainer loop, "
              f"{tx_res['direct_step_s']:.3f}s called directly")
    print(f"align-jax losses after {args.steps + 1} steps: {loss_all:.6f} (every token), "
          f"{loss_budget:.6f} (loss tokens only)")
    print(f"align-jax compiled step memory: arguments {mem.argument_size_in_bytes / 2**20:.1f} MiB, "
          f"outputs {mem.output_size_in_bytes / 2**20:.1f} MiB, temporaries {mem.temp_size_in_bytes / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
