"""Llama / Qwen2 decoders: configuration, pure-functional forward pass, checkpoint I/O."""

from align_jax.models.config import ModelConfig, PRESETS, from_hf_dict, preset, to_hf_dict
from align_jax.models.decoder import (
    count_params, forward, hidden_states, init_params, logits_from_hidden, param_axes,
    param_shapes, segment_positions)
from align_jax.models.hf_io import from_hf, load_hf_params, save_hf
from align_jax.models.orbax_io import load_params, save_params

__all__ = [
    "ModelConfig", "PRESETS", "preset", "from_hf_dict", "to_hf_dict", "forward", "hidden_states",
    "logits_from_hidden", "init_params", "param_axes", "param_shapes", "segment_positions",
    "count_params", "from_hf", "load_hf_params", "save_hf", "load_params", "save_params",
]
