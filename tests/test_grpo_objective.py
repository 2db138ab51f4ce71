"""GRPO's pure functions on hand-computed values: group advantages (all three scalings,
all-equal groups), the clipped objective with clip-higher, the loss aggregations with
masked tokens, truncation masks, and the gradient against finite differences."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from align_jax.errors import AlignJaxError
from align_jax.grpo.objective import (clipped_objective, group_advantages, k3_kl, loss_mask,
                                      loss_weights, truncated_rows)

EPS = 1e-4


def test_group_advantages_by_hand():
    r = np.array([1, 0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0, 1, 1, 0], np.float32)
    adv, zero = group_advantages(r, 4, "group", EPS)
    # group 1: mean 1/4, population std √(3/16) = 0.4330127
    g1 = np.array([0.75, -0.25, -0.25, -0.25]) / (np.sqrt(3 / 16) + EPS)
    # group 3: mean 1/2, std 1/2
    g3 = np.array([-0.5, 0.5, 0.5, -0.5]) / (0.5 + EPS)
    np.testing.assert_allclose(adv, np.concatenate([g1, np.zeros(4), g3]), rtol=1e-6)
    assert int(zero) == 1

    adv, zero = group_advantages(r, 4, "none")
    np.testing.assert_allclose(adv, [0.75, -0.25, -0.25, -0.25, 0, 0, 0, 0, -0.5, 0.5, 0.5, -0.5],
                               rtol=1e-6)
    assert int(zero) == 1

    adv, _ = group_advantages(r, 4, "batch", EPS)
    std = np.std(r)  # every reward of the batch: 0.4564355
    centred = np.array([0.75, -0.25, -0.25, -0.25, 0, 0, 0, 0, -0.5, 0.5, 0.5, -0.5])
    np.testing.assert_allclose(adv, centred / (std + EPS), rtol=1e-6)


@pytest.mark.parametrize("scale", ["group", "batch", "none"])
def test_all_equal_groups_give_exactly_zero(scale):
    """0.7 three times: the float32 mean is not exactly 0.7, yet the advantages are 0."""
    r = np.array([0.7, 0.7, 0.7, 0.1, 0.2, 0.9, -1, -1, -1], np.float32)
    adv, zero = group_advantages(r, 3, scale)
    assert np.all(np.asarray(adv)[[0, 1, 2, 6, 7, 8]] == 0.0)
    assert np.all(np.asarray(adv)[3:6] != 0.0)
    assert int(zero) == 2


def test_advantages_refuse_ragged_groups_and_unknown_scales():
    with pytest.raises(AlignJaxError, match="num_generations=4"):
        group_advantages(np.zeros(6, np.float32), 4)
    with pytest.raises(AlignJaxError, match="scale_rewards='std'"):
        group_advantages(np.zeros(8, np.float32), 4, "std")


def test_clipped_objective_by_hand():
    ratios = np.array([[1.5, 1.5, 0.5, 0.5, 1.1]], np.float32)
    adv = np.array([[1.0, -1.0, -1.0, 1.0, 1.0]], np.float32)
    old = np.full((1, 5), -2.0, np.float32)
    loss, low, high = clipped_objective(old + np.log(ratios), old, adv, 0.2, 0.28)
    # A>0, ρ=1.5: −min(1.5, 1.28); A<0, ρ=1.5: −min(−1.5, −1.28); A<0, ρ=0.5: −min(−0.5, −0.8);
    # A>0, ρ=0.5: −min(0.5, 0.8); A>0, ρ=1.1 inside the region.
    np.testing.assert_allclose(loss, [[-1.28, 1.5, 0.8, -0.5, -1.1]], rtol=1e-6)
    np.testing.assert_array_equal(high, [[1, 0, 0, 0, 0]])
    np.testing.assert_array_equal(low, [[0, 0, 1, 0, 0]])
    # Per-sequence advantages [B] broadcast over the tokens.
    loss1, _, _ = clipped_objective(old + np.log(ratios), old, np.array([1.0], np.float32), 0.2, 0.28)
    np.testing.assert_allclose(loss1, [[-1.28, -1.28, -0.5, -0.5, -1.1]], rtol=1e-6)


def test_k3_is_zero_at_the_reference_and_positive_elsewhere():
    lp = np.log(np.array([0.5, 0.2, 0.9], np.float32))
    ref = np.log(np.array([0.5, 0.4, 0.3], np.float32))
    kl = np.asarray(k3_kl(lp, ref))
    assert kl[0] == 0.0
    np.testing.assert_allclose(kl[1:], [2.0 - np.log(2.0) - 1, 1 / 3 - np.log(1 / 3) - 1], rtol=1e-5)


MASK = np.array([[1, 1, 1, 0], [1, 0, 0, 0], [0, 0, 0, 0]], np.float32)
LOSS = np.array([[1, 2, 3, 9], [4, 9, 9, 9], [9, 9, 9, 9]], np.float32)  # 9 = masked


@pytest.mark.parametrize("aggregation, weight, total", [
    ("token", [[1 / 4] * 3 + [0], [1 / 4, 0, 0, 0], [0] * 4], (1 + 2 + 3 + 4) / 4),
    # two rows have tokens: (mean(1, 2, 3) + 4) / 2
    ("sequence", [[1 / 6] * 3 + [0], [1 / 2, 0, 0, 0], [0] * 4], (2 + 4) / 2),
    # 3 rows × L = 6 (the budget, not the longest answer)
    ("constant", [[1 / 18] * 3 + [0], [1 / 18, 0, 0, 0], [0] * 4], 10 / 18),
])
def test_loss_aggregations_by_hand(aggregation, weight, total):
    w = np.asarray(loss_weights(MASK, aggregation, max_len=6))
    np.testing.assert_allclose(w, weight, rtol=1e-6)
    assert float(np.sum(w * LOSS)) == pytest.approx(total, rel=1e-6)
    # Weights of the [accum, micro, N] layout are those of the flat batch, so the sums of
    # the micro-batches add up to the batch loss.
    big = np.concatenate([MASK, MASK[::-1], MASK[:2]])  # 8 rows
    flat = np.asarray(loss_weights(big, aggregation, max_len=6))
    split = np.asarray(loss_weights(big.reshape(4, 2, 4), aggregation, max_len=6))
    np.testing.assert_allclose(split.reshape(8, 4), flat, rtol=1e-6)


def test_loss_weights_default_length_and_empty_batch():
    np.testing.assert_allclose(loss_weights(MASK, "constant"), MASK / 12)  # L = N = 4
    for agg in ("token", "sequence", "constant"):
        assert np.all(np.asarray(loss_weights(np.zeros((2, 3)), agg)) == 0)
    with pytest.raises(AlignJaxError, match="loss_aggregation='mean'"):
        loss_weights(MASK, "mean")


def test_truncated_rows_and_their_mask():
    stop = [2]
    tokens = np.array([[5, 2, 0, 0], [5, 6, 7, 8], [5, 6, 7, 2], [0, 0, 0, 0]])
    mask = np.array([[1, 1, 0, 0], [1, 1, 1, 1], [1, 1, 1, 1], [0, 0, 0, 0]], np.float32)
    np.testing.assert_array_equal(truncated_rows(tokens, mask, stop), [False, True, False, False])
    np.testing.assert_array_equal(loss_mask(tokens, mask, stop, True), mask * [[1], [0], [1], [1]])
    np.testing.assert_array_equal(loss_mask(tokens, mask, stop, False), mask)
    assert truncated_rows(tokens, mask, []).tolist() == [True, True, True, False]


@pytest.mark.parametrize("aggregation", ["token", "sequence", "constant"])
def test_gradient_equals_finite_differences(aggregation):
    """∂L/∂log π_θ of L = Σ w·(ℓ + β k3) against central differences (float64), with
    ratios on both sides of the clip region (where the gradient is cut) and masked tokens."""
    with jax.enable_x64(True):
        rng = np.random.default_rng(0)
        b, n = 4, 5
        old = jnp.asarray(rng.normal(-2.0, 0.5, (b, n)))
        ref = jnp.asarray(rng.normal(-2.0, 0.5, (b, n)))
        logp = old + jnp.asarray(rng.uniform(-0.5, 0.5, (b, n)))  # ρ in [0.61, 1.65]
        adv = jnp.asarray(rng.normal(size=b))
        mask = jnp.asarray((rng.random((b, n)) > 0.3).astype(np.float64))
        w = loss_weights(mask, aggregation, max_len=8)
        beta = 0.1

        def total(lp):
            per_token, _, _ = clipped_objective(lp, old, adv, 0.2, 0.28)
            return jnp.sum(w * (per_token + beta * k3_kl(lp, ref)))

        grad = np.asarray(jax.grad(total)(logp))
        _, low, high = clipped_objective(logp, old, adv, 0.2, 0.28)
        assert float(jnp.sum(mask * (low + high))) >= 2  # some gradients are cut: tested too
        h = 1e-6
        fd = np.zeros((b, n))
        for i in range(b):
            for t in range(n):
                e = jnp.zeros((b, n)).at[i, t].set(h)
                fd[i, t] = (float(total(logp + e)) - float(total(logp - e))) / (2 * h)
        np.testing.assert_allclose(grad, fd, rtol=1e-6, atol=1e-9)
        assert np.all(grad[np.asarray(mask) == 0] == 0)
