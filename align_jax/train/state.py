"""The training state: only what is trained (LoRA, optimizer state), step and RNG."""

from __future__ import annotations

from typing import Any

import jax
import jax.numpy as jnp
import optax
from flax import struct


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
    """NamedShardings of a TrainState: optimizer moments like their parameters (by the
    logical-axis rules), counters and RNG replicated."""
    rep = sharder.replicated()
    train_sh = sharder.tree(trainable_axes)
    # An optimizer-state leaf whose key path ends with a parameter's path (…/mu/q_proj/a)
    # and has its shape is that parameter's moment: it gets the parameter's sharding.
    params = {tuple(path): (leaf.shape, sh) for (path, leaf), sh in zip(
        jax.tree_util.tree_flatten_with_path(trainable_abstract)[0], jax.tree.leaves(train_sh))}

    def for_leaf(path, leaf):
        for n in range(len(path), 0, -1):
            hit = params.get(tuple(path[-n:]))
            if hit is not None and hit[0] == leaf.shape:
                return hit[1]
        return rep

    opt_abstract = jax.eval_shape(tx.init, trainable_abstract)
    opt_sh = jax.tree_util.tree_map_with_path(for_leaf, opt_abstract)
    return TrainState(step=rep, trainable=train_sh, opt_state=opt_sh, rng=rep, skipped=rep)


def init_state(trainable: Any, trainable_axes: Any, tx: optax.GradientTransformation, seed: int,
               sharder=None) -> TrainState:
    """A fresh TrainState, placed with its shardings when a mesh is given."""
    if sharder is None:
        return create(trainable, tx, seed)
    shardings = shardings_for(trainable_axes, tx, jax.eval_shape(lambda t: t, trainable), sharder)
    return jax.jit(lambda t: create(t, tx, seed), out_shardings=shardings)(trainable)


def abstract_state(state: Any) -> Any:
    """ShapeDtypeStructs with the shardings of a placed state (the target of a restore)."""
    return jax.tree.map(lambda x: jax.ShapeDtypeStruct(x.shape, x.dtype, sharding=x.sharding), state)


