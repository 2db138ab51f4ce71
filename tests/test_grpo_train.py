"""GRPO iterations on a tiny model: a toy verifiable reward rises with bounded KL; the
registered text rewards score groups unchanged, parse failures are logged; a rollout of
all-equal groups warns once."""

import jax
import numpy as np
import pytest

from align_jax.grpo import update as upd
from align_jax.grpo.rollout import Rollout, prompt_rows, score_rewards, text_reward
from align_jax.grpo.trainer import GRPOSchedule, GRPOTrainer
from align_jax.lora import LoraConfig
from align_jax.models import init_params, preset
from align_jax.train.optim import OptimConfig, make_optimizer, schedule
from align_jax.train.state import init_state

MODEL = preset("tiny").replace(vocab_size=64)
POLICY = LoraConfig(rank=8, alpha=16, targets=("q_proj", "v_proj", "up_proj", "down_proj"))


def _trainer(hyper, sched, lr=5e-3, stop_ids=(2,)):
    ocfg = OptimConfig(lr=lr, schedule="constant", warmup_ratio=0.0)
    tx = make_optimizer(ocfg, 1000)
    state = init_state(upd.init_trainable(MODEL, POLICY, jax.random.key(1)),
                       upd.trainable_axes(POLICY), tx, 0)
    params = init_params(MODEL, jax.random.key(0), std=0.1)
    return GRPOTrainer(MODEL, params, POLICY, hyper, tx, state, sched, seed=0,
                       stop_ids=list(stop_ids), pad_id=0, lr_fn=schedule(ocfg, 1000)), state


def _toy_run(beta: float, iterations: int):
    hyper = upd.GRPOHyper(beta=beta, pi_old="sampler", eps_high=0.28, chunk=8)
    sched = GRPOSchedule(prompts=4, num_generations=4, updates_per_rollout=2, micro_batch=8,
                         max_new_tokens=8)
    trainer, state = _trainer(hyper, sched)
    rng = np.random.default_rng(0)
    reward = lambda tokens, mask, rows: ((tokens == 7) * mask).sum(1) / np.maximum(mask.sum(1), 1)
    history = []
    for it in range(iterations):
        prompts = [list(rng.integers(3, 64, rng.integers(3, 8))) for _ in range(4)]
        state, m = trainer.iteration(state, prompts, reward, it)
        history.append(m)
    assert int(state.step) == iterations * 2
    return history


def test_toy_reward_rises_with_bounded_kl():
    """Reward = the share of answer tokens equal to 7 (1/64 by chance): 4 prompts × 4
    samples, two optimizer steps per rollout against the sampler's π_old. With β = 0.04
    the reward rises and the KL (token mean of k3) with it; β = 1 holds the policy at the
    reference: the KL term bounds how far it moves."""
    n = 32
    runs = {beta: _toy_run(beta, n) for beta in (0.04, 1.0)}
    free, held = runs[0.04], runs[1.0]
    rewards = [m["reward_mean"] for m in free]
    assert np.mean(rewards[:5]) < 0.05, rewards
    assert np.mean(rewards[-5:]) > 0.3, rewards
    assert free[0]["kl"] == 0.0 and held[0]["kl"] == 0.0  # B = 0: policy = reference
    assert free[-1]["entropy"] < free[0]["entropy"] - 0.5
    assert np.mean([m["zero_adv_groups"] for m in free[-5:]]) < 0.5
    free_kl, held_kl = [m["kl"] for m in free], [m["kl"] for m in held]
    assert np.mean(free_kl[-5:]) > 0.5, free_kl
    assert max(held_kl) < 0.3 and max(held_kl) < np.mean(free_kl[-5:]) / 4, held_kl
    assert np.mean([m["reward_mean"] for m in held[-5:]]) < np.mean(rewards[-5:]) / 2
    for m in free + held:
        assert 0 <= m["clip_frac"] <= 1 and m["finite"] == 1.0 and np.isfinite(m["kl"])


class _WordTokenizer:
    """ids → words (1 = "", 2 = the stop token)."""

    WORDS = ["", "", "<stop>", "sun", "moon", "star", "car", "tea"]

    def decode(self, ids, skip_special_tokens=True):
        return ", ".join(self.WORDS[i] for i in ids if i > 2)


def test_registered_rewards_score_each_row_against_its_prompt():
    tasks = [{"cue": "sky", "human": [("sun", 5), ("moon", 3), ("star", 2)]},
             {"cue": "drink", "human": [("tea", 4)]}]
    tokens = np.array([[3, 4, 2, 0], [6, 2, 0, 0], [2, 0, 0, 0], [7, 3, 2, 0],
                       [7, 2, 0, 0], [3, 4, 5, 2], [1, 2, 0, 0], [6, 7, 2, 0]], np.int32)
    mask = (np.cumsum(tokens == 2, axis=1) - (tokens == 2) == 0).astype(np.float32)
    ro = Rollout(prompts=[[1]] * 8, rows=prompt_rows(2, 4), tokens=tokens, mask=mask, logp=None)
    fn = text_reward(_WordTokenizer(), [2], "association_precision", tasks, k=2)
    scores, failed = score_rewards(fn, ro)
    # rows 0-3 against "sky", rows 4-7 against "drink"; P@2 = hits in the first 2 words / 2
    np.testing.assert_allclose(scores, [1.0, 0.0, 0.0, 0.5, 0.5, 0.0, 0.0, 0.5])
    np.testing.assert_array_equal(failed, [0, 0, 1, 0, 0, 0, 1, 0])
    from align_jax.errors import AlignJaxError
    with pytest.raises(AlignJaxError, match="not a registered reward"):
        text_reward(_WordTokenizer(), [2], "no_such_reward", tasks)


def test_parse_failures_and_nonfinite_rewards_are_reported():
    sched = GRPOSchedule(prompts=2, num_generations=4, micro_batch=4, max_new_tokens=4)
    trainer, state = _trainer(upd.GRPOHyper(beta=0.0, chunk=4), sched)
    failed = np.array([True, False, True, False, False, False, False, True])
    raw = np.array([np.nan, 0.5, -1, 0.5, 0.2, 0.1, 0.3, -1], np.float32)
    state, m = trainer.iteration(state, [[5, 6, 7], [8, 9]], lambda t, mk, r: (raw, failed), 0)
    assert m["reward_parse_fail"] == pytest.approx(3 / 8)
    assert m["reward_mean"] == pytest.approx((-1 + 0.5 - 1 + 0.5 + 0.2 + 0.1 + 0.3 - 1) / 8)
    assert "kl" not in m  # β = 0: no reference, no KL
    _, m = trainer.iteration(state, [[5, 6, 7], [8, 9]], lambda t, mk, r: np.zeros(8, np.float32), 1)
    assert "reward_parse_fail" not in m and m["zero_adv_groups"] == 1.0


def test_truncated_answers_leave_the_loss_when_masked():
    """Without stop tokens every answer runs out of budget: with grpo.mask_truncated none
    of its tokens enters the loss (no gradient), without it they all do."""
    sched = GRPOSchedule(prompts=2, num_generations=4, micro_batch=8, max_new_tokens=4)
    varied = lambda t, mk, r: np.arange(8, dtype=np.float32)
    for masked in (False, True):
        hyper = upd.GRPOHyper(beta=0.0, chunk=4, mask_truncated=masked)
        trainer, state = _trainer(hyper, sched, stop_ids=())
        _, m = trainer.iteration(state, [[5, 6, 7], [8, 9]], varied, 0)
        assert m["truncated"] == 1.0 and m["response_length"] == 4.0
        assert (m["grad_norm"] == 0.0) == masked, m["grad_norm"]


def test_all_equal_groups_warn_once_in_one_line(capsys):
    sched = GRPOSchedule(prompts=2, num_generations=4, micro_batch=8, max_new_tokens=4)
    trainer, state = _trainer(upd.GRPOHyper(beta=0.0, chunk=4), sched)
    varied = lambda t, mk, r: np.arange(8, dtype=np.float32)
    half = lambda t, mk, r: np.array([0, 0, 0, 0, 0, 1, 0, 0], np.float32)  # one flat group
    flat = lambda t, mk, r: np.full(8, -1.0, np.float32)
    ms = []
    for it, fn in enumerate([varied, half, flat, flat, varied]):
        state, m = trainer.iteration(state, [[5, 6, 7], [8, 9]], fn, it)
        ms.append(m)
    assert [m["zero_adv_groups"] for m in ms] == [0.0, 0.5, 1.0, 1.0, 0.0]
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("warning: GRPO iteration 3: in all 2 groups")
    assert "cannot learn" in lines[0]
    assert ms[2]["grad_norm"] == 0.0  # no advantage, no gradient (β = 0)


def test_schedule_and_hyper_refuse_bad_settings():
    from align_jax.errors import AlignJaxError
    with pytest.raises(AlignJaxError, match="num_generations=1"):
        GRPOSchedule(num_generations=1).validate()
    with pytest.raises(AlignJaxError, match="micro_batch=3"):
        GRPOSchedule(prompts=2, num_generations=4, micro_batch=3).validate()
    with pytest.raises(AlignJaxError, match="pi_old='on_policy'"):
        upd.GRPOHyper(pi_old="on_policy").validate(updates_per_rollout=2)
    with pytest.raises(AlignJaxError, match="loss_aggregation='dapo'"):
        upd.GRPOHyper(loss_aggregation="dapo").validate()
    with pytest.raises(AlignJaxError, match="shared_prompt needs micro-batches of whole groups"):
        _trainer(upd.GRPOHyper(shared_prompt=True), GRPOSchedule(prompts=2, num_generations=4,
                                                                 micro_batch=2, max_new_tokens=4))
    sched = GRPOSchedule(prompts=2, num_generations=4, micro_batch=4, max_new_tokens=4)
    trainer, state = _trainer(upd.GRPOHyper(beta=0.0, chunk=4), sched)
    with pytest.raises(AlignJaxError, match="3 prompts for a rollout of grpo.prompts=2"):
        trainer.iteration(state, [[5], [6], [7]], lambda t, mk, r: np.zeros(8), 0)
    with pytest.raises(AlignJaxError, match="reward returned shape"):
        trainer.iteration(state, [[5], [6]], lambda t, mk, r: np.zeros(4), 0)

