"""LoRA trees ⇄ PEFT adapter folders (adapter_config.json + adapter_model.safetensors).

PEFT names a Llama/Qwen2 adapter tensor
    base_model.model.model.layers.{i}.self_attn.q_proj.lora_A.weight   [r, in]
    base_model.model.model.layers.{i}.self_attn.q_proj.lora_B.weight   [out, r]
and scales it by lora_alpha / r (lora_alpha / √r with use_rslora). Our A [in, r] and
B [r, out] are the transposes.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
from safetensors import SafetensorError, safe_open
from safetensors.numpy import save_file

from align_jax.errors import AlignJaxError
from align_jax.lora import LoraConfig, LoraWeights, lora_shapes
from align_jax.models.config import ModelConfig
from align_jax.models.decoder import PROJECTIONS

_MODULE = {"q_proj": "self_attn.q_proj", "k_proj": "self_attn.k_proj",
           "v_proj": "self_attn.v_proj", "o_proj": "self_attn.o_proj",
           "gate_proj": "mlp.gate_proj", "up_proj": "mlp.up_proj", "down_proj": "mlp.down_proj"}
_PREFIX = "base_model.model.model.layers"
ADAPTER_FILE = "adapter_model.safetensors"
CONFIG_FILE = "adapter_config.json"


def _name(layer: int, target: str, which: str) -> str:
    return f"{_PREFIX}.{layer}.{_MODULE[target]}.lora_{which}.weight"


def export_peft(folder: str | Path, model: ModelConfig, config: LoraConfig, weights: LoraWeights,
                base_model_name_or_path: str | None = None) -> Path:
    """Writes a PEFT LoRA adapter folder that `PeftModel.from_pretrained` loads."""
    folder = Path(folder)
    tensors = {}
    for t, w in weights.items():
        a, b = np.asarray(jax.device_get(w["a"]), np.float32), np.asarray(jax.device_get(w["b"]), np.float32)
        for i in range(model.num_layers):
            tensors[_name(i, t, "A")] = np.ascontiguousarray(a[i].T)
            tensors[_name(i, t, "B")] = np.ascontiguousarray(b[i].T)
    adapter_config = {
        "peft_type": "LORA", "task_type": "CAUSAL_LM", "r": config.rank,
        "lora_alpha": config.alpha, "lora_dropout": config.dropout,
        "target_modules": sorted(weights), "use_rslora": config.use_rslora, "bias": "none",
        "fan_in_fan_out": False, "inference_mode": True, "modules_to_save": None,
        "init_lora_weights": True, "base_model_name_or_path": base_model_name_or_path,
    }
    if jax.process_index() != 0:
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        save_file(tensors, str(tmp / ADAPTER_FILE), metadata={"format": "pt"})
        (tmp / CONFIG_FILE).write_text(json.dumps(adapter_config, indent=2))
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return folder


def import_peft(folder: str | Path, model: ModelConfig,
                dtype=jnp.float32) -> tuple[LoraConfig, LoraWeights]:
    """Reads a PEFT LoRA adapter folder for `model`; refuses one made for another shape."""
    folder = Path(folder)
    cfg_file = folder / CONFIG_FILE
    try:
        cfg = json.loads(cfg_file.read_text())
    except FileNotFoundError:
        raise AlignJaxError(f"{cfg_file}: no such file (not a PEFT adapter folder)") from None
    except json.JSONDecodeError as e:
        raise AlignJaxError(f"{cfg_file}: not valid JSON ({e})") from None
    if cfg.get("peft_type") != "LORA":
        raise AlignJaxError(f"{cfg_file}: peft_type {cfg.get('peft_type')!r} is not LORA")
    targets = cfg.get("target_modules")
    if isinstance(targets, str) or not targets:
        raise AlignJaxError(f"{cfg_file}: target_modules must be a list of projection names, "
                            f"got {targets!r}")
    for t in targets:
        if t not in PROJECTIONS:
            raise AlignJaxError(f"{cfg_file}: target module {t!r} is not a projection of a "
                                f"{model.family} model (is this adapter for another architecture?)")
    config = LoraConfig(rank=int(cfg["r"]), alpha=float(cfg["lora_alpha"]),
                        targets=tuple(targets), dropout=float(cfg.get("lora_dropout") or 0.0),
                        use_rslora=bool(cfg.get("use_rslora", False)))
    shapes = lora_shapes(model, config)
    path = folder / ADAPTER_FILE
    try:
        handle = safe_open(str(path), framework="np")
        keys = set(handle.keys())
    except FileNotFoundError:
        raise AlignJaxError(f"{path}: no such file") from None
    except (SafetensorError, OSError) as e:
        raise AlignJaxError(f"{path}: not a readable safetensors file ({e})") from None
    expected = {_name(i, t, w) for t in config.targets for i in range(model.num_layers) for w in "AB"}
    extra = sorted(keys - expected)
    if extra:
        raise AlignJaxError(f"{path}: unexpected tensor {extra[0]!r} (adapter for another "
                            f"architecture or depth?)")
    weights: LoraWeights = {}
    for t in config.targets:
        stacked = {}
        for which, key in (("A", "a"), ("B", "b")):
            want = shapes[t][key][1:]
            layers = []
            for i in range(model.num_layers):
                name = _name(i, t, which)
                if name not in keys:
                    raise AlignJaxError(f"{path}: adapter lacks tensor {name!r}")
                x = handle.get_tensor(name).T
                if x.shape != want:
                    raise AlignJaxError(f"{path}: tensor {name!r} has shape {x.T.shape}, this "
                                        f"model expects {tuple(reversed(want))}")
                layers.append(x)
            stacked[key] = jnp.asarray(np.stack(layers), dtype)
        weights[t] = stacked
    return config, weights
