"""What every jitted training update shares (SFT step, PPO update, and the next algorithm):
micro-batch gradient accumulation, the finite guard, and the jit with the state donated
and explicit shardings.

    grads = Σ_i ∇ f(θ, micro_i)      (a lax.scan over the leading [accum] axis)

The caller divides the sums once (by its token count), so k micro-batches give exactly
the update of one batch k times as large. A step whose loss or gradient norm is not
finite changes nothing but the RNG and `skipped`; the loop reads `finite` and stops or
goes on as configured.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

import jax
import jax.numpy as jnp
import optax
from jax.sharding import NamedSharding, PartitionSpec

from align_jax.models.config import ModelConfig
from align_jax.models.decoder import param_axes
from align_jax.sharding import Sharder, as_sharder
from align_jax.train.state import TrainState, state_shardings


def accumulate(value_and_grad: Callable[[Any, Any], tuple[Any, Any]], trainable: Any, xs: Any):
    """(Σ grads, Σ values) of value_and_grad(trainable, x) -> (values, grads) over the
    leading axis of every leaf of `xs`; `values` is any pytree of (summable) arrays."""
    x0 = jax.tree.map(lambda a: a[0], xs)
    values, grads = jax.eval_shape(value_and_grad, trainable, x0)
    init = jax.tree.map(lambda s: jnp.zeros(s.shape, s.dtype), (grads, values))

    def body(carry, x):
        v, g = value_and_grad(trainable, x)
        return jax.tree.map(jnp.add, carry, (g, v)), None

    (grads, values), _ = jax.lax.scan(body, init, xs)
    return grads, values


def apply_if_finite(state: TrainState, grads: Any, loss: jax.Array, tx: optax.GradientTransformation,
                    rng: jax.Array) -> tuple[TrainState, jax.Array, jax.Array]:
    """(state, grad_norm, finite): the optimizer step when loss and gradient norm are finite,
    else the state with only `rng` and `skipped` changed."""
    grad_norm = optax.tree.norm(grads)
    finite = jnp.isfinite(loss) & jnp.isfinite(grad_norm)
    updates, opt_state = tx.update(grads, state.opt_state, state.trainable)
    stepped = state.replace(step=state.step + 1, trainable=optax.apply_updates(state.trainable, updates),
                            opt_state=opt_state, rng=rng)
    kept = state.replace(rng=rng, skipped=state.skipped + 1)
    return jax.tree.map(lambda a, b: jnp.where(finite, a, b), stepped, kept), grad_norm, finite


def batch_sharding(sharder: Sharder) -> NamedSharding:
    """[accum, micro, T, …] batches: micro-batch rows over the batch mesh axes."""
    return NamedSharding(sharder.mesh, PartitionSpec(None, *sharder.spec(("batch", "length"))))


def jit_update(step, model: ModelConfig, state: TrainState, sharder: Sharder | None,
               batch_keys: Sequence[str], row_keys: Sequence[str] = ()):
    """step(state, base params, batch) jitted with the state's shardings in and out, the
    base weights by their rules, batches over `batch`, metrics replicated; state donated.
    `batch_keys` are [accum, micro, T, …] arrays; `row_keys` one value per row [accum, micro]
    (GRPO's advantages)."""
    sharder = as_sharder(sharder)
    st = state_shardings(state)
    rows = NamedSharding(sharder.mesh, PartitionSpec(None, *sharder.spec(("batch",))))
    batch = {k: rows if k in row_keys else batch_sharding(sharder) for k in batch_keys}
    return jax.jit(step, in_shardings=(st, sharder.tree(param_axes(model)), batch),
                   out_shardings=(st, sharder.replicated()), donate_argnums=(0,))
