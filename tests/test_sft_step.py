"""The jitted SFT step: learning, loss normalisation, accumulation, sharding, non-finite guard."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from align_jax.lora import LoraConfig, init_lora, lora_axes
from align_jax.models import init_params, param_axes, preset
from align_jax.sharding import Sharder, make_mesh, shard_tree
from align_jax.train import optim
from align_jax.train.sft import BATCH_KEYS, jit_sft_step, make_sft_step, next_token_targets
from align_jax.train.update import batch_sharding
from align_jax.train.state import init_state
from sft_fixtures import packed_batch, stack_accum

MODEL = preset("tiny").replace(vocab_size=64)
LORA = LoraConfig(rank=8, alpha=16, targets=("q_proj", "v_proj", "up_proj", "down_proj"))


def _setup(lr=1e-2, sharder=None, accum_steps=1000, loraplus=1.0, loss_budget=0):
    params = init_params(MODEL, jax.random.key(0), std=0.1)
    ocfg = optim.OptimConfig(lr=lr, schedule="constant", warmup_ratio=0.0, loraplus_ratio=loraplus)
    tx = optim.make_optimizer(ocfg, accum_steps)
    trainable = init_lora(MODEL, LORA, jax.random.key(1))
    if sharder is not None:
        params = shard_tree(params, param_axes(MODEL), sharder)
        trainable = shard_tree(trainable, lora_axes(LORA), sharder, "lora")
    state = init_state(trainable, lora_axes(LORA), tx, seed=0, sharder=sharder)
    step = make_sft_step(MODEL, LORA, tx, optim.schedule(ocfg, accum_steps), sharder=sharder, chunk=16,
                         loss_budget=loss_budget)
    return params, state, jit_sft_step(step, MODEL, state, sharder)


def test_targets_respect_segments_and_mask():
    batch = {"input_ids": jnp.array([[5, 6, 7, 8, 9, 0]]), "segment_ids": jnp.array([[1, 1, 1, 2, 2, 0]]),
             "loss_mask": jnp.array([[0, 0, 1, 0, 1, 0]], jnp.float32)}
    targets, w = next_token_targets(batch)
    np.testing.assert_array_equal(targets, [[6, 7, 8, 9, 0, 0]])
    # t=1 predicts 7 (response, same segment); t=2 would predict 8 of the next segment; t=3 → 9.
    np.testing.assert_array_equal(w, [[0, 1, 0, 1, 0, 0]])


def test_loss_decreases_and_accuracy_rises():
    params, state, step = _setup()
    rng = np.random.default_rng(0)
    losses, accs = [], []
    for _ in range(40):
        batch = stack_accum(packed_batch(rng, 8, 32, MODEL.vocab_size), 1)
        state, m = step(state, params, batch)
        losses.append(float(m["loss"]))
        accs.append(float(m["accuracy"]))
    assert np.mean(losses[-5:]) < 0.6 * np.mean(losses[:5]), losses
    assert np.mean(accs[-5:]) > np.mean(accs[:5]) + 0.2, accs
    assert int(state.step) == 40


def test_gradient_accumulation_equals_one_big_batch():
    rng = np.random.default_rng(1)
    batch = packed_batch(rng, 8, 32, MODEL.vocab_size)
    params, s1, step = _setup()
    s1, m1 = step(s1, params, stack_accum(batch, 1))
    _, s4, step4 = _setup()
    s4, m4 = step4(s4, params, stack_accum(batch, 4))
    np.testing.assert_allclose(m1["loss"], m4["loss"], rtol=1e-5)
    np.testing.assert_allclose(m1["grad_norm"], m4["grad_norm"], rtol=1e-5)
    jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, atol=1e-6), s1.trainable, s4.trainable)


def test_base_params_get_no_gradient_or_state():
    params, state, _ = _setup()
    # Optimizer state mirrors the LoRA tree only: no leaf has a base-parameter shape.
    lora_shapes = {x.shape for x in jax.tree.leaves(state.trainable)}
    opt_shapes = {x.shape for x in jax.tree.leaves(state.opt_state) if x.ndim}
    assert opt_shapes <= lora_shapes
    # The compiled step returns no more bytes than the state it replaces (+ scalar metrics).
    ocfg = optim.OptimConfig(lr=1e-3)
    tx = optim.make_optimizer(ocfg, 10)
    stepfn = make_sft_step(MODEL, LORA, tx, optim.schedule(ocfg, 10), chunk=16)
    batch = stack_accum(packed_batch(np.random.default_rng(0), 4, 32, MODEL.vocab_size), 1)
    compiled = jax.jit(stepfn).lower(state, params, batch).compile()
    state_bytes = sum(x.nbytes for x in jax.tree.leaves(state))
    base_bytes = sum(x.nbytes for x in jax.tree.leaves(params))
    out_bytes = compiled.memory_analysis().output_size_in_bytes
    assert out_bytes < state_bytes + 1024 < base_bytes


def test_loraplus_scales_b_updates():
    rng = np.random.default_rng(2)
    batch = stack_accum(packed_batch(rng, 4, 32, MODEL.vocab_size), 1)
    params, s0, step = _setup(lr=1e-3)
    init = s0.trainable
    init = jax.tree.map(np.asarray, init)
    s1, _ = step(s0, params, batch)
    _, t0, step16 = _setup(lr=1e-3, loraplus=16.0)
    t1, _ = step16(t0, params, batch)
    # Adam's first step moves each weight by ±lr (per-coordinate), so B moves 16× further.
    db1 = np.abs(np.asarray(s1.trainable["q_proj"]["b"]) - init["q_proj"]["b"]).max()
    db16 = np.abs(np.asarray(t1.trainable["q_proj"]["b"]) - init["q_proj"]["b"]).max()
    da1 = np.abs(np.asarray(s1.trainable["q_proj"]["a"]) - init["q_proj"]["a"]).max()
    da16 = np.abs(np.asarray(t1.trainable["q_proj"]["a"]) - init["q_proj"]["a"]).max()
    np.testing.assert_allclose(db16 / db1, 16.0, rtol=1e-3)
    np.testing.assert_allclose(da16, da1, rtol=1e-5)


def test_nonfinite_step_changes_nothing():
    params, state, step = _setup()
    batch = stack_accum(packed_batch(np.random.default_rng(3), 4, 32, MODEL.vocab_size), 1)
    bad = {**params, "embed": params["embed"].at[1].set(jnp.nan)}  # token 1 starts every example
    before = jax.tree.map(np.asarray, state.trainable)
    state, m = step(state, bad, batch)
    assert not bool(m["finite"])
    assert int(state.step) == 0 and int(state.skipped) == 1
    jax.tree.map(np.testing.assert_array_equal, before, jax.tree.map(np.asarray, state.trainable))


@pytest.mark.parametrize("shape", [{"data": 2, "fsdp": 4}, {"fsdp": 4, "tensor": 2}])
def test_sharded_step_equals_single_device(shape):
    assert jax.device_count() == 8
    rng = np.random.default_rng(4)
    batches = [stack_accum(packed_batch(rng, 16, 32, MODEL.vocab_size), 2) for _ in range(3)]
    params, state, step = _setup()
    sharder = Sharder(make_mesh(shape))
    sp, ss, sstep = _setup(sharder=sharder, loss_budget=16)  # and logits of loss slots only
    # Parameters really are sharded as the rules say.
    assert sp["layers"]["q_proj"]["kernel"].sharding.spec == sharder.spec(("layers", "embed", "heads"))
    if shape.get("tensor", 1) > 1:
        assert sp["layers"]["q_proj"]["kernel"].addressable_shards[0].data.shape[2] == MODEL.q_size // 2
    assert ss.trainable["q_proj"]["a"].sharding.spec == sharder.spec(("layers", "embed", "lora_rank"))
    for b in batches:
        state, m = step(state, params, b)
        gb = {k: jax.device_put(v, batch_sharding(sharder)) for k, v in b.items()}
        ss, sm = sstep(ss, sp, gb)
        np.testing.assert_allclose(m["loss"], sm["loss"], rtol=1e-5)
        np.testing.assert_allclose(m["grad_norm"], sm["grad_norm"], rtol=1e-4)
    # Sharded reductions sum in another order (fp32 noise ~1e-7 relative); Adam divides each
    # coordinate by its own scale, so near-zero gradients turn that noise into weight
    # differences of up to ~1% of one lr=1e-2 step after 3 steps.
    jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, atol=1e-4), state.trainable, ss.trainable)
    assert set(BATCH_KEYS) == set(batches[0])


def _budget_step(budget):
    ocfg = optim.OptimConfig(lr=1e-2, schedule="constant", warmup_ratio=0.0)
    tx = optim.make_optimizer(ocfg, 100)
    state = init_state(init_lora(MODEL, LORA, jax.random.key(1)), lora_axes(LORA), tx, seed=0)
    step = make_sft_step(MODEL, LORA, tx, optim.schedule(ocfg, 100), chunk=4, loss_budget=budget)
    return state, jax.jit(step)


def test_loss_budget_gives_the_every_token_update():
    params = init_params(MODEL, jax.random.key(0), std=0.1)
    batch = stack_accum(packed_batch(np.random.default_rng(3), 8, 32, MODEL.vocab_size), 2)
    _, w = next_token_targets({k: v.reshape(-1, 32) for k, v in batch.items()})
    most = int(np.asarray(w).sum(axis=1).max())
    assert 0 < most < 16  # the budget below really drops the other slots
    state, every = _budget_step(0)
    s_all, m_all = every(state, params, batch)
    state, budgeted = _budget_step(16)
    s_b, m_b = budgeted(state, params, batch)
    assert float(m_b["dropped"]) == 0.0
    for key in ("loss", "accuracy", "grad_norm", "tokens"):
        np.testing.assert_allclose(m_b[key], m_all[key], rtol=1e-5, err_msg=key)
    jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, atol=1e-6), s_b.trainable, s_all.trainable)


def test_loss_budget_too_small_counts_dropped_tokens():
    params = init_params(MODEL, jax.random.key(0), std=0.1)
    batch = stack_accum(packed_batch(np.random.default_rng(3), 8, 32, MODEL.vocab_size), 1)
    _, w = next_token_targets({k: v[0] for k, v in batch.items()})
    per_row = np.asarray(w).sum(axis=1)
    state, step = _budget_step(2)
    _, m = step(state, params, batch)
    assert float(m["dropped"]) == float(np.maximum(per_row - 2, 0).sum()) > 0


def test_loop_loss_budget_from_row_counts():
    from align_jax.train.sft_loop import loss_budget

    assert loss_budget(-1, 512, 2048, [300, 200]) == 304   # rounded up to a multiple of 8
    assert loss_budget(-1, 64, 2048, [300]) == 320         # of the chunk, above it
    assert loss_budget(-1, 512, 2048, [2000]) == 0         # no smaller than the rows: all
    assert loss_budget(0, 512, 2048, [300]) == 0
    assert loss_budget(100, 512, 2048, [300]) == 100       # as set (the step counts drops)
