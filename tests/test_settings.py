"""align_jax/settings.py: one place for every setting's default, valid values and resume rule."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from align_jax import settings
from align_jax.errors import AlignJaxError

CONFIGS = sorted(p for p in (Path(__file__).resolve().parents[1] / "configs").glob("*.py")
                 if p.stem != "common")


def _load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.get_config()


def _demo(**changes):
    cfg = _load(next(p for p in CONFIGS if p.stem == "demo"))
    for key, value in changes.items():
        section, name = key.split("__")
        cfg[section][name] = value
    return cfg


@pytest.mark.parametrize("path", CONFIGS, ids=[p.stem for p in CONFIGS])
def test_every_experiment_config_is_valid(path):
    settings.validate(_load(path))


@pytest.mark.parametrize("change, message", [
    ({"train__lr": -1.0}, "config train.lr=-1.0: must be >= 0"),
    ({"ppo__critic_lr": -1e-3}, "config ppo.critic_lr=-0.001: must be >= 0"),
    ({"train__warmup_ratio": 1.5}, "config train.warmup_ratio=1.5: must be <= 1"),
    ({"train__global_batch": 0}, "config train.global_batch=0: must be >= 1"),
    ({"train__grad_accum": 3}, "config train.global_batch=8 is not divisible by train.grad_accum=3"),
    ({"train__max_grad_norm": -1.0}, "config train.max_grad_norm=-1.0: must be >= 0"),
    ({"train__epochs": 0.0}, "config train.epochs=0.0: must be > 0"),
    ({"train__max_steps": 0}, "config train.max_steps=0: must be >= 1 (or -1)"),
    ({"train__on_nonfinite": "halt"}, "config train.on_nonfinite='halt': choose one of 'stop', 'skip'"),
    ({"train__schedule": "step"}, "config train.schedule='step': choose one of 'cosine', 'linear', 'constant'"),
    ({"ppo__clip_eps": 0.0}, "config ppo.clip_eps=0.0: must be > 0"),
    ({"ppo__actor_lr": float("inf")}, "config ppo.actor_lr=inf: must be a finite number"),
    ({"ppo__init_kl_coef": float("inf")}, "config ppo.init_kl_coef=inf: must be a finite number"),
    ({"train__lr": float("nan")}, "config train.lr=nan: must be a finite number"),
    ({"ppo__gamma": 1.5}, "config ppo.gamma=1.5: must be <= 1"),
    ({"ppo__kl_estimator": "k2"}, "config ppo.kl_estimator='k2': choose one of 'k1', 'k3'"),
    ({"ppo__top_p": 0.0}, "config ppo.top_p=0.0: must be > 0"),
    ({"ppo__rollout_micro": 5}, "config ppo.rollout_batch=64 is not a multiple of ppo.rollout_micro=5"),
    ({"grpo__num_generations": 1}, "config grpo.num_generations=1: must be >= 2"),
    ({"grpo__beta": -0.1}, "config grpo.beta=-0.1: must be >= 0"),
    ({"grpo__scale_rewards": "std"}, "config grpo.scale_rewards='std': choose one of 'group', 'batch', 'none'"),
    ({"grpo__pi_old": "old"}, "config grpo.pi_old='old': choose one of 'on_policy', 'sampler', 'score'"),
    ({"grpo__micro_batch": 12}, "config grpo.micro_batch=12 does not divide the 64 rows"),
    ({"grpo__updates_per_rollout": 2}, "config grpo.pi_old='on_policy' is exact only with one update"),
    ({"mesh__data": -1}, "config mesh.data and mesh.fsdp are both -1"),
    ({"mesh__tensor": 0}, "config mesh.tensor=0: must be >= 1 (or -1)"),
    ({"lora__rank": 0}, "config lora.rank=0: must be >= 1"),
    ({"lora__dropout": 1.0}, "config lora.dropout=1.0: must be < 1"),
    ({"lora__targets": ("q_proj", "qkv")}, "config lora.targets=('q_proj', 'qkv'): 'qkv' is not one of"),
    ({"lora__targets": ()}, "config lora.targets=(): must not be empty"),
    ({"model__dtype": "float16"}, "config model.dtype='float16': choose one of 'bfloat16', 'float32'"),
    ({"model__remat": "some"}, "config model.remat='some': choose one of 'none', 'full'"),
    ({"model__preset": "huge"}, "config model.preset='huge': choose one of"),
    ({"data__keep_fraction": 0.0}, "config data.keep_fraction=0.0: must be > 0"),
    ({"data__format": "xml"}, "config data.format='xml': choose one of 'auto'"),
])
def test_out_of_range_settings_are_refused_naming_the_key(change, message):
    with pytest.raises(AlignJaxError) as e:
        settings.validate(_demo(**change))
    assert str(e.value).startswith(message), str(e.value)


def test_unknown_and_ill_typed_keys():
    cfg = _demo()
    with cfg.unlocked():
        cfg.train.lrr = 0.1
    with pytest.raises(AlignJaxError, match="config train.lrr: unknown setting"):
        settings.validate(cfg)
    cfg = _demo()
    with cfg.unlocked():
        del cfg.train["lr"]
    with pytest.raises(AlignJaxError, match="config train.lr: missing"):
        settings.validate(cfg)


def test_choices_come_from_the_implementing_modules():
    from align_jax.data import norms
    from align_jax.models import attention, config, decoder
    from align_jax.train import optim

    table = dict(settings.settings())
    assert settings._resolve(table["model.remat"].choices) == tuple(decoder.REMAT_POLICIES)
    assert settings._resolve(table["model.attention"].choices) == tuple(attention.IMPLEMENTATIONS)
    assert settings._resolve(table["lora.targets"].items) == tuple(decoder.PROJECTIONS)
    assert settings._resolve(table["data.format"].choices) == tuple(norms.FORMATS)
    assert settings._resolve(table["train.schedule"].choices) == tuple(optim.SCHEDULES)
    assert "tiny" in config.PRESETS


def test_the_config_is_built_from_the_table():
    cfg = settings.base_config()
    assert settings.flat(cfg) == {k: s.default for k, s in settings.settings()}


def test_resume_changes_name_what_changes_the_run():
    stored = json.loads(_demo().to_json_best_effort())  # as a run's config.json holds it
    same = _demo(train__log_every=1, train__save_every=7, mesh__fsdp=2, model__remat="full")
    assert settings.resume_changes(stored, same) == []  # cadence and memory layout only
    changed = _demo(train__max_steps=9, data__seed=1)
    assert [c[0] for c in settings.resume_changes(stored, changed)] == ["data.seed", "train.max_steps"]
    assert settings.resume_changes(stored, changed, ("train.max_steps",)) == [("data.seed", 42, 1)]
    with pytest.raises(AlignJaxError, match="--allow_changes: 'train.lrr' is not a setting"):
        settings.check_keys(("train.lrr",), "--allow_changes")
