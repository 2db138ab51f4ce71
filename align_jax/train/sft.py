"""The SFT step: masked next-token cross-entropy on response tokens, gradients of LoRA only.

Loss normalisation: the mean over every response token of the whole (accumulated) batch,

    L = Σ_{b,t} m[b,t] · CE(logits[b,t], x[b,t+1]) / Σ_{b,t} m[b,t],

with m[b,t] = 1 iff token t+1 is a response token of the same packed segment as token t.
Micro-batches accumulate the *sums* and divide once, so k micro-batches give exactly the
update of one batch k times as large.

Loss budget: only tokens with m = 1 need logits. With `loss_budget = R > 0` each row's
weighted tokens are gathered (in order) into R slots before the output head, so the
[·, V] logits and their gradient cost R/T of the full head; the loop sets R to the
largest per-row count of its data, so nothing is left out (`dropped` counts it if it were).
"""

from __future__ import annotations

from typing import Callable

import jax
import jax.numpy as jnp
import optax

from align_jax.lora import LoraConfig, bind
from align_jax.models.config import ModelConfig
from align_jax.models.decoder import Params, hidden_states
from align_jax.sharding import Sharder
from align_jax.train.logprobs import chunked_cross_entropy
from align_jax.train.state import TrainState
from align_jax.train.update import accumulate, apply_if_finite, jit_update

Batch = dict[str, jax.Array]
BATCH_KEYS = ("input_ids", "segment_ids", "positions", "loss_mask")


def next_token_targets(batch: Batch) -> tuple[jax.Array, jax.Array]:
    """(targets, weights) [B, T]: targets[t] = x[t+1], weight 1 where t+1 is a response
    token of the same segment (the last slot of a row predicts nothing)."""
    ids, seg, mask = batch["input_ids"], batch["segment_ids"], batch["loss_mask"]
    targets = jnp.concatenate([ids[:, 1:], jnp.zeros_like(ids[:, :1])], axis=1)
    same = (seg[:, 1:] == seg[:, :-1]) & (seg[:, 1:] != 0)
    w = jnp.where(same, mask[:, 1:], 0).astype(jnp.float32)
    return targets, jnp.concatenate([w, jnp.zeros_like(w[:, :1])], axis=1)


def loss_positions(weights: jax.Array, budget: int) -> jax.Array:
    """[B, budget] slots: each row's weighted tokens in order, then (weight 0) the others."""
    return jnp.argsort(weights <= 0, axis=-1, stable=True)[:, :budget]


def token_loss_sums(model: ModelConfig, params: Params, lora, batch: Batch, *,
                    dropout_key=None, sharder: Sharder | None = None, chunk: int = 512,
                    loss_budget: int = 0):
    """(CE sum, response-token count, correct count, dropped count) of a packed batch [B, T].

    loss_budget: R > 0 computes logits for R gathered slots per row (see the module
    docstring); 0 or R >= T for every slot.
    """
    hidden = hidden_states(model, params, batch["input_ids"], positions=batch["positions"],
                           segment_ids=batch["segment_ids"], lora=lora,
                           dropout_key=dropout_key, sharder=sharder)
    targets, weights = next_token_targets(batch)
    n = jnp.sum(weights)
    if 0 < loss_budget < weights.shape[1]:
        pos = loss_positions(weights, loss_budget)
        hidden = jnp.take_along_axis(hidden, pos[..., None], axis=1)
        targets = jnp.take_along_axis(targets, pos, axis=1)
        weights = jnp.take_along_axis(weights, pos, axis=1)
    ce, correct = chunked_cross_entropy(model, params, hidden, targets, weights, chunk, sharder)
    return ce, n, correct, n - jnp.sum(weights)


def make_sft_step(model: ModelConfig, lora_cfg: LoraConfig, tx: optax.GradientTransformation,
                  lr_fn: Callable[[jax.Array], jax.Array], *, sharder: Sharder | None = None,
                  chunk: int = 512, loss_budget: int = 0
                  ) -> Callable[[TrainState, Params, Batch], tuple[TrainState, dict]]:
    """(state, base_params, batch) -> (state, metrics); batch leaves are [accum, micro, T].

    A step whose loss or gradient norm is not finite changes nothing but the RNG and the
    `skipped` counter; metrics["finite"] tells the loop, which stops or goes on as configured.
    metrics["dropped"] counts response tokens beyond `loss_budget` (0 unless it is too small).
    """

    def loss_fn(trainable, params, micro, key):
        ce, n, correct, dropped = token_loss_sums(
            model, params, bind(lora_cfg, trainable), micro, dropout_key=key, sharder=sharder,
            chunk=chunk, loss_budget=loss_budget)
        return ce, (n, correct, dropped)

    grad_fn = jax.value_and_grad(loss_fn, has_aux=True)

    def step(state: TrainState, params: Params, batch: Batch):
        rng, key = jax.random.split(state.rng)
        accum = batch["input_ids"].shape[0]

        def micro(trainable, xs):
            mb, i = xs
            (ce, (n, correct, dropped)), g = grad_fn(trainable, params, mb, jax.random.fold_in(key, i))
            return (ce, n, correct, dropped), g

        grads, (ce, n, correct, dropped) = accumulate(micro, state.trainable, (batch, jnp.arange(accum)))
        denom = jnp.maximum(n, 1.0)
        grads = jax.tree.map(lambda g: g / denom, grads)
        loss = ce / denom
        new, grad_norm, finite = apply_if_finite(state, grads, loss, tx, rng)
        metrics = {"loss": loss, "accuracy": correct / denom, "grad_norm": grad_norm,
                   "lr": lr_fn(state.step), "tokens": n, "finite": finite, "dropped": dropped,
                   "skipped": new.skipped}
        return new, metrics

    return step


def jit_sft_step(step, model: ModelConfig, state: TrainState, sharder: Sharder | None):
    """The step jitted with explicit in/out shardings and the state donated."""
    return jit_update(step, model, state, sharder, BATCH_KEYS)
