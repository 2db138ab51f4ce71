"""The training state: only what is trained (LoRA, optimizer state), step and RNG."""

from __future__ import annotations

from typing import Any

import jax
import jax.numpy as jnp
import optax
from flax import struct

from align_jax.sharding import as_sharder


@struct.dataclass
class TrainState:
    """Everything a checkpoint needs to resume exactly; the base weights are not in it."""

    step: jax.Array  # int32 scalar: optimizer updates applied
    trainable: Any  # the LoRA tree (fp32), plus any head
    opt_state: Any
    rng: jax.Array  # uint32[2] raw key data (checkpoint-friendly)
    skipped: jax.Array  # int32 scalar: steps skipped for non-finite loss/gradients


def create(trainable: Any, tx: optax.GradientTransformation, seed: int) -> TrainState:
    return TrainState(step=jnp.zeros((), jnp.int32), trainable=trainable,
                      opt_state=tx.init(trainable), rng=jax.random.PRNGKey(seed),
                      skipped=jnp.zeros((), jnp.int32))


def shardings_for(trainable_axes: Any, tx: optax.GradientTransformation, trainable_abstract: Any,
                  sharder) -> TrainState:
    """NamedShardings of a TrainState: the trainable tree by its logical axes; every
    optimizer-state leaf that optax says mirrors a parameter (`tree_map_params`: moments,
    LoRA+ and multi-transform parts alike) with that parameter's sharding; counters, the
    step and the RNG replicated."""
    sharder = as_sharder(sharder)
    rep = sharder.replicated()
    train_sh = sharder.tree(trainable_axes)
    opt_abstract = jax.eval_shape(tx.init, trainable_abstract)
    masked = lambda x: isinstance(x, optax.MaskedNode)  # a part that does not hold this leaf
    opt_sh = optax.tree_map_params(tx, lambda x, sh: x if masked(x) else sh, opt_abstract,
                                   train_sh, transform_non_params=lambda _: rep, is_leaf=masked)
    return TrainState(step=rep, trainable=train_sh, opt_state=opt_sh, rng=rep, skipped=rep)


def init_state(trainable: Any, trainable_axes: Any, tx: optax.GradientTransformation, seed: int,
               sharder=None) -> TrainState:
    """A fresh TrainState placed with its shardings (one device: the 1×1×1 mesh)."""
    shardings = shardings_for(trainable_axes, tx, jax.eval_shape(lambda t: t, trainable), sharder)
    return jax.jit(lambda t: create(t, tx, seed), out_shardings=shardings)(trainable)


def state_shardings(state: TrainState) -> Any:
    """The shardings a placed state has now: an update keeps them, in and out."""
    return jax.tree.map(lambda x: x.sharding, state)


def abstract_state(state: Any) -> Any:
    """ShapeDtypeStructs with the shardings of a placed state (the target of a restore)."""
    return jax.tree.map(lambda x: jax.ShapeDtypeStruct(x.shape, x.dtype, sharding=x.sharding), state)


