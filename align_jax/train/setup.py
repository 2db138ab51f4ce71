"""From an experiment config (ml_collections) to the objects a run needs.

Shared by the SFT and PPO entry points: the mesh, the base model, the prepared data,
the LoRA and optimizer settings.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jax
import jax.numpy as jnp

from align_jax import settings
from align_jax.errors import AlignJaxError
from align_jax.lora import LoraConfig
from align_jax.models import config as config_lib
from align_jax.models.config import ModelConfig
from align_jax.models.decoder import Params, init_params
from align_jax.models.hf_io import load_hf_params, save_hf
from align_jax.models.orbax_io import load_params as load_orbax_params
from align_jax.sharding import Sharder, make_mesh
from align_jax.train.hosts import barrier, on_process_0
from align_jax.train.optim import OptimConfig

DTYPES = {"bfloat16": jnp.bfloat16, "float32": jnp.float32}


def make_sharder(mesh_cfg) -> Sharder:
    """A Sharder over all global devices; one device is the 1×1×1 mesh (whatever the
    mesh section says, as a config written for a pod runs on a laptop)."""
    return Sharder(make_mesh(dict(mesh_cfg) if jax.device_count() > 1 else {}))


def lora_config(cfg) -> LoraConfig:
    """The `lora` section (a run's config) as a LoraConfig: the same names."""
    return settings.build(LoraConfig, cfg, "lora")


def optim_config(cfg) -> OptimConfig:
    """The `train` section's optimizer settings as an OptimConfig: the same names."""
    return settings.build(OptimConfig, cfg, "train")


def _dtype(name: str):
    if name not in DTYPES:
        raise AlignJaxError(f"config model.dtype={name!r}; choose one of {', '.join(DTYPES)}")
    return DTYPES[name]


def model_config(mcfg, tokenizer_size: int, tokenizer_source: str,
                 workdir: Path) -> tuple[ModelConfig, str]:
    """(config, source) of the frozen base model, without reading its weights.

    model.hf_path: a Hugging Face folder; model.params_ckpt: a converted orbax checkpoint;
    otherwise model.preset with random weights (the demo), first written as a Hugging
    Face checkpoint under <workdir>/base_model so that the conversion path runs too.
    A tokenizer with more tokens than the model has embeddings is refused.
    """
    from align_jax.data.prepare import check_vocab
    from align_jax.models.orbax_io import CONFIG_FILE

    if mcfg.hf_path:
        config, source = config_lib.from_hf(mcfg.hf_path), str(mcfg.hf_path)
    elif mcfg.params_ckpt:
        config, source = config_lib.from_hf(Path(mcfg.params_ckpt) / CONFIG_FILE), str(mcfg.params_ckpt)
    elif mcfg.preset:
        folder = workdir / "base_model"
        config = config_lib.preset(mcfg.preset).replace(vocab_size=max(tokenizer_size, 8))

        def write_base():
            if not (folder / "config.json").exists():
                head_std = float(mcfg.init_head_std) if mcfg.init_head_std > 0 else None
                save_hf(config, init_params(config, jax.random.key(int(mcfg.init_seed)),
                                            std=float(mcfg.init_std), head_std=head_std), folder)
        on_process_0(write_base)
        barrier("base_model")
        config, source = config_lib.from_hf(folder), str(folder)
    else:
        raise AlignJaxError("config: set one of model.hf_path, model.params_ckpt or model.preset")
    check_vocab(tokenizer_size, tokenizer_source, config.vocab_size, source)
    return config.replace(remat_policy=mcfg.remat, attention_impl=mcfg.attention), source


def load_params(mcfg, config: ModelConfig, source: str, sharder: Sharder | None) -> Params:
    """The base model's weights (model_config's source) in model.dtype, sharded."""
    dtype = _dtype(mcfg.dtype)
    if mcfg.params_ckpt:
        return load_orbax_params(source, dtype, sharder)[1]
    return load_hf_params(source, config, dtype, sharder)


def load_model(mcfg, vocab_size: int, workdir: Path, sharder: Sharder | None,
               tokenizer_source: str = "the tokenizer") -> tuple[ModelConfig, Params, str]:
    """(config, params, source): model_config, then its weights."""
    config, source = model_config(mcfg, vocab_size, tokenizer_source, workdir)
    return config, load_params(mcfg, config, source, sharder), source


def prepare_config(d):
    """The `data` section as the PrepareConfig of launch/prepare_data.py: every option of
    that script is a data.* setting of the same name ('' = None for the optional ones)."""
    from align_jax.data.prepare import PrepareConfig, load_templates
    from align_jax.data.ranking import RankingConfig
    from align_jax.data.sft import SFTConfig

    optional = {k: (d[k] or None) for k in ("language", "country", "native_language")}
    return settings.build(
        PrepareConfig, d, "data", {"fmt": "format"},
        norms=tuple(str(_fixture(n)) for n in d.norms), tokenizer=d.tokenizer or "tiny",
        fractions=tuple(float(x) for x in d.fractions), templates=load_templates(d.templates),
        sft=settings.build(SFTConfig, d, "data"),
        ranking=settings.build(RankingConfig, d, "data", {"k": "ranking_k", "min_words": "ranking_min_words",
                                                            "val_fraction": "ranking_val_fraction"}),
        **optional)


def prepared_data(dcfg, workdir: Path) -> tuple[Path, str]:
    """(prepared folder, tokenizer folder): data.prepared if given, else prepared now
    into <workdir>/data (cached, so a second run is near-instant)."""
    from align_jax.data.prepare import default_cache_dir, prepare

    if dcfg.prepared:
        folder = Path(dcfg.prepared)
        if not (folder / "manifest.json").exists():
            raise AlignJaxError(f"{folder}: not a prepared data folder (no manifest.json)")
    else:
        folder = workdir / "data"

        def prepare_now():
            if (folder / "manifest.json").exists():
                return
            config = prepare_config(dcfg)
            summary, cached = prepare(config, folder, cache_dir=default_cache_dir(),
                                      log=lambda m: print(f"data: {m}", flush=True),
                                      setting_prefix="data.")
            print(f"data: {summary['sft_train_examples']:,} SFT examples, "
                  f"{summary['sft_train_tokens']:,} tokens, packing efficiency "
                  f"{summary['packing_efficiency']:.3f}{' (cached)' if cached else ''}", flush=True)
        on_process_0(prepare_now)
        barrier("prepared_data")
    manifest = json.loads((folder / "manifest.json").read_text())
    tok = manifest["config"]["tokenizer"]
    tokenizer = str(folder / "tokenizer") if tok == "tiny" else tok
    return folder, tokenizer


def _fixture(name: str) -> Path:
    """A norms path, or `fixture:en` / `fixture:zh` for the illustrative fixtures we ship."""
    if name.startswith("fixture:"):
        from importlib import resources

        lang = name.split(":", 1)[1]
        path = Path(str(resources.files("align_jax.data") / "fixtures" / f"illustrative_{lang}.csv"))
        if not path.exists():
            raise AlignJaxError(f"no built-in fixture {name!r} (choose fixture:en or fixture:zh)")
        return path
    return Path(name)


def resolved(cfg: Any) -> dict:
    """The config as plain JSON (for checkpoints and the run folder)."""
    return json.loads(cfg.to_json_best_effort())
