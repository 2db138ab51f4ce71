"""Device mesh and logical-axis sharding.

Every parameter and activation is described by logical axis names (`batch`, `embed`,
`heads`, …). Rules map each name to a mesh axis (`data`, `fsdp`, `tensor`) or to
nothing (replicated). Changing the parallelism is a change of mesh shape or rules,
never of model code.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from typing import Any, Mapping, Sequence

import jax
import numpy as np
from jax.sharding import AxisType, Mesh, NamedSharding, PartitionSpec

from align_jax.errors import AlignJaxError

MESH_AXES = ("data", "fsdp", "tensor")

# Parameters use `embed`, `heads`, …; activations use `act_*` names so that the
# batch axis (already on data+fsdp) never claims the same mesh axis twice.
DEFAULT_RULES: tuple[tuple[str, Any], ...] = (
    ("batch", ("data", "fsdp")),
    ("length", None),
    ("act_embed", None),
    ("act_heads", "tensor"),
    ("act_kv_heads", "tensor"),
    ("act_mlp", "tensor"),
    ("act_vocab", "tensor"),
    ("embed", "fsdp"),
    ("heads", "tensor"),
    ("kv_heads", "tensor"),
    ("mlp", "tensor"),
    ("vocab", "tensor"),
    ("layers", None),
    ("norm", None),
    ("lora_rank", None),
    ("head_dim", None),
    ("cache_length", None),
)


def resolve_mesh_shape(shape: Mapping[str, int], num_devices: int) -> tuple[int, ...]:
    """Sizes for (data, fsdp, tensor); one size may be -1, meaning "the rest"."""
    unknown = [k for k in shape if k not in MESH_AXES]
    if unknown:
        raise AlignJaxError(f"unknown mesh axis {unknown[0]!r}; mesh axes are {MESH_AXES}")
    sizes = [int(shape.get(a, 1)) for a in MESH_AXES]
    rest = [i for i, s in enumerate(sizes) if s == -1]
    if len(rest) > 1:
        raise AlignJaxError("at most one mesh axis may be -1")
    known = math.prod(s for s in sizes if s != -1)
    if any(s == 0 or s < -1 for s in sizes) or num_devices % known:
        raise AlignJaxError(
            f"mesh {dict(zip(MESH_AXES, sizes))} does not divide the {num_devices} devices")
    if rest:
        sizes[rest[0]] = num_devices // known
    if math.prod(sizes) != num_devices:
        raise AlignJaxError(
            f"mesh {dict(zip(MESH_AXES, sizes))} has {math.prod(sizes)} devices, "
            f"but {num_devices} are available")
    return tuple(sizes)


def make_mesh(shape: Mapping[str, int] | None = None,
              devices: Sequence[jax.Device] | None = None) -> Mesh:
    """A (data, fsdp, tensor) mesh over all (global) devices.

    Axis types are Auto: the model gives sharding hints (`with_sharding_constraint`)
    and jitted functions declare in/out shardings; XLA propagates the rest. Explicit
    axes would make every op's sharding part of its type, which this code does not need.
    """
    devices = list(jax.devices() if devices is None else devices)
    sizes = resolve_mesh_shape(shape or {"fsdp": -1}, len(devices))
    return jax.make_mesh(sizes, MESH_AXES, axis_types=(AxisType.Auto,) * 3, devices=devices)


@dataclasses.dataclass(frozen=True)
class Sharder:
    """A mesh plus logical-axis rules; turns logical axis names into shardings."""

    mesh: Mesh
    rules: tuple[tuple[str, Any], ...] = DEFAULT_RULES

    def spec(self, logical_axes: Sequence[str | None]) -> PartitionSpec:
        table = dict(self.rules)
        out, used = [], set()
        for name in logical_axes:
            if name is None:
                out.append(None)
                continue
            if name not in table:
                raise AlignJaxError(f"no sharding rule for logical axis {name!r}")
            target = table[name]
            axes = (target,) if isinstance(target, str) else tuple(target or ())
            # A mesh axis of size 1 or one already used by another dim is dropped.
            axes = tuple(a for a in axes if a not in used and self.mesh.shape[a] > 1)
            used.update(axes)
            out.append(None if not axes else axes[0] if len(axes) == 1 else axes)
        return PartitionSpec(*out)

    def named(self, logical_axes: Sequence[str | None]) -> NamedSharding:
        return NamedSharding(self.mesh, self.spec(logical_axes))

    def constrain(self, x: jax.Array, logical_axes: Sequence[str | None]) -> jax.Array:
        return jax.lax.with_sharding_constraint(x, self.named(logical_axes))

    def tree(self, axes_tree: Any) -> Any:
        """NamedShardings for a tree whose leaves are tuples of logical axis names."""
        return jax.tree.map(self.named, axes_tree, is_leaf=_is_axes)

    def replicated(self) -> NamedSharding:
        return NamedSharding(self.mesh, PartitionSpec())


@functools.lru_cache(maxsize=None)
def single_device() -> Sharder:
    """A 1×1×1 mesh on the default device: one device runs the same code as a pod."""
    return Sharder(make_mesh({}, jax.devices()[:1]))


def as_sharder(sharder: Sharder | None) -> Sharder:
    """The sharder given, or the one-device mesh (for callers that pass none)."""
    return single_device() if sharder is None else sharder


def _is_axes(x: Any) -> bool:
    return isinstance(x, tuple) and all(a is None or isinstance(a, str) for a in x)


def constrain(x: jax.Array, logical_axes: Sequence[str | None], sharder: Sharder | None):
    """`sharder.constrain`, or x unchanged when running without a mesh."""
    return x if sharder is None else sharder.constrain(x, logical_axes)


def check_divisible(tree: Any, axes_tree: Any, sharder: Sharder, what: str = "params") -> None:
    """Refuses a mesh that does not divide a sharded dimension, naming the array."""
    flat = jax.tree_util.tree_flatten_with_path(tree)[0]
    axes_flat = jax.tree.leaves(axes_tree, is_leaf=_is_axes)
    for (path, leaf), axes in zip(flat, axes_flat):
        spec = sharder.spec(axes)
        for dim, mesh_axes in zip(np.shape(leaf), spec):
            if mesh_axes is None:
                continue
            names = (mesh_axes,) if isinstance(mesh_axes, str) else mesh_axes
            n = math.prod(sharder.mesh.shape[a] for a in names)
            if dim % n:
                raise AlignJaxError(
                    f"{what}{jax.tree_util.keystr(path)}: dimension {dim} is not divisible by "
                    f"mesh axes {names} of size {n}")


def shard_tree(tree: Any, axes_tree: Any, sharder: Sharder | None, what: str = "params") -> Any:
    """Places a tree of arrays with the shardings its logical axes give."""
    sharder = as_sharder(sharder)
    check_divisible(tree, axes_tree, sharder, what)
    return jax.device_put(tree, sharder.tree(axes_tree))


BATCH_AXES = ("batch", "length")


def global_batch(local: Mapping[str, np.ndarray], sharder: Sharder | None) -> dict[str, jax.Array]:
    """Assembles each process's rows of a batch into global arrays sharded over `batch`.

    Every process passes only the rows it loaded (its `process_index` share); the global
    batch is their concatenation in process order.
    """
    sharder = as_sharder(sharder)
    out = {}
    for k, v in local.items():
        axes = BATCH_AXES[: v.ndim] + (None,) * max(0, v.ndim - 2)
        out[k] = jax.make_array_from_process_local_data(sharder.named(axes), np.asarray(v))
    return out


def from_every_process(x: Any, sharding: NamedSharding) -> jax.Array:
    """A value every process holds in full (numpy, a local array or a PRNG key) as a global
    array with `sharding`: each process fills only its own devices' shards."""
    if isinstance(x, jax.Array) and jax.dtypes.issubdtype(x.dtype, jax.dtypes.prng_key):
        return jax.random.wrap_key_data(from_every_process(jax.random.key_data(x), sharding),
                                        impl=jax.random.key_impl(x))
    host = np.asarray(x)
    if host.ndim < len(sharding.spec):
        sharding = NamedSharding(sharding.mesh, PartitionSpec())
    return jax.make_array_from_callback(host.shape, sharding, lambda index: host[index])


def host_tree(tree: Any) -> Any:
    """A (possibly multi-host sharded) tree as numpy arrays on every process."""
    if jax.process_count() > 1:
        from jax.experimental import multihost_utils

        return multihost_utils.process_allgather(tree, tiled=True)
    return jax.device_get(tree)
