"""Converted parameters as an orbax checkpoint (fast, sharded, multi-host restore)."""

from __future__ import annotations

import json
from pathlib import Path

import jax
import jax.numpy as jnp
import orbax.checkpoint as ocp

from align_jax.errors import AlignJaxError
from align_jax.models import config as config_lib
from align_jax.models.config import ModelConfig
from align_jax.models.decoder import Params, param_axes, param_shapes
from align_jax.sharding import Sharder, as_sharder

CONFIG_FILE = "model_config.json"


def save_params(folder: str | Path, config: ModelConfig, params: Params) -> Path:
    """Writes params under folder/params and the HF-style config beside them."""
    folder = Path(folder).absolute()
    folder.mkdir(parents=True, exist_ok=True)
    with ocp.StandardCheckpointer() as ckpt:
        ckpt.save(folder / "params", params, force=True)
        ckpt.wait_until_finished()
    if jax.process_index() == 0:
        tmp = folder / (CONFIG_FILE + ".tmp")
        tmp.write_text(json.dumps(config_lib.to_hf_dict(config), indent=2))
        tmp.replace(folder / CONFIG_FILE)
    return folder


def load_params(folder: str | Path, dtype=jnp.bfloat16,
                sharder: Sharder | None = None) -> tuple[ModelConfig, Params]:
    """(config, params) from a folder written by `save_params`, cast to dtype and sharded."""
    folder = Path(folder).absolute()
    if not (folder / CONFIG_FILE).exists() or not (folder / "params").exists():
        raise AlignJaxError(f"{folder}: not an align-jax parameter checkpoint "
                            f"(expected {CONFIG_FILE} and params/)")
    config = config_lib.from_hf(folder / CONFIG_FILE)
    shapes, axes = param_shapes(config), param_axes(config)

    def target(shape, ax):
        sharding = as_sharder(sharder).named(ax)
        return jax.ShapeDtypeStruct(shape, dtype, sharding=sharding)

    abstract = jax.tree.map(target, shapes, axes, is_leaf=lambda x: isinstance(x, tuple))
    try:
        with ocp.StandardCheckpointer() as ckpt:
            params = ckpt.restore(folder / "params", abstract)
    except (ValueError, KeyError) as e:
        raise AlignJaxError(f"{folder}/params does not match {CONFIG_FILE}: {e}") from None
    return config, params
