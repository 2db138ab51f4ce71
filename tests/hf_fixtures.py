"""Tiny random Hugging Face models written with transformers, for parity tests."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

SHARED = Path(__file__).resolve().parents[2] / "shared"

LLAMA_KW = dict(
    vocab_size=97, hidden_size=48, intermediate_size=112, num_hidden_layers=3,
    num_attention_heads=6, num_key_value_heads=2, head_dim=8, rms_norm_eps=1e-5,
    max_position_embeddings=256, tie_word_embeddings=False,
    rope_scaling={"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
                  "high_freq_factor": 4.0, "original_max_position_embeddings": 32},
    rope_theta=500000.0,
)
QWEN_KW = dict(
    vocab_size=101, hidden_size=48, intermediate_size=96, num_hidden_layers=2,
    num_attention_heads=4, num_key_value_heads=2, rms_norm_eps=1e-6,
    max_position_embeddings=256, rope_theta=1000000.0,
)


def make_torch_model(family: str, seed: int = 0, **overrides):
    """A transformers model with every weight random (biases and norms included)."""
    import torch
    import transformers

    torch.manual_seed(seed)
    if family == "llama":
        cfg = transformers.LlamaConfig(**{**LLAMA_KW, **overrides})
        model = transformers.LlamaForCausalLM(cfg)
    elif family == "qwen2":
        cfg = transformers.Qwen2Config(**{**QWEN_KW, **overrides})
        model = transformers.Qwen2ForCausalLM(cfg)
    else:
        raise ValueError(family)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "norm" in name:
                p.copy_(1.0 + 0.1 * torch.randn_like(p))
            else:
                p.copy_(0.1 * torch.randn_like(p))
    model.config._attn_implementation = "eager"
    return model.eval()


def write_hf_model(folder: Path, family: str, seed: int = 0, **overrides) -> Path:
    model = make_torch_model(family, seed, **overrides)
    model.save_pretrained(folder)
    return Path(folder)


def torch_logits(model, input_ids, attention_mask=None, position_ids=None):
    import numpy as np
    import torch

    with torch.no_grad():
        kw = {}
        if attention_mask is not None:
            kw["attention_mask"] = torch.as_tensor(np.asarray(attention_mask), dtype=torch.long)
        if position_ids is not None:
            kw["position_ids"] = torch.as_tensor(np.asarray(position_ids), dtype=torch.long)
        out = model(torch.as_tensor(np.asarray(input_ids), dtype=torch.long), **kw)
    return out.logits.float().numpy()
