"""GRPO as small pure functions over arrays: advantages, the clipped objective, loss weights.

Layout: a rollout of P prompts × G samples is B = P·G rows, prompt-major (rows
g·G … g·G + G − 1 are the samples of prompt g); per row a response of N token slots with
mask m (1 up to and including the stop token). The loss of one optimizer step is

    L = Σ_{i,t} w_{i,t} · ℓ_{i,t}                      (w from `loss_weights`)
    ℓ_{i,t} = −min(ρ_{i,t} A_i, clip(ρ_{i,t}, 1 − ε_low, 1 + ε_high) A_i) + β · k3_{i,t}
    ρ_{i,t} = exp(log π_θ(o_{i,t}) − log π_old(o_{i,t}))

(Shao et al. 2024, DeepSeekMath; clip-higher ε_high from DAPO, Yu et al. 2025; the
normalisers of Dr. GRPO, Liu et al. 2025). No critic: the baseline of a sample is the mean
reward of its own group.
"""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from align_jax.errors import AlignJaxError
from align_jax.ppo.advantages import kl_penalty

SCALES = ("group", "batch", "none")
AGGREGATIONS = ("token", "sequence", "constant")


def _check(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise AlignJaxError(f"config grpo.{name}={value!r}; choose one of {', '.join(choices)}")


def group_advantages(rewards, num_generations: int, scale: str = "group", eps: float = 1e-4):
    """(advantages [B], zero-advantage groups) from sequence rewards [B] (prompt-major).

        A_i = (r_i − mean_g(r)) / (σ + ε)
        σ = std_g(r)  "group" (GRPO)  ·  std over the whole batch  "batch"  ·  σ + ε = 1  "none" (Dr. GRPO)

    Standard deviations are the population ones (ddof 0), so a group with distinct rewards
    has advantages of mean 0 and variance 1 (up to ε) under "group". A group whose G rewards
    are all equal carries no signal: its advantages are exactly 0 under every scaling (not
    merely ≈ 0 after rounding in the mean), and it is counted in the second output.
    """
    _check("scale_rewards", scale, SCALES)
    r = jnp.asarray(rewards, jnp.float32)
    if num_generations < 1 or r.shape[0] % num_generations:
        raise AlignJaxError(f"{r.shape[0]} rewards do not split into groups of "
                            f"grpo.num_generations={num_generations}")
    groups = r.reshape(-1, num_generations)
    centred = groups - jnp.mean(groups, axis=1, keepdims=True)
    if scale == "group":
        centred = centred / (jnp.std(groups, axis=1, keepdims=True) + eps)
    elif scale == "batch":
        centred = centred / (jnp.std(r) + eps)
    flat = jnp.max(groups, axis=1) == jnp.min(groups, axis=1)
    adv = jnp.where(flat[:, None], 0.0, centred)
    return adv.reshape(-1), jnp.sum(flat.astype(jnp.int32))


def clipped_objective(logp, old_logp, advantages, eps_low: float, eps_high: float):
    """Per-token clipped surrogate loss [B, N] and where the clip cut the gradient.

        ρ_t = exp(log π_θ − log π_old)
        ℓ_t = −min(ρ_t A, clip(ρ_t, 1 − ε_low, 1 + ε_high) A) = max(−ρ_t A, −clip(ρ_t) A)

    advantages: [B] (one per sequence) or [B, N]. Returns (ℓ [B, N], clipped_low,
    clipped_high), the last two float masks of the tokens whose gradient is zero because
    the ratio left the trust region: below 1 − ε_low with A < 0, above 1 + ε_high with A > 0.
    Masking and normalisation are left to `loss_weights`.
    """
    adv = advantages[:, None] if advantages.ndim == 1 else advantages
    ratio = jnp.exp(logp - old_logp)
    unclipped = -adv * ratio
    clipped = -adv * jnp.clip(ratio, 1.0 - eps_low, 1.0 + eps_high)
    loss = jnp.maximum(unclipped, clipped)
    cut = clipped > unclipped
    low = (cut & (ratio < 1.0)).astype(jnp.float32)
    high = (cut & (ratio > 1.0)).astype(jnp.float32)
    return loss, low, high


def k3_kl(logp, ref_logp):
    """Per-token k3 estimate of KL(π_θ ‖ π_ref) (Schulman 2020), ≥ 0 and 0 iff equal:

        k3_t = π_ref/π_θ − log(π_ref/π_θ) − 1 = e^{−x} − 1 + x,   x = log π_θ − log π_ref
    """
    return kl_penalty(logp, ref_logp, "k3")


def loss_weights(mask, aggregation: str = "token", max_len: int | None = None):
    """Weights w [B, N] of each token's loss over one optimizer batch, L = Σ w·ℓ:

        "token"    (DAPO)      w_{i,t} = m_{i,t} / Σ_{j,s} m_{j,s}
        "sequence" (GRPO)      w_{i,t} = m_{i,t} / (|o_i| · B'),  |o_i| = Σ_t m_{i,t},
                               B' = rows with |o_i| > 0 (a masked-out row neither counts
                               nor shrinks the others' weight)
        "constant" (Dr. GRPO)  w_{i,t} = m_{i,t} / (B · L),  L = max_len (the generation
                               budget, default N), B every row

    Computed once over the whole optimizer batch, so splitting it into micro-batches and
    adding their Σ w·ℓ gives exactly the loss of the batch. `mask` may have leading axes
    ([accum, micro, N]); the last is time.
    """
    _check("loss_aggregation", aggregation, AGGREGATIONS)
    m = jnp.asarray(mask, jnp.float32)
    if aggregation == "token":
        return m / jnp.maximum(jnp.sum(m), 1.0)
    lengths = jnp.sum(m, axis=-1, keepdims=True)
    if aggregation == "sequence":
        rows = jnp.maximum(jnp.sum(lengths > 0), 1)
        return m / (jnp.maximum(lengths, 1.0) * rows)
    n_rows = int(np.prod(m.shape[:-1]))
    return m / (n_rows * float(max_len if max_len is not None else m.shape[-1]))


def truncated_rows(tokens, mask, stop_ids) -> np.ndarray:
    """bool [B]: rows whose answer ran out of budget (tokens generated, the last of them
    not a stop token). With no stop ids every non-empty row is truncated."""
    tokens, mask = np.asarray(tokens), np.asarray(mask) > 0
    lengths = mask.sum(axis=1)
    last = tokens[np.arange(len(tokens)), np.maximum(lengths - 1, 0)]
    return (lengths > 0) & ~np.isin(last, np.asarray(list(stop_ids), np.int64))


def loss_mask(tokens, mask, stop_ids, mask_truncated: bool) -> np.ndarray:
    """float32 [B, N]: the response mask, with truncated rows zeroed when `mask_truncated`
    (DAPO's overlong filtering: their rewards still enter the group statistics, their
    tokens no longer enter the loss)."""
    m = np.asarray(mask, np.float32)
    if not mask_truncated:
        return m
    return m * ~truncated_rows(tokens, mask, stop_ids)[:, None]
