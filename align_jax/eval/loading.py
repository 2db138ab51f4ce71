"""What model-mode evaluation reads: a prepared data folder, a base model and an adapter.

A training run folder (checkpoints/<run>) can stand for both: its base model (the
`base_model/` it wrote, or the model its config names) and its `adapter/`.
"""

from __future__ import annotations

import json
from pathlib import Path

from align_jax.errors import AlignJaxError


def load_eval_data(folder: str | Path, split: str = "test", tokenizer: str | None = None) -> dict:
    """Cues of `split`, the training cues, cleaned norms, templates, language and tokenizer."""
    from align_jax.data.norms import load_norms
    from align_jax.data.prepare import load_tokenizer
    from align_jax.data.templates import PromptTemplates

    folder = Path(folder)
    manifest_file = folder / "manifest.json"
    if not manifest_file.exists():
        raise AlignJaxError(f"{folder}: not a prepared data folder (no manifest.json)")
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    splits = json.loads((folder / "splits.json").read_text(encoding="utf-8"))
    language = manifest["summary"]["language"]
    norms, _ = load_norms([str(folder / "norms.csv")], fmt="counts", language=language)
    templates = PromptTemplates.for_language(language)
    if manifest["config"].get("templates"):
        templates = PromptTemplates.from_dict(templates, manifest["config"]["templates"])
    tok = tokenizer or manifest["config"]["tokenizer"]
    tok = str(folder / "tokenizer") if tok == "tiny" else tok
    return {"cues": list(splits[split]), "train_cues": list(splits["train"]), "norms": norms.cues,
            "templates": templates, "language": language, "tokenizer": load_tokenizer(tok),
            "tokenizer_source": tok}


def _run_config(folder: Path) -> dict | None:
    cfg = folder / "config.json"
    if cfg.exists():
        obj = json.loads(cfg.read_text())
        if isinstance(obj, dict) and "model" in obj and "lora" in obj:
            return obj
    return None


def resolve_base(path: str | Path) -> Path:
    """The folder holding the base weights that `path` (model or run folder) stands for."""
    path = Path(path)
    run = _run_config(path)
    if run is None:
        return path
    if (path / "base_model" / "config.json").exists():
        return path / "base_model"
    source = run["model"].get("hf_path") or run["model"].get("params_ckpt")
    if not source:
        raise AlignJaxError(f"{path}: run folder names no base model (model.hf_path/params_ckpt)")
    return Path(source)


def load_eval_model(model: str | Path, lora: str | Path | None, dtype: str = "bfloat16",
                    tokenizer=None, tokenizer_source: str = "the tokenizer"):
    """(config, params, Lora or None, source) for evaluation.

    With `tokenizer`, a model with fewer embeddings than the tokenizer has tokens is
    refused (naming both sizes) before its weights are read: it would generate garbage."""
    import jax.numpy as jnp

    from align_jax.data.prepare import check_vocab
    from align_jax.lora import bind
    from align_jax.models import config as config_lib
    from align_jax.models import load_params
    from align_jax.models.hf_io import load_hf_params
    from align_jax.models.orbax_io import CONFIG_FILE
    from align_jax.peft_io import import_peft

    base = resolve_base(model)
    orbax = (base / CONFIG_FILE).exists()
    config = config_lib.from_hf(base / CONFIG_FILE if orbax else base)
    if tokenizer is not None:
        check_vocab(len(tokenizer), tokenizer_source, config.vocab_size, str(base))
    if orbax:
        config, params = load_params(base, jnp.dtype(dtype))
    else:
        params = load_hf_params(base, config, jnp.dtype(dtype))
    adapter = None
    if lora:
        folder = Path(lora)
        if _run_config(folder) is not None:
            folder = folder / "adapter"
        lora_cfg, weights = import_peft(folder, config)
        adapter = bind(lora_cfg, weights)
    return config, params, adapter, str(base)
