"""The paper PPO configs carry the paper's numbers; the SFT variant starts from the SFT run."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from align_jax.ppo import rewards
from align_jax.ppo.loop import kl_control_from, optim_configs, schedule_from

ROOT = Path(__file__).resolve().parents[1] / "configs"


def _load(name, variant=None):
    spec = importlib.util.spec_from_file_location(name, ROOT / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.get_config() if variant is None else module.get_config(variant)


@pytest.mark.parametrize("name,sft", [("ppo_llama31_8b_en", "sft_llama31_8b_en"),
                                      ("ppo_qwen25_7b_zh", "sft_qwen25_7b_zh")])
def test_paper_ppo_hyperparameters(name, sft):
    cfg = _load(name)
    actor, critic = optim_configs(cfg.ppo)
    assert (actor.lr, critic.lr) == (5e-7, 9e-6)
    assert kl_control_from(cfg.ppo).init_coef == 0.1
    s = schedule_from(cfg.ppo)
    s.validate()
    assert (s.train_batch, s.train_micro, s.rollout_batch, s.rollout_micro) == (32, 8, 64, 16)
    assert s.ppo_epochs == 1 and cfg.ppo.epochs == 1.0 and s.normalise_rewards
    assert cfg.ppo.max_prompt_len == 1024 and s.max_new_tokens == 1024
    assert cfg.ppo.reward == "ranking_spearman" and rewards.get(cfg.ppo.reward)
    assert cfg.ppo.init_adapter == "" and cfg.model.dtype == "bfloat16"
    after = _load(name, "sft")
    assert after.ppo.init_adapter == f"checkpoints/{sft}" and after.ppo.init_mode == "merge"
    assert after.run_name == f"{name}_sft"
    with pytest.raises(ValueError, match="unknown variant"):
        _load(name, "dpo")


def test_iteration_rows_are_epoch_permutations():
    from align_jax.ppo.loop import iteration_rows

    n, b = 10, 4
    rows = np.concatenate([iteration_rows(n, b, seed=3, iteration=i) for i in range(5)])  # 2 epochs
    assert sorted(rows[:10]) == list(range(10)) and sorted(rows[10:20]) == list(range(10))
    assert list(rows[:10]) != list(rows[10:20])  # a new order each epoch
    np.testing.assert_array_equal(iteration_rows(n, b, 3, 2), rows[8:12])  # pure in (seed, it)
    assert list(iteration_rows(n, b, 4, 0)) != list(rows[:4])
