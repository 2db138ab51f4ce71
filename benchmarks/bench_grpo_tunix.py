"""Tunix's GRPOLearner on the small Llama of bench_grpo.py, one iteration split like ours.

Tunix pins other transformers/safetensors versions than this project, so it runs from
its own virtual environment:

  python3 -m venv /tmp/tunix_venv && /tmp/tunix_venv/bin/pip install google-tunix 'jax[cpu]==0.10.2'
  (called by bench_grpo.py --tunix-python /tmp/tunix_venv/bin/python)

Same shape (hidden 512, 8 layers, 8 heads, 4 kv heads, MLP 1408, vocab 32000, fp32), the
prompt texts and tokenizer bench_grpo.py saved in --folder, the same group size and
generation length; random weights (Tunix's own init: timing only). LoRA r=16/alpha 32 on
q/v via qwix; the reference is the base model; GRPOConfig(num_generations=G,
num_iterations=1, beta=0.04), one mini-batch (all prompts) per step, temperature 1, no
stop token. The split times Tunix's own calls: rollout = rl_cluster.generate; scoring =
get_ref_per_token_logps (+ get_old_per_token_logps); update = update_actor; total = from
one rollout's start to the next (the last: to the end of train()). Prints one
`RESULT {json}` line with the medians after the first (warm-up) iteration.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from pathlib import Path

import jax


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folder", required=True)
    ap.add_argument("--prompts", type=int, default=2)
    ap.add_argument("--generations", type=int, default=4)
    ap.add_argument("--prompt-len", type=int, default=32)
    ap.add_argument("--new", type=int, default=32)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    args = ap.parse_args()
    clock = time.perf_counter if args.clock == "wall" else time.process_time

    import optax
    import qwix
    import transformers
    from flax import nnx
    from grain import python as grain
    from tunix.models.llama3 import model as llama3
    from tunix.rl import rl_cluster as rl_cluster_lib
    from tunix.rl.grpo import grpo_learner
    from tunix.rl.rollout import base_rollout

    folder = Path(args.folder)
    tok = transformers.AutoTokenizer.from_pretrained(folder / "model")
    sets = json.loads((folder / "prompts.json").read_text())
    assert all(len(tok(t)["input_ids"]) == args.prompt_len for s in sets for t in s)
    cfg = llama3.ModelConfig(num_layers=8, vocab_size=32000, embed_dim=512, hidden_dim=1408,
                             num_heads=8, head_dim=64, num_kv_heads=4, rope_theta=500_000,
                             norm_eps=1e-5)
    mesh = jax.make_mesh((1, 1), ("fsdp", "tp"), axis_types=(jax.sharding.AxisType.Auto,) * 2)
    with mesh:
        base = llama3.Llama3(cfg, rngs=nnx.Rngs(0))
        provider = qwix.LoraProvider(module_path=".*q_proj|.*v_proj", rank=16, alpha=32.0)
        actor = qwix.apply_lora_to_model(base, provider, **base.get_model_input())

    rollout_cfg = base_rollout.RolloutConfig(
        max_tokens_to_generate=args.new, max_prompt_length=args.prompt_len,
        kv_cache_size=max(64, 2 * args.prompt_len) + args.new + 8, temperature=1.0, top_p=1.0, top_k=None,
        eos_tokens=[-1])
    cluster_cfg = rl_cluster_lib.ClusterConfig(
        role_to_mesh={r: mesh for r in (rl_cluster_lib.Role.ACTOR, rl_cluster_lib.Role.REFERENCE,
                                        rl_cluster_lib.Role.ROLLOUT)},
        rollout_engine="vanilla", offload_to_cpu=False,
        training_config=rl_cluster_lib.RLTrainingConfig(
            actor_optimizer=optax.adamw(1e-5), eval_every_n_steps=10_000, max_steps=len(sets),
            mini_batch_size=args.prompts, train_micro_batch_size=args.prompts),
        rollout_config=rollout_cfg)
    cluster = rl_cluster_lib.RLCluster(actor=actor, reference=base, tokenizer=tok,
                                       cluster_config=cluster_cfg)

    def reward(prompts, completions, **kw):
        return [len(t) / 10 for t in completions]  # bench_grpo.text_length

    learner = grpo_learner.GRPOLearner(
        rl_cluster=cluster, reward_fns=[reward],
        algo_config=grpo_learner.GRPOConfig(num_generations=args.generations, num_iterations=1,
                                            beta=0.04))
    times: dict[str, list[float]] = defaultdict(list)
    starts: list[float] = []

    def timed(obj, name, key):
        fn = getattr(obj, name)

        def wrapper(*a, **kw):
            t0 = clock()
            if key == "rollout":
                starts.append(t0)
            out = fn(*a, **kw)
            jax.block_until_ready(jax.tree.leaves(out) if out is not None else [])
            times[key].append(clock() - t0)
            return out
        setattr(obj, name, wrapper)

    timed(cluster, "generate", "rollout")
    for name in ("get_ref_per_token_logps", "get_old_per_token_logps"):
        timed(cluster, name, name)
    timed(cluster, "update_actor", "update")

    ds = grain.MapDataset.source([t for s in sets for t in s]).batch(args.prompts).map(
        lambda x: {"prompts": x})
    learner.train(ds)
    end = clock()
    n = len(times["rollout"])
    totals = [(starts[i + 1] if i + 1 < n else end) - starts[i] for i in range(n)]
    score = [sum(times[k][i] for k in ("get_ref_per_token_logps", "get_old_per_token_logps")
                 if len(times[k]) > i) for i in range(n)]
    for i in range(n):
        u = times["update"][i] if i < len(times["update"]) else float("nan")
        print(f"  Tunix GRPO iteration {i}: {totals[i]:.2f}s (rollout {times['rollout'][i]:.2f}, "
              f"scoring {score[i]:.2f}, update {u:.2f})" + (" [warm-up]" if i == 0 else ""), flush=True)
    med = lambda xs: statistics.median(xs[1:])
    print("RESULT " + json.dumps({"total_s": med(totals), "rollout_s": med(times["rollout"]),
                                  "score_s": med(score), "update_s": med(times["update"])}))


if __name__ == "__main__":
    main()
