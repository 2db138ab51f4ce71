"""One GRPO iteration on a small Llama: align-jax vs TRL's GRPOTrainer (PEFT) vs Tunix's
GRPOLearner, side by side in one run, split by phase (rollout, scoring, update).

  .venv/bin/python benchmarks/bench_grpo.py --trl-python /tmp/trl_venv/bin/python \
      --tunix-python /tmp/tunix_venv/bin/python [--prompts 2] [--generations 4]
      [--prompt-len 32] [--new 32] [--runs 5] [--clock wall|cpu] [--torch-threads N]

Every system: Llama hidden 512, MLP 1408, 8 layers, 8 heads / 4 kv heads (head 64),
vocab 32000, fp32; LoRA r=16, alpha 32 on q/v; `--prompts` prompts of exactly
`--prompt-len` tokens (a tiny BPE tokenizer's ids of random word lists, the same texts
for all), `--generations` samples each, `--new` new tokens at temperature 1 with no stop
token (so every system generates the same number of tokens), β = 0.04 (so every system
runs a reference pass: the base with the adapter off), one optimizer pass per rollout
(no separate π_old pass), AdamW lr 1e-5. The weights are one random transformers model,
saved and loaded by align-jax and TRL; Tunix uses its own random init of the same shape
(timing only: with no stop token the work does not depend on the weights).

Phases:
- align-jax (GRPOTrainer.iteration): rollout = one jitted generate call for all P·G
  rows; scoring = sequences, the reference pass, rewards and advantages; update = the
  jitted update step(s). Also "β = 0": no reference pass at all; and "shared prompt"
  (GRPOHyper.shared_prompt): the reference pass and the update compute each group's
  prompt once and run the G answers on its repeated KV cache.
- TRL (benchmarks/bench_grpo_trl.py, in its own venv: `--trl-python`): rollout =
  `_generate`; scoring = the rest of `_generate_and_score_completions` (rewards,
  reference log-probs with the adapter disabled, advantages); update = the rest of the
  training step (forward/backward, optimizer).
- Tunix (benchmarks/bench_grpo_tunix.py, in its own venv: `--tunix-python`): rollout =
  `rl_cluster.generate`; scoring = `get_ref_per_token_logps` (+ old log-probs if any);
  update = `update_actor`; total = from one rollout's start to the next one's (so rewards,
  advantages and any bookkeeping count too).
Figures: medians over `--runs` iterations after one warm-up iteration (which compiles).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
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
WORDS = ("cat dog tree house river bread music light stone winter paper garden cloud "
         "window coffee summer forest table money ocean").split()
PHASES = ("total_s", "rollout_s", "score_s", "update_s")
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def build(folder: Path):
    """The random transformers model (saved), the tiny tokenizer (saved beside it)."""
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


def exact_prompts(tok, n: int, length: int, seed: int) -> list[str]:
    """n word-list texts that tokenize to exactly `length` tokens."""
    rng = np.random.default_rng(seed)
    out = []
    while len(out) < n:
        text = " ".join(rng.choice(WORDS, int(rng.integers(length // 3, length))))
        ids = tok(text)["input_ids"]
        if len(ids) >= length:
            text = tok.decode(ids[:length])
            if len(tok(text)["input_ids"]) == length:
                out.append(text)
    return out


def text_length(texts) -> list[float]:
    """The reward on every side (timing only): the decoded answer's length / 10. Most
    sampled ids lie outside the tiny tokenizer's 300 tokens and decode to nothing, so the
    rewards of a group differ in some groups and not in others."""
    return [len(t) / 10 for t in texts]


def bench_ours(folder: Path, tok, prompt_sets, args, beta: float, shared: bool = False) -> dict:
    from align_jax.grpo.trainer import GRPOSchedule, GRPOTrainer
    from align_jax.grpo.update import GRPOHyper, init_trainable, trainable_axes
    from align_jax.lora import LoraConfig
    from align_jax.models import from_hf
    from align_jax.sampling import Sampling
    from align_jax.train.optim import OptimConfig, make_optimizer
    from align_jax.train.state import init_state

    clock = CLOCKS[args.clock]
    config, params = from_hf(folder / "model", dtype=jnp.float32)
    lora = LoraConfig(rank=16, alpha=32.0, targets=("q_proj", "v_proj"))
    ocfg = OptimConfig(lr=1e-5, schedule="constant", warmup_ratio=0.0, max_grad_norm=1.0)
    tx = make_optimizer(ocfg, 1000)
    state = init_state(init_trainable(config, lora, jax.random.key(0)), trainable_axes(lora), tx, 0)
    rows = args.prompts * args.generations
    sched = GRPOSchedule(prompts=args.prompts, num_generations=args.generations,
                         updates_per_rollout=1, micro_batch=rows, max_new_tokens=args.new,
                         sampling=Sampling("sample", 1.0))
    hyper = GRPOHyper(beta=beta, pi_old="on_policy", chunk=args.new, shared_prompt=shared)
    trainer = GRPOTrainer(config, params, lora, hyper, tx, state, sched, seed=0, stop_ids=[],
                          pad_id=0)

    def reward(tokens, mask, rows_):
        return np.asarray(text_length(tok.batch_decode(tokens.tolist(), skip_special_tokens=True)), np.float32)

    phase: dict[str, float] = {}
    for name in ("rollout", "update"):
        fn = getattr(trainer, name)

        def wrapper(*a, _fn=fn, _name=name, **kw):
            t0 = clock()
            out = _fn(*a, **kw)
            phase[_name] = clock() - t0
            return out
        setattr(trainer, name, wrapper)

    out = []
    label = f"align-jax (beta {beta:g}{', shared prompt' if shared else ''})"
    for it, texts in enumerate(prompt_sets):
        ids = [tok(t)["input_ids"] for t in texts]
        assert all(len(x) == args.prompt_len for x in ids), [len(x) for x in ids]
        t0 = clock()
        state, m = trainer.iteration(state, ids, reward, it)
        total = clock() - t0
        row = {"total_s": total, "rollout_s": phase["rollout"], "update_s": phase["update"],
               "score_s": total - phase["rollout"] - phase["update"]}
        out.append(row)
        print(f"  {label} iteration {it}: {total:.2f}s (rollout {row['rollout_s']:.2f}, score "
              f"{row['score_s']:.2f}, update {row['update_s']:.2f})" + (" [warm-up]" if it == 0 else ""),
              flush=True)
    return {k: statistics.median(r[k] for r in out[1:]) for k in PHASES}


def run_peer(python: str, script: str, folder: Path, args) -> dict:
    cmd = [python, str(Path(__file__).with_name(script)), f"--folder={folder}",
           f"--prompts={args.prompts}", f"--generations={args.generations}", f"--new={args.new}",
           f"--prompt-len={args.prompt_len}", f"--runs={args.runs}", f"--clock={args.clock}"]
    if script.endswith("trl.py") and args.torch_threads:
        cmd.append(f"--torch-threads={args.torch_threads}")
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    result = None
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT "):])
        elif line.startswith("  "):
            print(line, flush=True)
    if proc.returncode != 0 or result is None:
        raise RuntimeError(f"{script} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--prompts", type=int, default=2)
    ap.add_argument("--generations", type=int, default=4)
    ap.add_argument("--prompt-len", type=int, default=32)
    ap.add_argument("--new", type=int, default=32)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--clock", choices=tuple(CLOCKS), default="wall")
    ap.add_argument("--torch-threads", type=int, default=0)
    ap.add_argument("--trl-python", default="", help="a Python with trl and peft (own venv)")
    ap.add_argument("--tunix-python", default="", help="a Python with google-tunix (own venv)")
    ap.add_argument("--skip-beta0", action="store_true", help="skip the align-jax beta = 0 run")
    ap.add_argument("--skip-shared", action="store_true",
                    help="skip the align-jax run with grpo.shared_prompt (each group's prompt once)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tok = build(folder)
        sets = [exact_prompts(tok, args.prompts, args.prompt_len, 100 + it) for it in range(args.runs + 1)]
        (folder / "prompts.json").write_text(json.dumps(sets))
        print(f"small Llama {CONFIG['hidden_size']}d x {CONFIG['num_hidden_layers']} layers, vocab "
              f"{CONFIG['vocab_size']}, LoRA r16 q/v; {args.prompts} prompts x {args.generations} "
              f"samples, {args.prompt_len}-token prompts, {args.new} new tokens, one optimizer pass; "
              f"{jax.devices()[0].platform}, {args.clock} clock", flush=True)
        results = {"align-jax GRPO (beta 0.04)": bench_ours(folder, tok, sets, args, 0.04)}
        if not args.skip_beta0:
            results["align-jax GRPO (beta 0, no reference pass)"] = bench_ours(folder, tok, sets, args, 0.0)
        if not args.skip_shared:
            results["align-jax GRPO (beta 0.04, shared prompt)"] = bench_ours(folder, tok, sets, args,
                                                                             0.04, shared=True)
        for flag, name, script in ((args.trl_python, "TRL GRPOTrainer + PEFT (beta 0.04)", "bench_grpo_trl.py"),
                                   (args.tunix_python, "Tunix GRPOLearner (beta 0.04)", "bench_grpo_tunix.py")):
            if flag:
                results[name] = run_peer(flag, script, folder, args)
            else:
                print(f"note: no --{script.split('_')[-1][:-3]}-python given: no {name.split()[0]} figures")
    print(f"\nmedian {args.clock} seconds per iteration (after one warm-up), {args.runs} iterations:")
    width = max(map(len, results))
    print(f"  {'system':<{width}} {'total':>7} {'rollout':>8} {'scoring':>8} {'update':>7}  align-jax x")
    base = results["align-jax GRPO (beta 0.04)"]["total_s"]
    for name, r in results.items():
        print(f"  {name:<{width}} {r['total_s']:7.2f} {r['rollout_s']:8.2f} {r['score_s']:8.2f} "
              f"{r['update_s']:7.2f}  {r['total_s'] / base:5.2f}")
    tokens = args.prompts * args.generations * args.new
    for name, r in results.items():
        print(f"  {name}: rollout {tokens / r['rollout_s']:,.0f} generated tokens/s")


if __name__ == "__main__":
    main()
