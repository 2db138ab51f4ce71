"""PPO models, scoring and the jitted update: reference = policy when the LoRA is zero,
learning on a toy reward, sharded update = single-device update, starting from SFT."""

import jax
import jax.numpy as jnp
import numpy as np
import optax
import pytest

from align_jax.lora import LoraConfig, bind, init_lora
from align_jax.models import forward, init_params, param_axes, preset
from align_jax.peft_io import export_peft
from align_jax.ppo.advantages import KLControl
from align_jax.ppo.models import ActorCritic, apply_sft_adapter, init_trainable, trainable_axes
from align_jax.ppo.rollout import build_sequences, make_score_fn
from align_jax.ppo.step import (PPOHyper, jit_ppo_update, make_advantage_fn, make_ppo_optimizer,
                                make_ppo_update)
from align_jax.ppo.trainer import PPOTrainer, Schedule, initial_control
from align_jax.sampling import Sampling
from align_jax.sharding import Sharder, make_mesh, shard_tree
from align_jax.train.optim import OptimConfig, schedule
from align_jax.train.state import init_state

MODEL = preset("tiny").replace(vocab_size=64)
POLICY = LoraConfig(rank=8, alpha=16, targets=("q_proj", "v_proj", "up_proj", "down_proj"))
CRITIC = LoraConfig(rank=4, alpha=8, targets=("q_proj", "v_proj"))


def _params():
    return init_params(MODEL, jax.random.key(0), std=0.1)


def _rollout_data(rng, b=8, n=6):
    prompts = [list(rng.integers(3, 64, rng.integers(2, 9))) for _ in range(b)]
    tokens = rng.integers(3, 64, (b, n)).astype(np.int32)
    mask = np.ones((b, n), np.float32)
    for r in range(b):
        mask[r, rng.integers(1, n + 1):] = 0.0
    return prompts, build_sequences(prompts, tokens, mask, pad_id=0)


def test_reference_equals_policy_when_lora_is_zero():
    params = _params()
    ac = ActorCritic(POLICY, CRITIC)
    trainable = init_trainable(MODEL, ac, jax.random.key(1))
    _, seqs = _rollout_data(np.random.default_rng(0))
    score = make_score_fn(MODEL, ac, chunk=2, sharder=None)
    out = jax.device_get(score(params, trainable, seqs))
    np.testing.assert_array_equal(out["logp"], out["ref_logp"])
    mask = seqs["response_mask"]
    assert np.all(out["logp"][mask > 0] < 0) and np.all(out["logp"][mask == 0] == 0)
    adv = make_advantage_fn(PPOHyper())(np.ones(8, np.float32), out["logp"], out["ref_logp"],
                                        out["values"], mask, np.float32(0.1))
    assert float(jnp.abs(adv["kl"]).max()) == 0.0
    # The scored log-probs are those of a plain forward pass over prompt + response.
    logits = forward(MODEL, params, jnp.asarray(seqs["input_ids"]), segment_ids=jnp.asarray(seqs["segment_ids"]),
                     positions=jnp.asarray(seqs["positions"]))
    p = seqs["input_ids"].shape[1] - 6
    want = jnp.take_along_axis(jax.nn.log_softmax(logits[:, p - 1:-1]), seqs["tokens"][..., None], -1)[..., 0]
    np.testing.assert_allclose(out["ref_logp"], np.asarray(want) * mask, rtol=1e-5, atol=1e-5)
    # A non-zero policy LoRA moves the policy away from the reference (the test can fail).
    moved = jax.tree.map(lambda x: x + 0.05, trainable)
    out2 = jax.device_get(score(params, moved, seqs))
    assert np.abs(out2["logp"] - out2["ref_logp"]).max() > 1e-3
    np.testing.assert_array_equal(out2["ref_logp"], out["ref_logp"])


def _state(ac, tx, sharder=None):
    trainable = init_trainable(MODEL, ac, jax.random.key(1), head_std=0.02)
    trainable = shard_tree(trainable, trainable_axes(ac), sharder, "trainable")
    return init_state(trainable, trainable_axes(ac), tx, 0, sharder)


def test_toy_task_reward_rises_with_bounded_kl():
    """Reward = the fraction of response tokens equal to token 7 (1/64 by chance)."""
    params = _params()
    ac = ActorCritic(POLICY, CRITIC)
    actor = OptimConfig(lr=3e-3, schedule="constant", warmup_ratio=0.0)
    critic = OptimConfig(lr=1e-2, schedule="constant", warmup_ratio=0.0)
    tx = make_ppo_optimizer(actor, critic, 1000)
    state = _state(ac, tx)
    sched = Schedule(rollout_batch=16, rollout_micro=16, train_batch=8, train_micro=4, ppo_epochs=2,
                     max_new_tokens=8, sampling=Sampling("sample", 1.0))
    kl = KLControl(0.1)
    trainer = PPOTrainer(MODEL, params, ac, PPOHyper(chunk=8), tx, {"actor": schedule(actor, 1000)},
                         state, sched, seed=0, stop_ids=[2], pad_id=0, kl=kl)
    control = initial_control(kl)
    rng = np.random.default_rng(0)
    reward = lambda tokens, mask, rows: ((tokens == 7) * mask).sum(1) / np.maximum(mask.sum(1), 1)
    history = []
    for it in range(30):
        prompts = [list(rng.integers(3, 64, rng.integers(3, 8))) for _ in range(16)]
        state, control, m = trainer.iteration(state, control, prompts, reward, it)
        history.append(m)
    rewards = [m["reward_mean"] for m in history]
    kls = [m["kl"] for m in history]
    assert np.mean(rewards[:5]) < 0.05, rewards
    assert np.mean(rewards[-5:]) > 0.3, rewards
    # KL to the reference grows as the policy moves, but stays bounded: far below the
    # 8 · log(64) ≈ 33 nats of a policy that always emits token 7.
    assert max(kls) < 20.0, kls
    assert all(0 <= m["policy_clip_frac"] <= 1 and m["finite"] == 1.0 for m in history)
    assert int(state.step) == 30 * 4


def test_parse_failures_of_a_text_reward_are_logged():
    """A reward that reports unparseable answers gives `reward_parse_fail`, their share."""
    ac = ActorCritic(POLICY, CRITIC)
    tx = make_ppo_optimizer(OptimConfig(lr=1e-3, schedule="constant", warmup_ratio=0.0),
                            OptimConfig(lr=1e-3, schedule="constant", warmup_ratio=0.0), 10)
    sched = Schedule(rollout_batch=8, rollout_micro=8, train_batch=8, train_micro=4,
                     max_new_tokens=4, sampling=Sampling("sample", 1.0))
    kl = KLControl(0.1)
    trainer = PPOTrainer(MODEL, _params(), ac, PPOHyper(chunk=4), tx, {}, _state(ac, tx), sched,
                         seed=0, stop_ids=[2], pad_id=0, kl=kl)
    prompts = [[5, 6, 7]] * 8
    failed = np.array([True, False, True, False, False, False, False, True])
    reward = lambda tokens, mask, rows: (np.where(failed, -1.0, 0.5).astype(np.float32), failed)
    _, _, m = trainer.iteration(_state(ac, tx), initial_control(kl), prompts, reward, 0)
    assert m["reward_parse_fail"] == pytest.approx(3 / 8)
    assert m["reward_mean"] == pytest.approx((3 * -1.0 + 5 * 0.5) / 8)
    plain = lambda tokens, mask, rows: np.zeros(8, np.float32)
    _, _, m = trainer.iteration(_state(ac, tx), initial_control(kl), prompts, plain, 0)
    assert "reward_parse_fail" not in m


def test_constant_rewards_warn_once_in_one_line(capsys):
    """A rollout whose rewards are all equal (e.g. −1 for every unparseable answer) gives
    the policy nothing to learn: one warning line, once per run; varied rewards none."""
    ac = ActorCritic(POLICY, CRITIC)
    tx = make_ppo_optimizer(OptimConfig(lr=1e-3, schedule="constant", warmup_ratio=0.0),
                            OptimConfig(lr=1e-3, schedule="constant", warmup_ratio=0.0), 10)
    sched = Schedule(rollout_batch=8, rollout_micro=8, train_batch=8, train_micro=4,
                     max_new_tokens=4, sampling=Sampling("sample", 1.0))
    kl = KLControl(0.1)

    def trainer():
        return PPOTrainer(MODEL, _params(), ac, PPOHyper(chunk=4), tx, {}, _state(ac, tx), sched,
                          seed=0, stop_ids=[2], pad_id=0, kl=kl)

    prompts = [[5, 6, 7]] * 8
    varied = lambda tokens, mask, rows: np.linspace(-1, 1, 8).astype(np.float32)
    t = trainer()
    state, control = _state(ac, tx), initial_control(kl)
    for it in range(2):
        state, control, _ = t.iteration(state, control, prompts, varied, it)
    assert "warning" not in capsys.readouterr().out

    failed = np.ones(8, bool)
    constant = lambda tokens, mask, rows: (np.full(8, -1.0, np.float32), failed)
    t = trainer()
    state, control = _state(ac, tx), initial_control(kl)
    for it, fn in enumerate([varied, constant, constant, varied, constant]):
        state, control, m = t.iteration(state, control, prompts, fn, it)
    lines = [l for l in capsys.readouterr().out.splitlines() if l.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("warning: PPO iteration 2: all 8 rewards of the rollout are -1")
    assert "cannot learn" in lines[0] and m["reward_std"] == 0.0


def test_sharded_update_equals_single_device():
    ac = ActorCritic(POLICY, CRITIC)
    params = _params()
    rng = np.random.default_rng(3)
    _, seqs = _rollout_data(rng, b=16, n=6)
    data = {**seqs, "logp": rng.normal(-4, 0.3, (16, 6)).astype(np.float32) * seqs["response_mask"],
            "values": rng.normal(size=(16, 6)).astype(np.float32),
            "advantages": rng.normal(size=(16, 6)).astype(np.float32),
            "returns": rng.normal(size=(16, 6)).astype(np.float32)}
    batch = {k: v.reshape(2, 8, *v.shape[1:]) for k, v in data.items()}  # [accum, micro, …]
    # SGD, so the comparison sees the gradients themselves: Adam's g/(|g| + eps) would blow
    # float-rounding differences in near-zero gradients up to full-size steps.
    ocfg = OptimConfig(lr=1e-2, schedule="constant", warmup_ratio=0.0)
    tx = optax.sgd(0.5)
    results = []
    for sharder in (None, Sharder(make_mesh({"data": 2, "fsdp": 4}))):
        state = _state(ac, tx, sharder)
        p = shard_tree(params, param_axes(MODEL), sharder)
        step = jit_ppo_update(make_ppo_update(MODEL, ac, tx, {"actor": schedule(ocfg, 100)}, PPOHyper(chunk=3),
                                              sharder=sharder), MODEL, state, sharder)
        if sharder is not None:
            from align_jax.ppo.rollout import place_rows
            b = place_rows(batch, sharder, leading=1)
        else:
            b = batch
        for _ in range(2):
            state, m = step(state, p, b)
        results.append((jax.device_get(state.trainable), jax.device_get(m)))
    (t1, m1), (t2, m2) = results
    assert float(m1["grad_norm"]) > 0
    moved = jax.tree.map(lambda a, b: np.abs(a - b).max(), t1, jax.device_get(_state(ac, tx).trainable))
    assert max(jax.tree.leaves(moved)) > 1e-3  # the update did something to compare
    jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6), t1, t2)
    for k in ("loss", "policy_loss", "value_loss", "entropy", "approx_kl", "policy_clip_frac"):
        assert float(m1[k]) == pytest.approx(float(m2[k]), rel=2e-5, abs=1e-6), k


def test_start_from_sft_adapter(tmp_path):
    params = _params()
    sft = init_lora(MODEL, POLICY, jax.random.key(5))
    sft = jax.tree.map(lambda x: x + 0.02, sft)  # non-zero B: a trained adapter
    export_peft(tmp_path / "run" / "adapter", MODEL, POLICY, sft)
    ids = jnp.asarray(np.random.default_rng(0).integers(3, 64, (2, 7)))
    with_adapter = forward(MODEL, params, ids, lora=bind(POLICY, sft))
    merged, cfg, weights = apply_sft_adapter(MODEL, params, str(tmp_path / "run"), "merge", None)
    assert cfg is None and weights is None
    # The merged base (the new reference) is the SFT model.
    np.testing.assert_allclose(forward(MODEL, merged, ids), with_adapter, rtol=1e-4, atol=1e-4)
    same, cfg, weights = apply_sft_adapter(MODEL, params, str(tmp_path / "run" / "adapter"), "lora", None)
    assert same is params and cfg == POLICY
    jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, rtol=1e-6), weights, sft)
    from align_jax.errors import AlignJaxError
    with pytest.raises(AlignJaxError, match="adapter_config.json"):
        apply_sft_adapter(MODEL, params, str(tmp_path), "merge", None)


def test_sampler_logprobs_equal_the_scoring_pass():
    """The sampler's log π (KV-cache decode) equals the teacher-forced policy pass, so
    `sampler_logprobs` can skip that pass; both with a non-zero policy LoRA."""
    from align_jax.ppo.rollout import sample_responses

    params = _params()
    ac = ActorCritic(POLICY, CRITIC)
    trainable = init_trainable(MODEL, ac, jax.random.key(1))
    trainable["policy"] = jax.tree.map(lambda x: x + 0.03, trainable["policy"])
    rng = np.random.default_rng(4)
    prompts = [list(rng.integers(3, 64, rng.integers(2, 20))) for _ in range(8)]
    tokens, mask, logp = sample_responses(MODEL, params, ac, trainable, prompts, max_new_tokens=12,
                                  sampling=Sampling("sample", 1.3, top_k=20), key=jax.random.key(0),
                                  stop_ids=[2], pad_id=0, sharder=None, logprobs=True)
    seqs = build_sequences(prompts, tokens, mask, pad_id=0)
    full = jax.device_get(make_score_fn(MODEL, ac, chunk=4, sharder=None)(params, trainable, seqs))
    np.testing.assert_allclose(logp, full["logp"], rtol=1e-4, atol=1e-4)
    assert np.abs(full["logp"] - full["ref_logp"]).max() > 1e-3
    lean = jax.device_get(make_score_fn(MODEL, ac, chunk=4, sharder=None, policy_pass=False)(
        params, trainable, seqs))
    assert set(lean) == {"ref_logp", "values"}
    np.testing.assert_allclose(lean["values"], full["values"], rtol=1e-5, atol=1e-6)
