"""The GRPO scoring pass and update step: jitted, micro-batched, with the state donated.

Trainable tree: {"policy": LoRA} (fp32), no critic. The reference policy is the base with
the LoRA off (`lora=None`), never a second model. Which passes exist is static, decided
by `GRPOHyper` when the functions are built:

    scoring pass:  log π_ref   only if β > 0
                   log π_old   only if pi_old = "score"
    update step:   one policy forward/backward per micro-batch

So with β = 0 and π_old from the sampler (or on-policy), there is no scoring program at
all, and the update's program holds no reference forward.

π_old: "score" (a teacher-forced pass after the rollout), "sampler" (the sampler's own
log-probs, free; exact in fp32, rounded differently in bf16), or "on_policy": the update
takes stop_gradient(log π_θ) as log π_old, exact when each rollout gets one optimizer
step (updates_per_rollout = 1): then π_θ = π_old, ρ = 1 and ∇L = −Σ w·A·∇log π_θ.
"""

from __future__ import annotations

import dataclasses
from typing import Callable

import jax
import jax.numpy as jnp
import optax

from align_jax.errors import AlignJaxError
from align_jax.grpo.objective import (AGGREGATIONS, SCALES, clipped_objective, k3_kl,
                                      loss_weights)
from align_jax.grpo.shared_prompt import group_response_hidden
from align_jax.lora import LoraConfig, bind, lora_axes
from align_jax.models.config import ModelConfig
from align_jax.models.decoder import Params, param_axes
from align_jax.ppo import models as ppo_models
from align_jax.sharding import Sharder, as_sharder
from align_jax.train.logprobs import chunked_logprobs
from align_jax.train.state import TrainState
from align_jax.train import update as shared_update

PI_OLD = ("on_policy", "sampler", "score")
SEQ_KEYS = ("input_ids", "segment_ids", "positions", "tokens", "response_mask")


@dataclasses.dataclass(frozen=True)
class GRPOHyper:
    """Static settings of the objective (a change compiles new programs).

    loss_aggregation defaults to "token" (DAPO): every generated token weighs the same, so
    a long wrong answer is not penalised less per token than a short one (GRPO's per-
    sequence mean is), and, unlike Dr. GRPO's constant, the gradient's scale does not
    shrink with the generation budget (ALIGN answers are short lists, far below a budget
    of 1,024 tokens), so a learning rate carries over between configs.
    """

    eps_low: float = 0.2
    eps_high: float = 0.2  # DAPO's clip-higher uses 0.28
    beta: float = 0.04  # 0 skips the reference pass entirely
    scale_rewards: str = "group"
    loss_aggregation: str = "token"
    max_new_tokens: int = 0  # L of the "constant" aggregation (0: the rollout's N)
    mask_truncated: bool = False
    pi_old: str = "on_policy"
    chunk: int = 512  # sequence chunk of the fp32 logits (train/logprobs.chunked_logprobs)
    # Teacher-forced passes compute each group's prompt once (shared_prompt.py): exact,
    # less work, but without remat; needs micro-batches of whole groups.
    shared_prompt: bool = False

    def validate(self, updates_per_rollout: int = 1) -> None:
        for name, value, choices in (("scale_rewards", self.scale_rewards, SCALES),
                                     ("loss_aggregation", self.loss_aggregation, AGGREGATIONS),
                                     ("pi_old", self.pi_old, PI_OLD)):
            if value not in choices:
                raise AlignJaxError(f"config grpo.{name}={value!r}; choose one of {', '.join(choices)}")
        if self.eps_low < 0 or self.eps_high < 0 or self.beta < 0:
            raise AlignJaxError("config grpo.eps_low, eps_high and beta must be >= 0")
        if self.pi_old == "on_policy" and updates_per_rollout > 1:
            raise AlignJaxError(f"config grpo.pi_old='on_policy' is exact only with one update per "
                                f"rollout, not grpo.updates_per_rollout={updates_per_rollout}; "
                                "choose 'sampler' or 'score'")

    @property
    def needs_reference(self) -> bool:
        return self.beta > 0

    @property
    def score_keys(self) -> tuple[str, ...]:
        return (("old_logp",) if self.pi_old == "score" else ()) + (
            ("ref_logp",) if self.needs_reference else ())

    def update_keys(self) -> tuple[str, ...]:
        old = () if self.pi_old == "on_policy" else ("old_logp",)
        return SEQ_KEYS + ("weights", "advantages") + old + (("ref_logp",) if self.needs_reference else ())


def init_trainable(model: ModelConfig, policy: LoraConfig, key: jax.Array, weights=None) -> dict:
    """{"policy": LoRA} in fp32: fresh (B = 0, so the policy starts as the reference) or
    `weights` (e.g. an imported SFT adapter)."""
    from align_jax.lora import init_lora

    w = weights if weights is not None else init_lora(model, policy, key)
    return {"policy": jax.tree.map(lambda x: jnp.asarray(x, jnp.float32), w)}


def trainable_axes(policy: LoraConfig) -> dict:
    return {"policy": lora_axes(policy)}


def response_logprobs(model: ModelConfig, params: Params, lora, seqs: dict, chunk: int,
                      sharder: Sharder | None, entropy: bool = False, group: int = 0):
    """(log π(token) [B, N], entropy [B, N] or None) of the response tokens under `lora`
    (None = the reference): one forward pass (ppo.models), or with `group` > 1 one pass
    that computes each group's prompt once (shared_prompt.py)."""
    if group > 1:
        h = group_response_hidden(model, params, lora, seqs, group, sharder)
    else:
        h = ppo_models.response_hidden(model, params, lora, seqs, sharder)
    return chunked_logprobs(model, params, h, seqs["tokens"], chunk, sharder, entropy=entropy)


def make_score_fn(model: ModelConfig, policy: LoraConfig, hyper: GRPOHyper, *,
                  sharder: Sharder | None = None, trainable_shardings=None, group: int = 0):
    """Jitted (params, trainable, seqs) -> {old_logp?, ref_logp?} [B, N] masked to 0, or
    None when the hyper-parameters need neither (β = 0 and π_old not scored)."""
    keys = hyper.score_keys
    if not keys:
        return None
    group = group if hyper.shared_prompt else 0

    def score(params, trainable, seqs):
        mask = seqs["response_mask"]
        out = {}
        if "old_logp" in keys:
            lora = bind(policy, trainable["policy"])
            out["old_logp"] = response_logprobs(model, params, lora, seqs, hyper.chunk, sharder,
                                                group=group)[0] * mask
        if "ref_logp" in keys:
            out["ref_logp"] = response_logprobs(model, params, None, seqs, hyper.chunk, sharder,
                                                group=group)[0] * mask
        return out

    sharder = as_sharder(sharder)
    rows = sharder.named(("batch", None))
    tsh = trainable_shardings if trainable_shardings is not None else sharder.tree(trainable_axes(policy))
    return jax.jit(score, in_shardings=(sharder.tree(param_axes(model)), tsh,
                                        {k: rows for k in SEQ_KEYS}),
                   out_shardings={k: rows for k in keys})


def make_loss_fn(model: ModelConfig, policy: LoraConfig, hyper: GRPOHyper,
                 sharder: Sharder | None = None, group: int = 0):
    """(trainable, params, micro-batch) -> (Σ w·ℓ of the micro-batch, sums for metrics):
    `objective.clipped_objective` plus β·k3 to the reference, one policy forward (each
    group's prompt once with `hyper.shared_prompt` and `group` = G)."""
    group = group if hyper.shared_prompt else 0

    def loss_fn(trainable, params, mb):
        mask, w = mb["response_mask"], mb["weights"]
        logp, ent = response_logprobs(model, params, bind(policy, trainable["policy"]), mb,
                                      hyper.chunk, sharder, entropy=True, group=group)
        old = jax.lax.stop_gradient(logp) if hyper.pi_old == "on_policy" else mb["old_logp"]
        per_token, low, high = clipped_objective(logp, old, mb["advantages"], hyper.eps_low,
                                                 hyper.eps_high)
        pg = jnp.sum(w * per_token)
        sums = {"pg_loss": pg, "clip_low": jnp.sum(mask * low), "clip_high": jnp.sum(mask * high),
                "entropy": jnp.sum(mask * jax.lax.stop_gradient(ent)), "tokens": jnp.sum(mask),
                "kl": jnp.zeros(())}
        total = pg
        if hyper.needs_reference:
            kl = k3_kl(logp, mb["ref_logp"])
            total = total + hyper.beta * jnp.sum(w * kl)
            sums["kl"] = jnp.sum(mask * jax.lax.stop_gradient(kl))
        return total, sums

    return loss_fn


def make_grpo_update(model: ModelConfig, policy: LoraConfig, tx: optax.GradientTransformation,
                     hyper: GRPOHyper, lr_fn: Callable | None = None, *,
                     sharder: Sharder | None = None, group: int = 0):
    """(state, base params, batch [accum, micro, …]) -> (state, metrics): one optimizer step.

    batch holds SEQ_KEYS, "weights" [.., N] (`loss_weights` over the whole batch, so the
    micro-batch sums add up to the batch loss), "advantages" [.., ] per row, and
    "old_logp" / "ref_logp" [.., N] when `hyper.update_keys()` lists them. A non-finite loss
    or gradient norm changes nothing but the RNG and `skipped`. Metrics are token means
    (over response tokens) except loss and grad_norm.
    """
    loss_fn = make_loss_fn(model, policy, hyper, sharder, group)
    grad_fn = jax.value_and_grad(loss_fn, has_aux=True)

    def step(state: TrainState, params: Params, batch: dict):
        rng, _ = jax.random.split(state.rng)
        micro = lambda trainable, mb: grad_fn(trainable, params, mb)
        grads, (loss, sums) = shared_update.accumulate(micro, state.trainable, batch)
        new, grad_norm, finite = shared_update.apply_if_finite(state, grads, loss, tx, rng)
        n = jnp.maximum(sums["tokens"], 1.0)
        metrics = {"loss": loss, "pg_loss": sums["pg_loss"], "grad_norm": grad_norm,
                   "finite": finite, "entropy": sums["entropy"] / n,
                   "clip_frac_low": sums["clip_low"] / n, "clip_frac_high": sums["clip_high"] / n,
                   "clip_frac": (sums["clip_low"] + sums["clip_high"]) / n}
        if hyper.needs_reference:
            metrics["kl"] = sums["kl"] / n
        if lr_fn is not None:
            metrics["lr"] = lr_fn(state.step)
        return new, metrics

    return step


def jit_update(step, model: ModelConfig, hyper: GRPOHyper, state: TrainState,
               sharder: Sharder | None):
    """The update jitted by train/update.py (state shardings in and out, donated); the
    per-row advantages [accum, micro] are rows over the batch axes like the rest."""
    return shared_update.jit_update(step, model, state, sharder, hyper.update_keys(), ("advantages",))


def micro_batches(data: dict, micro: int) -> dict:
    """[B, …] rows -> [B / micro, micro, …] (the layout the update step scans over)."""
    b = next(iter(data.values())).shape[0]
    if micro < 1 or b % micro:
        raise AlignJaxError(f"{b} rollout rows are not a multiple of grpo.micro_batch={micro}")
    return {k: v.reshape(b // micro, micro, *v.shape[1:]) for k, v in data.items()}


def update_batch(seqs: dict, loss_mask, advantages, hyper: GRPOHyper, micro: int,
                 scored: dict | None = None, sampler_logp=None) -> dict:
    """The update's input from a rollout: its sequences with the loss mask as
    response_mask, the aggregation weights (over all rows), per-row advantages and the
    log-probs the hyper-parameters need; [accum, micro, …] numpy/jax arrays."""
    import numpy as np

    n = loss_mask.shape[1]
    weights = loss_weights(loss_mask, hyper.loss_aggregation, hyper.max_new_tokens or n)
    data = {**{k: seqs[k] for k in SEQ_KEYS}, "response_mask": np.asarray(loss_mask, np.float32),
            "weights": np.asarray(weights, np.float32),
            "advantages": np.asarray(advantages, np.float32)}
    scored = scored or {}
    if hyper.pi_old == "sampler":
        if sampler_logp is None:
            raise AlignJaxError("grpo.pi_old='sampler' needs the sampler's log-probs")
        data["old_logp"] = np.asarray(sampler_logp, np.float32)
    elif hyper.pi_old == "score":
        data["old_logp"] = np.asarray(scored["old_logp"])
    if hyper.needs_reference:
        data["ref_logp"] = np.asarray(scored["ref_logp"])
    return micro_batches(data, micro)
