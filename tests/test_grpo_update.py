"""The GRPO scoring pass and update on a tiny model: KL exactly 0 with a zero LoRA, no
reference forward at β = 0, the model-level gradient against finite differences,
micro-batching and π_old sources that do not change the step, sharded = single device."""

import jax
import jax.numpy as jnp
import numpy as np
import optax
import pytest

from align_jax.grpo import update as upd
from align_jax.grpo.trainer import GRPOSchedule, GRPOTrainer
from align_jax.lora import LoraConfig
from align_jax.models import init_params, param_axes, preset
from align_jax.ppo import models as ppo_models
from align_jax.ppo.rollout import build_sequences, place_rows
from align_jax.sharding import Sharder, make_mesh, shard_tree
from align_jax.train.state import init_state

MODEL = preset("tiny").replace(vocab_size=64)
POLICY = LoraConfig(rank=4, alpha=8, targets=("q_proj", "v_proj"))


def _params():
    return init_params(MODEL, jax.random.key(0), std=0.1)


def _trainable(moved: float = 0.0):
    t = upd.init_trainable(MODEL, POLICY, jax.random.key(1))
    return jax.tree.map(lambda x: x + moved, t) if moved else t


def _seqs(rng, b=8, n=6):
    prompts = [list(rng.integers(3, 64, rng.integers(2, 9))) for _ in range(b)]
    tokens = rng.integers(3, 64, (b, n)).astype(np.int32)
    mask = np.ones((b, n), np.float32)
    for r in range(b):
        mask[r, rng.integers(1, n + 1):] = 0.0
    return build_sequences(prompts, tokens, mask, pad_id=0)


def _batch(hyper, seqs, rng, scored=None, micro=4):
    b, n = seqs["tokens"].shape
    adv = rng.normal(size=b).astype(np.float32)
    sampler = (rng.normal(-4, 0.3, (b, n)).astype(np.float32) * seqs["response_mask"]
               if hyper.pi_old == "sampler" else None)
    return upd.update_batch(seqs, seqs["response_mask"], adv, hyper, micro, scored, sampler)


def test_kl_is_exactly_zero_with_a_zero_lora():
    params, seqs = _params(), _seqs(np.random.default_rng(0))
    hyper = upd.GRPOHyper(beta=0.1, pi_old="score", chunk=3)
    score = upd.make_score_fn(MODEL, POLICY, hyper)
    tx = optax.sgd(0.1)
    step = jax.jit(upd.make_grpo_update(MODEL, POLICY, tx, hyper))
    for moved, zero in ((0.0, True), (0.05, False)):
        trainable = _trainable(moved)
        scored = jax.device_get(score(params, trainable, seqs))
        if zero:
            np.testing.assert_array_equal(scored["old_logp"], scored["ref_logp"])
        state = init_state(trainable, upd.trainable_axes(POLICY), tx, 0)
        _, m = step(state, params, _batch(hyper, seqs, np.random.default_rng(1), scored))
        assert (float(m["kl"]) == 0.0) == zero, float(m["kl"])
        assert float(m["grad_norm"]) > 0


def _count_forwards(monkeypatch):
    """Counts traced forward passes by LoRA on/off: plain passes (ppo.models) and shared-
    prompt passes (two cache calls each); the sampler's prefill/decode are not counted."""
    from align_jax.grpo import shared_prompt

    calls = {"policy": 0, "reference": 0}

    def counting(real, weight):
        def fn(*a, lora=None, **kw):
            calls["reference" if lora is None else "policy"] += weight
            return real(*a, lora=lora, **kw)
        return fn

    monkeypatch.setattr(ppo_models, "hidden_states", counting(ppo_models.hidden_states, 1))
    monkeypatch.setattr(shared_prompt, "hidden_with_cache",
                        counting(shared_prompt.hidden_with_cache, 0.5))
    return calls


# The update's loss is traced twice (train/update.accumulate traces it once more by
# eval_shape for the carry's shapes): 2 policy traces per update program, 1 per scoring pass.
@pytest.mark.parametrize("beta, pi_old, shared, policy_fw, ref_fw", [
    (0.0, "on_policy", False, 2, 0), (0.0, "score", False, 3, 0), (0.04, "on_policy", False, 2, 1),
    (0.0, "on_policy", True, 2, 0), (0.04, "on_policy", True, 2, 1)])
def test_reference_pass_exists_only_with_beta(monkeypatch, beta, pi_old, shared, policy_fw, ref_fw):
    """A whole first iteration (its programs traced once): β = 0 traces no forward pass
    with the LoRA off, and then no scoring program at all unless π_old is scored."""
    calls = _count_forwards(monkeypatch)
    tx = optax.sgd(0.1)
    state = init_state(_trainable(), upd.trainable_axes(POLICY), tx, 0)
    hyper = upd.GRPOHyper(beta=beta, pi_old=pi_old, chunk=4, shared_prompt=shared)
    trainer = GRPOTrainer(MODEL, _params(), POLICY, hyper, tx, state,
                          GRPOSchedule(prompts=2, num_generations=4, micro_batch=4, max_new_tokens=4),
                          seed=0, stop_ids=[2], pad_id=0)
    assert (trainer.score_fn is None) == (beta == 0 and pi_old != "score")
    reward = lambda tokens, mask, rows: tokens[:, 0].astype(np.float32)
    _, m = trainer.iteration(state, [[5, 6, 7], [9, 10]], reward, 0)
    assert calls == {"policy": policy_fw, "reference": ref_fw}
    assert ("kl" in m) == (beta > 0)
    if beta == 0:  # nor does the update take reference log-probs
        assert "ref_logp" not in hyper.update_keys()


def test_model_gradient_equals_finite_differences():
    """The directional derivative of the micro-batch loss (clip-higher, β·k3, a moved π_old
    so that ratios ≠ 1) along a random LoRA direction, against central differences."""
    params, rng = _params(), np.random.default_rng(2)
    seqs = _seqs(rng)
    hyper = upd.GRPOHyper(beta=0.1, pi_old="score", eps_low=0.2, eps_high=0.28, chunk=3,
                          loss_aggregation="sequence")
    trainable = _trainable(0.02)
    scored = jax.device_get(upd.make_score_fn(MODEL, POLICY, hyper)(params, _trainable(0.03), seqs))
    batch = _batch(hyper, seqs, rng, scored, micro=8)
    mb = jax.tree.map(lambda x: x[0], batch)
    loss_fn = upd.make_loss_fn(MODEL, POLICY, hyper)
    f = jax.jit(lambda t: loss_fn(t, params, mb)[0])
    direction = jax.tree.map(lambda x: jnp.asarray(rng.normal(size=x.shape), jnp.float32), trainable)
    grads = jax.grad(f)(trainable)  # (the attention kernel has a custom VJP: no jvp)
    slope = sum(float(jnp.vdot(g, d)) for g, d in zip(jax.tree.leaves(grads), jax.tree.leaves(direction)))
    h = 1e-3
    plus = f(jax.tree.map(lambda x, d: x + h * d, trainable, direction))
    minus = f(jax.tree.map(lambda x, d: x - h * d, trainable, direction))
    fd = (float(plus) - float(minus)) / (2 * h)
    assert abs(slope) > 1e-3
    assert slope == pytest.approx(fd, rel=2e-2)


def test_micro_batching_does_not_change_the_step():
    """With per-sequence weights (the aggregation where rows are normalised by their own
    length, so a per-micro-batch normaliser would be wrong); the others are linear in w."""
    aggregation = "sequence"
    params, seqs = _params(), _seqs(np.random.default_rng(3), b=8)
    hyper = upd.GRPOHyper(beta=0.1, pi_old="sampler", loss_aggregation=aggregation, chunk=3)
    scored = jax.device_get(upd.make_score_fn(MODEL, POLICY, hyper)(params, _trainable(0.02), seqs))
    tx = optax.sgd(0.5)
    step = jax.jit(upd.make_grpo_update(MODEL, POLICY, tx, hyper))
    out = []
    for micro in (8, 2):
        state = init_state(_trainable(0.02), upd.trainable_axes(POLICY), tx, 0)
        new, m = step(state, params, _batch(hyper, seqs, np.random.default_rng(4), scored, micro))
        out.append((jax.device_get(new.trainable), jax.device_get(m)))
    (t1, m1), (t2, m2) = out
    jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-7), t1, t2)
    for k in ("loss", "kl", "clip_frac", "entropy"):
        assert float(m1[k]) == pytest.approx(float(m2[k]), rel=1e-5, abs=1e-7), k


def test_pi_old_sources_agree_on_the_first_step():
    """One step after the rollout: π_old from the sampler, a scoring pass or the policy
    itself (ρ = 1) give the same update (the sampler's log-probs equal the pass's)."""
    out = {}
    prompts = [[5, 6, 7], [9, 10, 11, 12]]
    reward = lambda tokens, mask, rows: (tokens % 3 == 0).mean(1).astype(np.float32)
    for pi_old in ("on_policy", "sampler", "score"):
        tx = optax.sgd(1.0)
        state = init_state(_trainable(0.02), upd.trainable_axes(POLICY), tx, 0)
        trainer = GRPOTrainer(MODEL, _params(), POLICY, upd.GRPOHyper(beta=0.0, pi_old=pi_old, chunk=4),
                              tx, state, GRPOSchedule(prompts=2, num_generations=4, micro_batch=4,
                                                      max_new_tokens=6), seed=0, stop_ids=[2], pad_id=0)
        new, m = trainer.iteration(state, prompts, reward, 0)
        assert m["zero_adv_groups"] < 1.0
        out[pi_old] = jax.device_get(new.trainable)
    base = jax.device_get(_trainable(0.02))
    moved = max(jax.tree.leaves(jax.tree.map(lambda a, b: np.abs(a - b).max(), out["on_policy"], base)))
    assert moved > 1e-4
    for k in ("sampler", "score"):
        jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-6),
                     out[k], out["on_policy"])


def test_sharded_update_equals_single_device():
    params, seqs = _params(), _seqs(np.random.default_rng(5), b=16)
    hyper = upd.GRPOHyper(beta=0.1, pi_old="score", chunk=3)
    scored = jax.device_get(upd.make_score_fn(MODEL, POLICY, hyper)(params, _trainable(0.02), seqs))
    batch = _batch(hyper, seqs, np.random.default_rng(6), scored, micro=8)
    tx = optax.sgd(0.5)
    results = []
    for sharder in (None, Sharder(make_mesh({"data": 2, "fsdp": 4}))):
        trainable = shard_tree(_trainable(0.02), upd.trainable_axes(POLICY), sharder, "trainable")
        state = init_state(trainable, upd.trainable_axes(POLICY), tx, 0, sharder)
        step = upd.jit_update(upd.make_grpo_update(MODEL, POLICY, tx, hyper, sharder=sharder),
                              MODEL, hyper, state, sharder)
        p = shard_tree(params, param_axes(MODEL), sharder)
        new, m = step(state, p, place_rows(batch, sharder, leading=1))
        results.append((jax.device_get(new.trainable), jax.device_get(m)))
    (t1, m1), (t2, m2) = results
    assert float(m1["grad_norm"]) > 0
    jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6), t1, t2)
    for k in ("loss", "kl", "entropy", "clip_frac"):
        assert float(m1[k]) == pytest.approx(float(m2[k]), rel=2e-5, abs=1e-6), k


def test_shared_prompt_pass_equals_the_plain_one():
    """Each group's prompt computed once (then its cache repeated G times) gives the plain
    pass's log-probs and gradients, with left padding, early stops and a non-zero LoRA."""
    from align_jax.grpo.rollout import prompt_rows
    from align_jax.lora import bind

    rng = np.random.default_rng(7)
    g, n = 4, 6
    unique = [list(rng.integers(3, 64, k)) for k in (3, 9)]
    prompts = [unique[r] for r in prompt_rows(2, g)]
    tokens = rng.integers(3, 64, (2 * g, n)).astype(np.int32)
    mask = np.ones((2 * g, n), np.float32)
    for r in range(2 * g):
        mask[r, rng.integers(1, n + 1):] = 0.0
    seqs = build_sequences(prompts, tokens, mask, pad_id=0)
    params, trainable = _params(), _trainable(0.03)
    for lora in (None, bind(POLICY, trainable["policy"])):
        plain, ent0 = upd.response_logprobs(MODEL, params, lora, seqs, 3, None, entropy=True)
        shared, ent1 = upd.response_logprobs(MODEL, params, lora, seqs, 3, None, entropy=True, group=g)
        m = mask > 0
        np.testing.assert_allclose(np.asarray(shared)[m], np.asarray(plain)[m], rtol=1e-5, atol=1e-5)
        np.testing.assert_allclose(np.asarray(ent1)[m], np.asarray(ent0)[m], rtol=1e-5, atol=1e-5)
    hyper = dict(beta=0.1, pi_old="sampler", chunk=3)
    batch = _batch(upd.GRPOHyper(**hyper), seqs, rng, {"ref_logp": np.asarray(plain) * mask}, micro=8)
    mb = jax.tree.map(lambda x: x[0], batch)
    grads = []
    for shared_prompt in (False, True):
        h = upd.GRPOHyper(**hyper, shared_prompt=shared_prompt)
        loss_fn = upd.make_loss_fn(MODEL, POLICY, h, group=g)
        grads.append(jax.grad(lambda t: loss_fn(t, params, mb)[0])(trainable))
    assert max(float(jnp.abs(x).max()) for x in jax.tree.leaves(grads[0])) > 1e-4
    jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-6), grads[1], grads[0])
