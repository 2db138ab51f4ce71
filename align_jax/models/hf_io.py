"""Hugging Face safetensors checkpoints ⇄ align-jax parameter trees.

Each transformation is named in `_TENSOR_MAP`: HF stores a linear layer as
weight [out, in]; we store kernel [in, out] (transposed), stacked over layers.
Loading reads one tensor at a time into the destination buffer of its stacked
leaf, so the host never holds two copies of the model.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterator

import jax
import jax.numpy as jnp
import numpy as np
from safetensors import SafetensorError, safe_open
from safetensors.numpy import save_file

from align_jax.errors import AlignJaxError
from align_jax.models import config as config_lib
from align_jax.models.config import ModelConfig
from align_jax.models.decoder import Params, param_axes, param_shapes
from align_jax.sharding import Sharder, as_sharder

_LAYER_NAMES = {
    "attn_norm": "input_layernorm",
    "mlp_norm": "post_attention_layernorm",
    "q_proj": "self_attn.q_proj", "k_proj": "self_attn.k_proj",
    "v_proj": "self_attn.v_proj", "o_proj": "self_attn.o_proj",
    "gate_proj": "mlp.gate_proj", "up_proj": "mlp.up_proj", "down_proj": "mlp.down_proj",
}
# Buffers some older checkpoints carry; they hold no learned weights.
_IGNORED_SUFFIXES = ("rotary_emb.inv_freq",)


def _tensor_map(config: ModelConfig) -> Iterator[tuple[tuple[str, ...], list[str], bool]]:
    """(path in our tree, HF tensor names (one per layer if stacked), transposed?)."""
    yield ("embed",), ["model.embed_tokens.weight"], False
    yield ("final_norm",), ["model.norm.weight"], False
    if not config.tie_word_embeddings:
        yield ("lm_head",), ["lm_head.weight"], True
    shapes = param_shapes(config)["layers"]
    for ours, theirs in _LAYER_NAMES.items():
        names = lambda kind: [f"model.layers.{i}.{theirs}.{kind}" for i in range(config.num_layers)]
        if isinstance(shapes[ours], tuple):
            yield ("layers", ours), names("weight"), False
        else:
            yield ("layers", ours, "kernel"), names("weight"), True
            if "bias" in shapes[ours]:
                yield ("layers", ours, "bias"), names("bias"), False


def _get(tree: Params, path: tuple[str, ...]):
    for p in path:
        tree = tree[p]
    return tree


def _set(tree: Params, path: tuple[str, ...], value) -> None:
    for p in path[:-1]:
        tree = tree.setdefault(p, {})
    tree[path[-1]] = value


def _np_dtype(dtype) -> np.dtype:
    return np.dtype(jnp.dtype(dtype))


def _open_checkpoint(folder: Path) -> dict[str, Any]:
    """Maps every tensor name to an open safetensors handle (single file or sharded)."""
    index = folder / "model.safetensors.index.json"
    if index.exists():
        try:
            weight_map = json.loads(index.read_text())["weight_map"]
        except (json.JSONDecodeError, KeyError) as e:
            raise AlignJaxError(f"{index}: not a valid safetensors index ({e})") from None
        files = sorted(set(weight_map.values()))
    elif (folder / "model.safetensors").exists():
        files = ["model.safetensors"]
    else:
        raise AlignJaxError(f"{folder}: no model.safetensors or model.safetensors.index.json")
    handles: dict[str, Any] = {}
    for name in files:
        path = folder / name
        try:
            handle = safe_open(str(path), framework="np")
            keys = list(handle.keys())
        except FileNotFoundError:
            raise AlignJaxError(f"{path}: file listed in the index is missing") from None
        except (SafetensorError, OSError, ValueError) as e:
            raise AlignJaxError(f"{path}: not a readable safetensors file ({e})") from None
        for key in keys:
            handles[key] = (handle, path)
    return handles


def load_hf_params(folder: str | Path, config: ModelConfig, dtype=jnp.bfloat16,
                   sharder: Sharder | None = None) -> Params:
    """Reads a HF checkpoint folder into a stacked parameter tree of `dtype`.

    With a sharder, each array is placed with its rule-given sharding (every process
    builds only its addressable shards); otherwise on the default device.
    """
    folder = Path(folder)
    handles = _open_checkpoint(folder)
    mapping = list(_tensor_map(config))
    expected = {n for _, names, _ in mapping for n in names}
    missing = sorted(expected - handles.keys(), key=_natural_key)
    if missing:
        raise AlignJaxError(f"{folder}: checkpoint lacks tensor {missing[0]!r}"
                            + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""))
    extra = sorted(k for k in handles.keys() - expected
                   if not k.endswith(_IGNORED_SUFFIXES)
                   and not (config.tie_word_embeddings and k == "lm_head.weight"))
    if extra:
        raise AlignJaxError(f"{folder}: unexpected tensor {extra[0]!r} for this config"
                            + (f" (and {len(extra) - 1} more)" if len(extra) > 1 else ""))

    shapes = param_shapes(config)
    axes = param_axes(config)
    params: Params = {}
    np_dtype = _np_dtype(dtype)
    for path, names, transpose in mapping:
        shape = _get(shapes, path)
        buf = np.empty(shape, np_dtype)
        stacked = len(names) > 1 or path[0] == "layers"
        for i, name in enumerate(names):
            handle, file = handles[name]
            tensor = handle.get_tensor(name)
            if transpose:
                tensor = tensor.T
            want = shape[1:] if stacked else shape
            if tensor.shape != tuple(want):
                got = tensor.T.shape if transpose else tensor.shape
                exp = tuple(reversed(want)) if transpose else tuple(want)
                raise AlignJaxError(f"{file}: tensor {name!r} has shape {tuple(got)}, "
                                    f"expected {exp}")
            if stacked:
                buf[i] = tensor
            else:
                buf[...] = tensor
            del tensor
        _set(params, path, _to_device(buf, sharder, _get(axes, path)))
        del buf
    return params


def _to_device(buf: np.ndarray, sharder: Sharder | None, logical_axes) -> jax.Array:
    sharding = as_sharder(sharder).named(logical_axes)
    return jax.make_array_from_callback(buf.shape, sharding, lambda idx: buf[idx])


def from_hf(folder: str | Path, dtype=jnp.bfloat16,
            sharder: Sharder | None = None) -> tuple[ModelConfig, Params]:
    """(config, params) from a Hugging Face model folder (config.json + safetensors)."""
    config = config_lib.from_hf(folder)
    return config, load_hf_params(folder, config, dtype, sharder)


def _natural_key(name: str):
    return [int(p) if p.isdigit() else p for p in name.split(".")]


def _host(x) -> np.ndarray:
    if isinstance(x, jax.Array) and not x.is_fully_addressable:
        from jax.experimental import multihost_utils
        x = multihost_utils.process_allgather(x, tiled=True)
    return np.asarray(jax.device_get(x))


def hf_tensors(config: ModelConfig, params: Params, dtype=None) -> Iterator[tuple[str, np.ndarray]]:
    """Yields (HF tensor name, array) one tensor at a time, in HF layout."""
    for path, names, transpose in _tensor_map(config):
        leaf = _get(params, path)
        for i, name in enumerate(names):
            t = _host(leaf[i] if path[0] == "layers" else leaf)
            if transpose:
                t = t.T
            if dtype is not None:
                t = t.astype(_np_dtype(dtype))
            yield name, np.ascontiguousarray(t)


def save_hf(config: ModelConfig, params: Params, folder: str | Path, *, dtype=None,
            max_shard_bytes: int = 5 * 2**30, extra_files: dict[str, str] | None = None) -> Path:
    """Writes params as a HF checkpoint (config.json + safetensors, sharded with an index).

    Written into a temporary folder and renamed, so a crash never leaves half a checkpoint.
    Only process 0 writes; every process must call it (arrays are gathered collectively).
    """
    folder = Path(folder)
    write = jax.process_index() == 0
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent)) if write else None
    try:
        shards: list[dict[str, np.ndarray]] = [{}]
        size = 0
        for name, tensor in hf_tensors(config, params, dtype):
            if size + tensor.nbytes > max_shard_bytes and shards[-1]:
                if write:
                    _write_shard(tmp, shards, len(shards) - 1)
                shards.append({})
                size = 0
            shards[-1][name] = tensor
            size += tensor.nbytes
        if write:
            _write_shard(tmp, shards, len(shards) - 1)
            _finish(config, tmp, shards, extra_files or {})
            if folder.exists():
                shutil.rmtree(folder)
            os.replace(tmp, folder)
    except BaseException:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        raise
    return folder


def _shard_name(i: int, n: int) -> str:
    return f"model-{i + 1:05d}-of-{n:05d}.safetensors"


def _write_shard(tmp: Path, shards: list[dict[str, np.ndarray]], i: int) -> None:
    # Shards are written as they fill (named with a placeholder count, renamed at the end),
    # then their arrays are dropped, so at most one shard is held in host memory.
    save_file(shards[i], str(tmp / f"shard-{i:05d}.safetensors"), metadata={"format": "pt"})
    shards[i] = {name: None for name in shards[i]}  # keep names for the index


def _finish(config: ModelConfig, tmp: Path, shards, extra_files: dict[str, str]) -> None:
    n = len(shards)
    if n == 1:
        os.replace(tmp / "shard-00000.safetensors", tmp / "model.safetensors")
    else:
        weight_map, total = {}, 0
        for i, shard in enumerate(shards):
            name = _shard_name(i, n)
            src = tmp / f"shard-{i:05d}.safetensors"
            total += src.stat().st_size
            os.replace(src, tmp / name)
            weight_map.update({t: name for t in shard})
        index = {"metadata": {"total_size": total}, "weight_map": weight_map}
        (tmp / "model.safetensors.index.json").write_text(json.dumps(index, indent=2))
    (tmp / "config.json").write_text(json.dumps(config_lib.to_hf_dict(config), indent=2))
    for name, text in extra_files.items():
        (tmp / name).write_text(text)
