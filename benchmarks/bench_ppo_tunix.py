"""Tunix's PPO learner on the small Llama of bench_ppo.py, one iteration split like ours.

Tunix pins other transformers/safetensors versions than this project, so it runs from
its own virtual environment (same jax 0.10.2 / flax 0.12.8 as ours):

  python3 -m venv /tmp/tunix_venv && /tmp/tunix_venv/bin/pip install google-tunix 'jax[cpu]'
  /tmp/tunix_venv/bin/python benchmarks/bench_ppo_tunix.py [--batch 8] [--new 64] [--runs 3]

Same shape (hidden 512, 8 layers, 8 heads, 4 kv heads, MLP 1408, vocab 32000, fp32), same
batch, prompt lengths (16–48 tokens of the same tiny tokenizer) and generation length as
bench_ppo.py; random weights (Tunix's own init: timing only). LoRA r=16/alpha=32 on q/v
via qwix; the critic is Tunix's `create_critic_model` of the base (a copy + value head)
with its own qwix LoRA, the reference is the base model (a shim drops the `segment_ids` argument that Tunix
0.1.7's critic scoring passes but its own Llama3 does not accept): the same work as align-jax's "lora critic"
variant (policy, reference and critic passes; policy and critic updates), one PPO epoch,
one minibatch, beta 0.04, temperature 1. The split comes from timing Tunix's own calls:
rollout = rl_cluster.generate; scoring = reference / old / value passes and rewards;
update = update_actor + update_critic. Figures: medians over iterations after the first.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import jax  # noqa: E402
import numpy as np  # noqa: E402


def _drop_segment_ids(self, input_tokens, positions, cache, attention_mask, segment_ids=None):
    from tunix.models.llama3 import model as llama3

    return llama3.Llama3.__call__(self, input_tokens, positions, cache, attention_mask)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--new", type=int, default=64)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    args = ap.parse_args()
    clock = time.perf_counter if args.clock == "wall" else time.process_time

    import optax
    import qwix
    from flax import nnx
    from grain import python as grain
    from tunix.models.llama3 import model as llama3
    from tunix.rl import rl_cluster as rl_cluster_lib
    from tunix.rl import utils
    from tunix.rl.ppo import ppo_learner as ppo_lib
    from tunix.rl.rollout import base_rollout

    from align_jax.data.tiny_tokenizer import build_tiny_tokenizer
    from bench_ppo import WORDS, prompts

    tmp = tempfile.mkdtemp()
    tok = build_tiny_tokenizer([" ".join(WORDS)] * 50, Path(tmp) / "tokenizer", vocab_size=300)
    cfg = llama3.ModelConfig(num_layers=8, vocab_size=32000, embed_dim=512, hidden_dim=1408,
                             num_heads=8, head_dim=64, num_kv_heads=4, rope_theta=500_000,
                             norm_eps=1e-5)
    mesh = jax.make_mesh((1, 1), ("fsdp", "tp"), axis_types=(jax.sharding.AxisType.Auto,) * 2)
    with mesh:
        base = llama3.Llama3(cfg, rngs=nnx.Rngs(0))
        provider = qwix.LoraProvider(module_path=".*q_proj|.*v_proj", rank=16, alpha=32.0)
        actor = qwix.apply_lora_to_model(base, provider, **base.get_model_input())
        # The critic: a copy of the base with a value head, then its own LoRA. (Tunix's
        # create_critic_model of the LoRA actor fails in qwix: the new head has no qwix_path.)
        critic = utils.create_critic_model(base)
        # Tunix 0.1.7's compute_score passes segment_ids, which its own Llama3.__call__ does
        # not take: without this shim its PPO critic fails on a Llama3 model.
        critic.__class__ = type("CriticLlama3", (type(critic),), {"__call__": _drop_segment_ids})
        critic = qwix.apply_lora_to_model(critic, provider, **base.get_model_input())

    rollout_cfg = base_rollout.RolloutConfig(
        max_tokens_to_generate=args.new, max_prompt_length=64, kv_cache_size=64 + args.new + 8,
        temperature=1.0, top_p=1.0, top_k=None, eos_tokens=[-1])
    cluster_cfg = rl_cluster_lib.ClusterConfig(
        role_to_mesh={r: mesh for r in (rl_cluster_lib.Role.ACTOR, rl_cluster_lib.Role.CRITIC,
                                        rl_cluster_lib.Role.REFERENCE, rl_cluster_lib.Role.ROLLOUT)},
        rollout_engine="vanilla", offload_to_cpu=False,
        training_config=rl_cluster_lib.RLTrainingConfig(
            actor_optimizer=optax.adamw(1e-5), critic_optimizer=optax.adamw(1e-5),
            eval_every_n_steps=10_000, max_steps=args.runs + 1,
            mini_batch_size=args.batch, train_micro_batch_size=args.batch),
        rollout_config=rollout_cfg)
    cluster = rl_cluster_lib.RLCluster(actor=actor, critic=critic, reference=base, tokenizer=tok,
                                       cluster_config=cluster_cfg)

    def reward(prompts, completions, **kw):
        return [sum(c in "aeiou" for c in t) / max(len(t), 1) for t in completions]

    learner = ppo_lib.PPOLearner(rl_cluster=cluster, reward_fns=[reward],
                                 ppo_config=ppo_lib.PPOConfig(num_iterations=1, beta=0.04))
    times: dict[str, list[float]] = defaultdict(list)

    def timed(obj, name, key):
        fn = getattr(obj, name)

        def wrapper(*a, **kw):
            t0 = clock()
            out = fn(*a, **kw)
            jax.block_until_ready(jax.tree.leaves(out) if out is not None else [])
            times[key].append(clock() - t0)
            return out
        setattr(obj, name, wrapper)

    timed(cluster, "generate", "rollout")
    for name in ("get_ref_per_token_logps", "get_old_per_token_logps", "get_values"):
        timed(cluster, name, name)
    timed(cluster, "update_actor", "update_actor")
    timed(cluster, "update_critic", "update_critic")

    data = [p for it in range(args.runs + 2) for p in prompts(tok, args.batch, it)]
    ds = grain.MapDataset.source(data).batch(args.batch).map(lambda x: {"prompts": x})
    t0 = time.perf_counter()
    learner.train(ds)
    wall = time.perf_counter() - t0
    n = len(times["rollout"])
    score = [sum(times[k][i] for k in ("get_ref_per_token_logps", "get_old_per_token_logps",
                                       "get_values") if len(times[k]) > i) for i in range(n)]
    update = [times["update_actor"][i] + times["update_critic"][i]
              for i in range(min(len(times["update_actor"]), len(times["update_critic"])))]
    for i in range(n):
        u = update[i] if i < len(update) else float("nan")
        print(f"  Tunix PPO iteration {i}: rollout {times['rollout'][i]:.2f}, scoring {score[i]:.2f}, "
              f"update {u:.2f}" + (" [warm-up, compiles]" if i == 0 else ""), flush=True)
    med = lambda xs: statistics.median(xs[1:]) if len(xs) > 1 else float("nan")
    r, s, u = med(times["rollout"]), med(score), med(update)
    print(f"train() wall {wall:.1f}s for {n} iterations")
    print(f"Tunix PPO median: total {r + s + u:.2f}  rollout {r:.2f}  scoring {s:.2f}  update {u:.2f}  "
          f"({args.batch * args.new / r:,.0f} generated tokens/s)")


if __name__ == "__main__":
    main()
