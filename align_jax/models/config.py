"""ModelConfig: the decoder's shape and numerics, read from and written to HF config.json."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any, Mapping

from align_jax.errors import AlignJaxError

# HF architecture name -> our family name. Anything else is refused.
ARCHITECTURES = {"LlamaForCausalLM": "llama", "Qwen2ForCausalLM": "qwen2"}
_MODEL_TYPES = {"llama": "llama", "qwen2": "qwen2"}


@dataclasses.dataclass(frozen=True)
class RopeScaling:
    """Llama-3 frequency scaling of rotary embeddings (rope_type "llama3")."""

    factor: float
    low_freq_factor: float
    high_freq_factor: float
    original_max_position_embeddings: int


@dataclasses.dataclass(frozen=True)
class ModelConfig:
    """Shape and options of a Llama / Qwen2 decoder.

    `family` selects the HF naming and defaults: Qwen2 always has q/k/v biases,
    Llama has them (and an o_proj bias) only when `attention_bias` is set.
    """

    family: str
    vocab_size: int
    hidden_size: int
    intermediate_size: int
    num_layers: int
    num_heads: int
    num_kv_heads: int
    head_dim: int
    rms_norm_eps: float = 1e-5
    rope_theta: float = 10000.0
    rope_scaling: RopeScaling | None = None
    qkv_bias: bool = False
    o_bias: bool = False
    mlp_bias: bool = False
    tie_word_embeddings: bool = False
    max_position_embeddings: int = 8192
    bos_token_id: int | None = None
    eos_token_ids: tuple[int, ...] = ()
    # Execution options (not part of HF config): attention kernel and remat policy.
    attention_impl: str = "xla"
    remat_policy: str = "none"
    # Layers unrolled per scan iteration; `num_layers` unrolls all (XLA's cost analysis
    # counts a loop body once, so FLOP counts need the unrolled program).
    scan_unroll: int = 1

    def __post_init__(self):
        if self.family not in ("llama", "qwen2"):
            raise AlignJaxError(f"unknown model family {self.family!r}; expected 'llama' or 'qwen2'")
        if self.num_heads % self.num_kv_heads:
            raise AlignJaxError(
                f"num_attention_heads={self.num_heads} is not a multiple of "
                f"num_key_value_heads={self.num_kv_heads}")

    @property
    def q_size(self) -> int:
        return self.num_heads * self.head_dim

    @property
    def kv_size(self) -> int:
        return self.num_kv_heads * self.head_dim

    def replace(self, **changes) -> "ModelConfig":
        return dataclasses.replace(self, **changes)


def _rope_fields(cfg: Mapping[str, Any], where: str) -> tuple[float, RopeScaling | None]:
    """Reads rope theta and scaling from either HF layout (v4 `rope_scaling`, v5 `rope_parameters`)."""
    params = cfg.get("rope_parameters") or cfg.get("rope_scaling") or {}
    theta = float(params.get("rope_theta", cfg.get("rope_theta", 10000.0)))
    rope_type = params.get("rope_type", params.get("type", "default"))
    if rope_type in (None, "default"):
        return theta, None
    if rope_type == "llama3":
        try:
            return theta, RopeScaling(
                factor=float(params["factor"]),
                low_freq_factor=float(params["low_freq_factor"]),
                high_freq_factor=float(params["high_freq_factor"]),
                original_max_position_embeddings=int(params["original_max_position_embeddings"]))
        except KeyError as e:
            raise AlignJaxError(f"{where}: llama3 rope scaling lacks key {e.args[0]!r}") from None
    raise AlignJaxError(
        f"{where}: rope scaling type {rope_type!r} is not supported (supported: none, 'llama3')")


def from_hf_dict(cfg: Mapping[str, Any], where: str = "config.json") -> ModelConfig:
    """Builds a ModelConfig from the contents of a Hugging Face config.json."""
    archs = cfg.get("architectures") or []
    if archs:
        family = ARCHITECTURES.get(archs[0])
        if family is None:
            raise AlignJaxError(
                f"{where}: architecture {archs[0]!r} is not supported "
                f"(supported: {', '.join(ARCHITECTURES)})")
    else:
        family = _MODEL_TYPES.get(cfg.get("model_type", ""))
        if family is None:
            raise AlignJaxError(
                f"{where}: model_type {cfg.get('model_type')!r} is not supported "
                f"(supported: {', '.join(_MODEL_TYPES)})")
    if cfg.get("use_sliding_window"):
        raise AlignJaxError(f"{where}: use_sliding_window=true is not supported")
    if cfg.get("hidden_act", "silu") != "silu":
        raise AlignJaxError(f"{where}: hidden_act {cfg.get('hidden_act')!r} is not supported (only 'silu')")
    try:
        heads = int(cfg["num_attention_heads"])
        hidden = int(cfg["hidden_size"])
        theta, scaling = _rope_fields(cfg, where)
        eos = cfg.get("eos_token_id")
        eos_ids = tuple(eos) if isinstance(eos, list) else (() if eos is None else (int(eos),))
        attention_bias = bool(cfg.get("attention_bias", False))
        return ModelConfig(
            family=family,
            vocab_size=int(cfg["vocab_size"]),
            hidden_size=hidden,
            intermediate_size=int(cfg["intermediate_size"]),
            num_layers=int(cfg["num_hidden_layers"]),
            num_heads=heads,
            num_kv_heads=int(cfg.get("num_key_value_heads") or heads),
            head_dim=int(cfg.get("head_dim") or hidden // heads),
            rms_norm_eps=float(cfg.get("rms_norm_eps", 1e-6)),
            rope_theta=theta,
            rope_scaling=scaling,
            qkv_bias=True if family == "qwen2" else attention_bias,
            o_bias=False if family == "qwen2" else attention_bias,
            mlp_bias=bool(cfg.get("mlp_bias", False)) if family == "llama" else False,
            tie_word_embeddings=bool(cfg.get("tie_word_embeddings", False)),
            max_position_embeddings=int(cfg.get("max_position_embeddings", 8192)),
            bos_token_id=cfg.get("bos_token_id"),
            eos_token_ids=eos_ids,
        )
    except KeyError as e:
        raise AlignJaxError(f"{where}: missing key {e.args[0]!r}") from None


def from_hf(path: str | Path) -> ModelConfig:
    """Reads `config.json` from a Hugging Face model folder (or the file itself)."""
    path = Path(path)
    file = path / "config.json" if path.is_dir() else path
    try:
        cfg = json.loads(file.read_text())
    except FileNotFoundError:
        raise AlignJaxError(f"{file}: no such file (expected a Hugging Face model folder "
                            "with config.json)") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        if file is path and file.suffix != ".json":  # "--hf=…/model.safetensors"
            raise AlignJaxError(f"{file}: a file, not a Hugging Face model folder (name the folder "
                                "that holds config.json and the weights)") from None
        raise AlignJaxError(f"{file}: not valid JSON ({e})") from None
    return from_hf_dict(cfg, where=str(file))


def to_hf_dict(config: ModelConfig) -> dict[str, Any]:
    """The config.json transformers needs to load a checkpoint written from `config`."""
    rope: dict[str, Any] = {"rope_type": "default", "rope_theta": config.rope_theta}
    if config.rope_scaling is not None:
        rope = {"rope_type": "llama3", "rope_theta": config.rope_theta,
                **dataclasses.asdict(config.rope_scaling)}
    out: dict[str, Any] = {
        "architectures": ["LlamaForCausalLM" if config.family == "llama" else "Qwen2ForCausalLM"],
        "model_type": config.family,
        "vocab_size": config.vocab_size,
        "hidden_size": config.hidden_size,
        "intermediate_size": config.intermediate_size,
        "num_hidden_layers": config.num_layers,
        "num_attention_heads": config.num_heads,
        "num_key_value_heads": config.num_kv_heads,
        "head_dim": config.head_dim,
        "rms_norm_eps": config.rms_norm_eps,
        "hidden_act": "silu",
        "max_position_embeddings": config.max_position_embeddings,
        "tie_word_embeddings": config.tie_word_embeddings,
        # Both spellings, so that transformers 4.x and 5.x read the same rope.
        "rope_theta": config.rope_theta,
        "rope_scaling": None if config.rope_scaling is None else rope,
        "rope_parameters": rope,
        "bos_token_id": config.bos_token_id,
        "eos_token_id": (list(config.eos_token_ids) if len(config.eos_token_ids) > 1
                         else (config.eos_token_ids[0] if config.eos_token_ids else None)),
    }
    if config.family == "llama":
        out.update(attention_bias=config.qkv_bias, mlp_bias=config.mlp_bias)
    else:
        out.update(use_sliding_window=False)
    return out


_LLAMA31_8B = ModelConfig(
    family="llama", vocab_size=128256, hidden_size=4096, intermediate_size=14336, num_layers=32,
    num_heads=32, num_kv_heads=8, head_dim=128, rms_norm_eps=1e-5, rope_theta=500000.0,
    rope_scaling=RopeScaling(8.0, 1.0, 4.0, 8192), max_position_embeddings=131072,
    bos_token_id=128000, eos_token_ids=(128001,))
_QWEN25_7B = ModelConfig(
    family="qwen2", vocab_size=152064, hidden_size=3584, intermediate_size=18944, num_layers=28,
    num_heads=28, num_kv_heads=4, head_dim=128, rms_norm_eps=1e-6, rope_theta=1000000.0,
    qkv_bias=True, max_position_embeddings=131072, bos_token_id=151643, eos_token_ids=(151643,))

PRESETS: dict[str, ModelConfig] = {
    "llama-3.1-8b": _LLAMA31_8B,
    "llama-3.1-8b-instruct": _LLAMA31_8B.replace(eos_token_ids=(128001, 128008, 128009)),
    "qwen2.5-7b": _QWEN25_7B,
    "qwen2.5-7b-instruct": _QWEN25_7B.replace(max_position_embeddings=32768,
                                              eos_token_ids=(151645,)),
    # Small enough to train on 2 CPU cores in the demo and the tests.
    "tiny": ModelConfig(
        family="llama", vocab_size=512, hidden_size=64, intermediate_size=176, num_layers=2,
        num_heads=4, num_kv_heads=2, head_dim=16, rms_norm_eps=1e-5, rope_theta=10000.0,
        rope_scaling=RopeScaling(8.0, 1.0, 4.0, 64), max_position_embeddings=2048,
        bos_token_id=1, eos_token_ids=(2,)),
    "tiny-qwen2": ModelConfig(
        family="qwen2", vocab_size=512, hidden_size=64, intermediate_size=176, num_layers=2,
        num_heads=4, num_kv_heads=2, head_dim=16, rms_norm_eps=1e-6, rope_theta=1000000.0,
        qkv_bias=True, tie_word_embeddings=True, max_position_embeddings=2048,
        bos_token_id=1, eos_token_ids=(2,)),
}


def preset(name: str) -> ModelConfig:
    """A named configuration: published shapes of the mission's models, or `tiny`."""
    try:
        return PRESETS[name]
    except KeyError:
        raise AlignJaxError(f"unknown model preset {name!r}; choose one of {', '.join(PRESETS)}") from None
