"""Every experiment config loads, and the paper configs carry the paper's numbers."""

import importlib.util
from pathlib import Path

import pytest

from align_jax.lora import LoraConfig
from align_jax.train import setup

CONFIGS = sorted((Path(__file__).resolve().parents[1] / "configs").glob("*.py"))


def _load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.get_config() if hasattr(module, "get_config") else None


@pytest.mark.parametrize("path", CONFIGS, ids=[p.stem for p in CONFIGS])
def test_config_loads(path):
    cfg = _load(path)
    if cfg is None:
        return  # a helper module (common.py)
    assert cfg.run_name
    setup.optim_config(cfg.train)
    assert isinstance(setup.lora_config(cfg.lora), LoraConfig)


@pytest.mark.parametrize("name", ["sft_llama31_8b_en", "sft_qwen25_7b_zh"])
def test_paper_sft_hyperparameters(name):
    cfg = _load(CONFIGS[[p.stem for p in CONFIGS].index(name)])
    lora = setup.lora_config(cfg.lora)
    assert (lora.rank, lora.alpha, lora.targets, lora.scale) == (64, 256.0, ("q_proj", "v_proj"), 4.0)
    opt = setup.optim_config(cfg.train)
    assert (opt.lr, opt.schedule, opt.warmup_ratio, opt.loraplus_ratio) == (1e-5, "cosine", 0.1, 16.0)
    assert cfg.train.epochs == 1.5 and cfg.data.seq_len == 2048 and cfg.data.val_examples == 800
    assert cfg.data.seed == 42 and cfg.data.keep_fraction == 0.7 and cfg.model.dtype == "bfloat16"


@pytest.mark.parametrize("name", ["grpo_llama31_8b_en", "grpo_qwen25_7b_zh", "grpo_demo"])
def test_grpo_configs_validate_and_build(name):
    """The GRPO configs pass the settings check and become the GRPO objects; the paper
    ones carry the choices their docstrings state, on PPO's task and reward keys."""
    from align_jax import settings
    from align_jax.grpo import loop

    cfg = _load(CONFIGS[[p.stem for p in CONFIGS].index(name)])
    settings.validate(cfg)
    hyper, sched = loop.hyper_from(cfg), loop.schedule_from(cfg)
    hyper.validate(sched.updates_per_rollout)
    sched.validate()
    if name == "grpo_demo":
        assert cfg.model.preset == "tiny" and sched.rows == 16
        return
    assert (sched.prompts, sched.num_generations, sched.micro_batch, sched.updates_per_rollout) == (8, 8, 16, 1)
    assert (hyper.beta, hyper.eps_low, hyper.eps_high, hyper.loss_aggregation, hyper.pi_old) == (
        0.04, 0.2, 0.28, "token", "on_policy")
    assert loop.optim_config(cfg).lr == 2e-6 and sched.max_new_tokens == 1024
    assert cfg.ppo.reward == "ranking_spearman" and cfg.ppo.task == "ranking"
    assert cfg.model.dtype == "bfloat16" and cfg.lora.rank == 64
    sft = _load_variant(name, "sft")
    assert sft.ppo.init_adapter.endswith(name.replace("grpo_", "sft_")) and sft.run_name.endswith("_sft")


def _load_variant(name, variant):
    path = CONFIGS[[p.stem for p in CONFIGS].index(name)]
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.get_config(variant)
