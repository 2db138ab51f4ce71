"""The PPO update: one jitted, sharded step per minibatch, with the state donated.

    L = (L_clip + c_v · L_V − c_H · Σ m·H) / Σ m        (losses.py; sums over the minibatch)

A minibatch arrives as [accum, micro, …]; micro-batches run in a `lax.scan` and their
gradient sums are divided once by the minibatch's token count. Gradients exist for the
trainable tree only (policy LoRA, critic LoRA, value head); the policy and the critic get
their own AdamW (and learning rate) through `make_ppo_optimizer`. LoRA dropout is off in
PPO (no dropout key): the rollout, the scoring pass and the update must see one policy.
"""

from __future__ import annotations

import dataclasses
from typing import Callable

import jax
import jax.numpy as jnp
import numpy as np
import optax

from align_jax.models.config import ModelConfig
from align_jax.models.decoder import Params
from align_jax.ppo import advantages as adv_lib
from align_jax.ppo.losses import policy_loss, value_loss
from align_jax.ppo.models import ActorCritic, critic_values, policy_lora, response_hidden
from align_jax.sharding import Sharder
from align_jax.train import optim
from align_jax.train.logprobs import chunked_logprobs
from align_jax.train.state import TrainState
from align_jax.train.update import accumulate, apply_if_finite, jit_update

UPDATE_KEYS = ("input_ids", "segment_ids", "positions", "tokens", "response_mask", "logp",
               "values", "advantages", "returns")


@dataclasses.dataclass(frozen=True)
class PPOHyper:
    """The static settings of the advantage computation and the update."""

    gamma: float = 1.0
    lam: float = 0.95
    clip_eps: float = 0.2
    value_clip: float = 0.2
    vf_coef: float = 1.0
    ent_coef: float = 0.0
    kl_estimator: str = "k1"
    whiten_advantages: bool = True
    chunk: int = 512


def make_ppo_optimizer(actor: optim.OptimConfig, critic: optim.OptimConfig,
                       total_steps: int) -> optax.GradientTransformation:
    """The SFT optimizer (clip → AdamW, LoRA+) separately for the policy and the critic."""
    # Each leaf's label is its top-level key (a tree map, so optax.tree_map_params can
    # trace it with a placeholder tree when it derives the optimizer-state shardings).
    labels = lambda tree: jax.tree_util.tree_map_with_path(lambda path, _: path[0].key, tree)
    return optax.multi_transform({"policy": optim.make_optimizer(actor, total_steps),
                                  "critic": optim.make_optimizer(critic, total_steps)}, labels)


def make_advantage_fn(hyper: PPOHyper):
    """Jitted (scores [B], logp, ref_logp, values, mask [B, N], kl_coef) ->
    {advantages, returns, kl (per token), rewards}; see advantages.py for the equations."""

    def fn(scores, logp, ref_logp, values, mask, kl_coef):
        kl = adv_lib.kl_penalty(logp, ref_logp, hyper.kl_estimator) * mask
        rewards = adv_lib.token_rewards(scores, kl, mask, kl_coef)
        advantages, returns = adv_lib.gae(rewards, values, mask, hyper.gamma, hyper.lam)
        if hyper.whiten_advantages:
            advantages = adv_lib.whiten(advantages, mask)
        return {"advantages": advantages, "returns": returns, "kl": kl, "rewards": rewards,
                "explained_variance": adv_lib.explained_variance(values, returns, mask)}

    return jax.jit(fn)


def make_ppo_update(model: ModelConfig, ac: ActorCritic, tx: optax.GradientTransformation,
                    lr_fns: dict[str, Callable], hyper: PPOHyper, *,
                    sharder: Sharder | None = None) -> Callable[[TrainState, Params, dict], tuple[TrainState, dict]]:
    """(state, base params, minibatch [accum, micro, …]) -> (state, metrics).

    A non-finite loss or gradient norm changes nothing but the RNG and `skipped`.
    """

    def loss_fn(trainable, params, mb, denom):
        mask = mb["response_mask"]
        h = response_hidden(model, params, policy_lora(ac, trainable), mb, sharder)
        logp, ent = chunked_logprobs(model, params, h, mb["tokens"], hyper.chunk, sharder,
                                     entropy=True)
        values = critic_values(model, params, ac, trainable, mb, h, sharder)
        pg, pg_stats = policy_loss(logp, mb["logp"], mb["advantages"], mask, hyper.clip_eps)
        vf, vf_stats = value_loss(values, mb["values"], mb["returns"], mask, hyper.value_clip)
        ent_sum = jnp.sum(mask * ent)
        total = (pg + hyper.vf_coef * vf - hyper.ent_coef * ent_sum) / denom
        sums = {"policy_loss": pg, "value_loss": vf, "entropy": ent_sum, **pg_stats, **vf_stats}
        return total, sums

    grad_fn = jax.value_and_grad(loss_fn, has_aux=True)

    def step(state: TrainState, params: Params, batch: dict):
        rng, _ = jax.random.split(state.rng)
        denom = jnp.maximum(jnp.sum(batch["response_mask"]), 1.0)
        micro = lambda trainable, mb: grad_fn(trainable, params, mb, denom)
        grads, (loss, sums) = accumulate(micro, state.trainable, batch)
        new, grad_norm, finite = apply_if_finite(state, grads, loss, tx, rng)
        metrics = {
            "loss": loss, "grad_norm": grad_norm, "finite": finite,
            "policy_grad_norm": optax.tree.norm(grads["policy"]),
            "critic_grad_norm": optax.tree.norm(grads["critic"]),
            "policy_loss": sums["policy_loss"] / denom, "value_loss": sums["value_loss"] / denom,
            "entropy": sums["entropy"] / denom, "approx_kl": sums["approx_kl"] / denom,
            "policy_clip_frac": sums["policy_clipped"] / denom,
            "value_clip_frac": sums["value_clipped"] / denom,
            **{f"lr_{k}": fn(state.step) for k, fn in lr_fns.items()},
        }
        return new, metrics

    return step


def jit_ppo_update(step, model: ModelConfig, state: TrainState, sharder: Sharder | None):
    """The update jitted with explicit in/out shardings and the state donated."""
    return jit_update(step, model, state, sharder, UPDATE_KEYS)


def minibatches(n_rows: int, batch: int, micro: int, seed: int, iteration: int, epoch: int):
    """Row indices [accum, micro] of each minibatch of one PPO epoch: a permutation that is
    a pure function of (seed, iteration, epoch); rows that do not fill a minibatch wait
    for the next epoch's permutation."""
    perm = np.random.default_rng([seed, iteration, epoch, 7]).permutation(n_rows)
    return [perm[i:i + batch].reshape(batch // micro, micro)
            for i in range(0, n_rows - batch + 1, batch)]
