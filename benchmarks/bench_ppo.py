"""One PPO iteration (rollout + scoring + update) on a small Llama, vs TRL's GRPOTrainer.

  .venv/bin/python benchmarks/bench_ppo.py [--batch 8] [--prompt 32] [--new 64] [--runs 3]
                                           [--torch-threads N] [--skip-trl]

A small random Llama (hidden 512, 8 layers, 8 heads, 4 kv heads, vocab 32000, fp32) is
built in transformers, saved, and loaded by align-jax, so both sides use the same weights
and the same prompts (a tiny BPE tokenizer's ids of random word lists, 16–48 tokens).
Each iteration samples `--new` tokens (temperature 1, no stop token) for `--batch`
prompts, with a LoRA r=16 on q/v, and takes one optimizer step.

The algorithms differ, so the work differs (say so when quoting figures):
- align-jax PPO, critic with its own LoRA: scoring = policy log-probs + reference log-probs
  (LoRA off) + critic values (LoRA r=16 + value head): 3 forward passes; update = policy and
  critic forward/backward (2).
- align-jax PPO, lora-samplerlp: as the first, with ppo.sampler_logprobs (log π_old from the
  sampler, no policy scoring pass): scoring is 2 forward passes.
- align-jax PPO, shared critic: the value head reads the policy's hidden states, so scoring
  is 2 forward passes (policy + reference) and the update 1 forward/backward.
- TRL 1.x GRPOTrainer (TRL no longer ships PPO), PEFT LoRA r=16 on q/v, beta=0.04 (so the
  reference log-probs are computed, adapter disabled), num_iterations=1 (no separate old
  log-probs pass), groups of 4 completions per prompt; no critic.
- Tunix 0.1.7 PPOLearner (benchmarks/bench_ppo_tunix.py, run from its own venv through
  `--tunix-python`; google-tunix pins other transformers/safetensors versions than this
  project): policy, reference and critic passes, policy and critic updates, as our "lora
  critic" variant, but with its own random init of the same shape.
Figures: median of `--runs` iterations after one warm-up iteration (which compiles), in
wall seconds or (--clock cpu) process CPU seconds.

Single-threaded CPU-time comparison (steady on a shared machine):
  XLA_FLAGS="--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1" \
    .venv/bin/python benchmarks/bench_ppo.py --torch-threads 1 --clock cpu \
    --tunix-python /tmp/tunix_venv/bin/python
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
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
clock = time.perf_counter  # set by --clock

WORDS = ("cat dog tree house river bread music light stone winter paper garden cloud "
         "window coffee summer forest table money ocean").split()


def build(folder: Path):
    import torch
    import transformers

    from align_jax.data.tiny_tokenizer import build_tiny_tokenizer

    torch.manual_seed(0)
    model = transformers.LlamaForCausalLM(transformers.LlamaConfig(**CONFIG)).eval()
    model.generation_config.eos_token_id = None
    model.generation_config.pad_token_id = 0
    model.save_pretrained(folder / "model")
    tok = build_tiny_tokenizer([" ".join(WORDS)] * 50, folder / "tokenizer", vocab_size=300)
    tok.save_pretrained(folder / "model")
    return tok


def prompts(tok, n: int, seed: int) -> list[str]:
    """Word lists whose token counts fall in 16–48 (plain text, no chat template)."""
    rng = np.random.default_rng(seed)
    out = []
    while len(out) < n:
        text = " ".join(rng.choice(WORDS, int(rng.integers(8, 24))))
        if 16 <= len(tok(text)["input_ids"]) <= 48:
            out.append(text)
    return out


def even_reward(token_rows):
    """The fraction of even token ids in each completion (same on both sides, on ids, so
    that ids outside the tiny tokenizer's vocabulary still score)."""
    return [float(np.mean(np.asarray(t) % 2 == 0)) for t in token_rows]


def bench_ours(folder: Path, tok, args, critic: str) -> dict:
    from align_jax.lora import LoraConfig
    from align_jax.models import from_hf
    from align_jax.ppo.advantages import KLControl
    from align_jax.ppo.models import ActorCritic, init_trainable, trainable_axes
    from align_jax.ppo.step import PPOHyper, make_ppo_optimizer
    from align_jax.ppo.trainer import PPOTrainer, Schedule, initial_control
    from align_jax.sampling import Sampling
    from align_jax.train.optim import OptimConfig, schedule
    from align_jax.train.state import init_state

    config, params = from_hf(folder / "model", dtype=jnp.float32)
    lora = LoraConfig(rank=16, alpha=32.0, targets=("q_proj", "v_proj"))
    ac = ActorCritic(lora, None if critic == "shared" else lora)
    ocfg = OptimConfig(lr=1e-5, schedule="constant", warmup_ratio=0.0)
    tx = make_ppo_optimizer(ocfg, ocfg, 1000)
    state = init_state(init_trainable(config, ac, jax.random.key(0)), trainable_axes(ac), tx, 0)
    sched = Schedule(rollout_batch=args.batch, rollout_micro=args.batch, train_batch=args.batch,
                     train_micro=args.batch, ppo_epochs=1, max_new_tokens=args.new,
                     sampling=Sampling("sample", 1.0), sampler_logprobs=critic == "lora-samplerlp")
    kl = KLControl(0.04)
    trainer = PPOTrainer(config, params, ac, PPOHyper(chunk=args.new), tx,
                         {"actor": schedule(ocfg, 1000)}, state, sched, seed=0, stop_ids=[],
                         pad_id=0, kl=kl)
    control = initial_control(kl)

    def reward(tokens, mask, rows):
        return np.asarray(even_reward(tokens), np.float32)

    phase: dict[str, float] = {}

    def timed(name):
        fn = getattr(trainer, name)

        def wrapper(*a, **kw):
            t0 = clock()
            out = fn(*a, **kw)
            phase[name] = clock() - t0
            return out
        setattr(trainer, name, wrapper)

    timed("rollout")
    timed("update")
    rows = []
    for it in range(args.runs + 1):
        ids = [tok(p)["input_ids"] for p in prompts(tok, args.batch, it)]
        t0 = clock()
        state, control, m = trainer.iteration(state, control, ids, reward, it)
        total = clock() - t0
        # Scoring = everything between the rollout and the update: the scoring pass,
        # rewards and advantages.
        m = {"total_s": total, "rollout_s": phase["rollout"], "update_s": phase["update"],
             "score_s": total - phase["rollout"] - phase["update"]}
        rows.append(m)
        print(f"  align-jax ({critic} critic) iteration {it}: {m['total_s']:.2f}s (rollout {m['rollout_s']:.2f}, "
              f"score {m['score_s']:.2f}, update {m['update_s']:.2f})"
              + (" [warm-up, compiles]" if it == 0 else ""), flush=True)
    return {k: statistics.median(r[k] for r in rows[1:])
            for k in ("total_s", "rollout_s", "score_s", "update_s")}


def bench_trl(folder: Path, tok, args) -> dict:
    import datasets
    import peft
    import torch
    import transformers
    from trl import GRPOConfig, GRPOTrainer

    if args.torch_threads:
        torch.set_num_threads(args.torch_threads)
    model = transformers.LlamaForCausalLM.from_pretrained(folder / "model", dtype=torch.float32)
    model.generation_config.eos_token_id = None
    group = 4
    n_prompts = args.batch // group
    data = datasets.Dataset.from_dict(
        {"prompt": [p for it in range(args.runs + 1) for p in prompts(tok, n_prompts, 100 + it)]})
    cfg = GRPOConfig(
        output_dir=str(folder / "trl"), per_device_train_batch_size=args.batch,
        num_generations=group, max_completion_length=args.new, learning_rate=1e-5, beta=0.04,
        num_iterations=1, temperature=1.0, max_steps=args.runs + 1, logging_steps=1,
        report_to=[], save_strategy="no", use_cpu=True, bf16=False, seed=0,
        dataloader_num_workers=0, disable_tqdm=True, gradient_checkpointing=False)
    trainer = GRPOTrainer(model=model, reward_funcs=lambda completions, completion_ids, **kw: even_reward(completion_ids),
                          args=cfg, train_dataset=data, processing_class=tok,
                          peft_config=peft.LoraConfig(r=16, lora_alpha=32, target_modules=["q_proj", "v_proj"],
                                                      task_type="CAUSAL_LM"))
    times = {"gen": [], "gen_score": [], "step": []}
    generate, gen_score = trainer._generate, trainer._generate_and_score_completions

    def timed(fn, key):
        def wrapper(*a, **kw):
            t0 = clock()
            out = fn(*a, **kw)
            times[key].append(clock() - t0)
            return out
        return wrapper

    trainer._generate = timed(generate, "gen")
    trainer._generate_and_score_completions = timed(gen_score, "gen_score")

    class StepTimer(transformers.TrainerCallback):
        def on_step_begin(self, *a, **kw):
            self.t0 = clock()

        def on_step_end(self, *a, **kw):
            times["step"].append(clock() - self.t0)

    trainer.add_callback(StepTimer())
    trainer.train()
    n = len(times["step"])
    for it in range(n):
        print(f"  TRL GRPO step {it}: {times['step'][it]:.2f}s (generate {times['gen'][it]:.2f}, "
              f"generate+score {times['gen_score'][it]:.2f})" + (" [warm-up]" if it == 0 else ""),
              flush=True)
    med = lambda xs: statistics.median(xs[1:])
    total, gen, gs = med(times["step"]), med(times["gen"]), med(times["gen_score"])
    return {"total_s": total, "rollout_s": gen, "score_s": gs - gen, "update_s": total - gs}


def bench_tunix(args) -> dict:
    import re
    import subprocess

    cmd = [args.tunix_python, str(Path(__file__).with_name("bench_ppo_tunix.py")),
           f"--batch={args.batch}", f"--new={args.new}", f"--runs={args.runs}", f"--clock={args.clock}"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    for line in out.stdout.splitlines():
        if line.startswith("  Tunix PPO iteration"):
            print(line, flush=True)
    m = re.search(r"Tunix PPO median: total ([\d.]+)  rollout ([\d.]+)  scoring ([\d.]+)  "
                  r"update ([\d.]+)", out.stdout)
    if not m:
        raise RuntimeError(f"the Tunix benchmark failed:\n{out.stderr[-3000:]}")
    return dict(zip(("total_s", "rollout_s", "score_s", "update_s"), map(float, m.groups())))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--new", type=int, default=64)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--torch-threads", type=int, default=0)
    ap.add_argument("--skip-trl", action="store_true")
    ap.add_argument("--clock", choices=tuple(CLOCKS), default="wall",
                    help="wall: elapsed seconds; cpu: this process's CPU seconds (all threads), "
                         "steadier on a machine shared with other jobs; use it with one thread "
                         "per side (--torch-threads 1 and XLA_FLAGS='--xla_cpu_multi_thread_eigen="
                         "false intra_op_parallelism_threads=1'), or spinning threads count too")
    ap.add_argument("--tunix-python", default="",
                    help="a Python with google-tunix installed: runs bench_ppo_tunix.py with it")
    ap.add_argument("--critic", nargs="+", default=["lora", "lora-samplerlp", "shared"],
                    choices=["lora", "lora-samplerlp", "shared"],
                    help="align-jax variants: critic with its own LoRA; the same with the "
                         "sampler's log-probs as log π_old (ppo.sampler_logprobs); a shared backbone")
    args = ap.parse_args()
    global clock
    clock = CLOCKS[args.clock]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tok = build(folder)
        print(f"small Llama {CONFIG['hidden_size']}d x {CONFIG['num_hidden_layers']} layers, vocab "
              f"{CONFIG['vocab_size']}; batch {args.batch}, prompts 16-48 tokens, {args.new} new "
              f"tokens; {jax.devices()[0].platform}", flush=True)
        results = {f"align-jax PPO ({c} critic)": bench_ours(folder, tok, args, c)
                   for c in args.critic}
        if not args.skip_trl:
            try:
                results["TRL GRPO (PEFT)"] = bench_trl(folder, tok, args)
            except ImportError as e:
                print(f"  TRL not available ({e}); skipped")
    if args.tunix_python:
        results["Tunix PPO"] = bench_tunix(args)
    else:
        print("note: no --tunix-python given: no Tunix figures")
    print(f"\nmedian {args.clock} seconds per iteration (after warm-up), {args.runs} runs:")
    width = max(map(len, results))
    print(f"  {'system':<{width}} {'total':>8} {'rollout':>8} {'scoring':>8} {'update':>8}")
    first = next(iter(results))
    base = results[first]["total_s"]
    for name, r in results.items():
        print(f"  {name:<{width}} {r['total_s']:8.2f} {r['rollout_s']:8.2f} {r['score_s']:8.2f} "
              f"{r['update_s']:8.2f}   x{r['total_s'] / base:.2f} vs {first}")
    tokens = args.batch * args.new
    for name, r in results.items():
        print(f"  {name}: rollout {tokens / r['rollout_s']:,.0f} generated tokens/s")


if __name__ == "__main__":
    main()
