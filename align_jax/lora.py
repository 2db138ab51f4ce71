"""LoRA as its own parameter tree, separate from the frozen base weights.

For a target projection y = x·W (W [in, out]) the adapted layer computes

    y = x·W + s · (dropout(x)·A)·B,      A [in, r],  B [r, out],
    s = alpha / r   (or alpha / √r with rsLoRA),

never forming W + A·B. The tree is `{proj: {"a": [L, in, r], "b": [L, r, out]}}`,
stacked over layers like the base weights. B starts at zero, so an untrained adapter
reproduces the base model exactly; `lora=None` in `forward` *is* the base model (the
PPO reference policy, at no extra memory).
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any, Sequence

import jax
import jax.numpy as jnp
from flax import struct

from align_jax.errors import AlignJaxError
from align_jax.models.config import ModelConfig
from align_jax.models.decoder import PROJECTIONS, Params, projection_shapes

LoraWeights = dict[str, dict[str, jax.Array]]

# Logical axes of A and B per projection (A's input side and B's output side follow
# the base kernel's axes; the rank axis is replicated).
_IN_AXIS = {"q_proj": "embed", "k_proj": "embed", "v_proj": "embed", "o_proj": "heads",
            "gate_proj": "embed", "up_proj": "embed", "down_proj": "mlp"}
_OUT_AXIS = {"q_proj": "heads", "k_proj": "kv_heads", "v_proj": "kv_heads", "o_proj": "embed",
             "gate_proj": "mlp", "up_proj": "mlp", "down_proj": "embed"}


@dataclasses.dataclass(frozen=True)
class LoraConfig:
    """Which projections get an adapter and how it is scaled."""

    rank: int = 64
    alpha: float = 256.0
    targets: tuple[str, ...] = ("q_proj", "v_proj")
    dropout: float = 0.0
    use_rslora: bool = False
    init_std: float | None = None  # None: kaiming-uniform like PEFT; else N(0, std²)

    def __post_init__(self):
        # One canonical order (the model's), so equal adapters compare equal.
        order = {name: i for i, name in enumerate(PROJECTIONS)}
        object.__setattr__(self, "targets", tuple(sorted(
            dict.fromkeys(self.targets), key=lambda t: (order.get(t, len(order)), t))))

    @property
    def scale(self) -> float:
        return self.alpha / (math.sqrt(self.rank) if self.use_rslora else self.rank)

    def validate(self, model: ModelConfig) -> None:
        if self.rank < 1:
            raise AlignJaxError(f"lora rank must be >= 1, got {self.rank}")
        if not 0.0 <= self.dropout < 1.0:
            raise AlignJaxError(f"lora dropout must be in [0, 1), got {self.dropout}")
        if not self.targets:
            raise AlignJaxError("lora targets are empty; name at least one projection")
        shapes = projection_shapes(model)
        for t in self.targets:
            if t not in shapes:
                raise AlignJaxError(f"lora target {t!r} is not a projection of a {model.family} "
                                    f"model (choose from {', '.join(PROJECTIONS)})")
            if self.rank > min(shapes[t]):
                raise AlignJaxError(f"lora rank {self.rank} exceeds the dimensions {shapes[t]} "
                                    f"of {t}")


@struct.dataclass
class Lora:
    """An adapter as `forward` takes it: the weights (a pytree) plus static scale/dropout."""

    weights: LoraWeights
    scale: float = struct.field(pytree_node=False, default=1.0)
    dropout: float = struct.field(pytree_node=False, default=0.0)


def bind(config: LoraConfig, weights: LoraWeights) -> Lora:
    """The `Lora` that `forward(..., lora=…)` expects, for these weights."""
    return Lora(weights=weights, scale=config.scale, dropout=config.dropout)


def lora_shapes(model: ModelConfig, config: LoraConfig) -> dict[str, dict[str, tuple[int, ...]]]:
    config.validate(model)
    shapes = projection_shapes(model)
    n, r = model.num_layers, config.rank
    return {t: {"a": (n, shapes[t][0], r), "b": (n, r, shapes[t][1])} for t in config.targets}


def lora_axes(config: LoraConfig) -> dict[str, dict[str, tuple[str, ...]]]:
    """Logical axis names of the LoRA tree (for sharding rules)."""
    return {t: {"a": ("layers", _IN_AXIS[t], "lora_rank"), "b": ("layers", "lora_rank", _OUT_AXIS[t])}
            for t in config.targets}


def init_lora(model: ModelConfig, config: LoraConfig, key: jax.Array,
              dtype=jnp.float32) -> LoraWeights:
    """A random, B = 0: the adapted model starts as the base model.

    A ~ U(-1/√in, 1/√in) (PEFT's kaiming-uniform with a=√5), or N(0, init_std²).
    """
    shapes = lora_shapes(model, config)
    keys = jax.random.split(key, len(shapes))
    out: LoraWeights = {}
    for k, (t, s) in zip(keys, shapes.items()):
        fan_in = s["a"][1]
        if config.init_std is None:
            bound = 1.0 / math.sqrt(fan_in)
            a = jax.random.uniform(k, s["a"], jnp.float32, -bound, bound)
        else:
            a = config.init_std * jax.random.normal(k, s["a"], jnp.float32)
        out[t] = {"a": a.astype(dtype), "b": jnp.zeros(s["b"], dtype)}
    return out


def delta(config: LoraConfig, weights: LoraWeights, target: str) -> jax.Array:
    """The dense update s·A·B [L, in, out] of one projection (for merging only)."""
    w = weights[target]
    return config.scale * jnp.einsum("lir,lro->lio", w["a"].astype(jnp.float32),
                                     w["b"].astype(jnp.float32))


def merge(params: Params, config: LoraConfig, weights: LoraWeights, sign: float = 1.0) -> Params:
    """Base params with W ← W + sign·s·A·B on every target (sign −1 unmerges)."""
    layers = dict(params["layers"])
    for t in weights:
        kernel = layers[t]["kernel"]
        merged = (kernel.astype(jnp.float32) + sign * delta(config, weights, t)).astype(kernel.dtype)
        layers[t] = {**layers[t], "kernel": merged}
    return {**params, "layers": layers}


def unmerge(params: Params, config: LoraConfig, weights: LoraWeights) -> Params:
    """Inverse of `merge` (exact up to floating-point rounding in the kernel dtype)."""
    return merge(params, config, weights, sign=-1.0)


def is_b_matrix(path: Sequence[Any]) -> bool:
    """True for the leaves that are LoRA B matrices (LoRA+ gives them a larger lr)."""
    return bool(path) and getattr(path[-1], "key", None) == "b"
