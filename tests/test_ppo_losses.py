"""Clipped policy and value losses and the entropy against hand-computed values."""

import numpy as np
import pytest

from align_jax.ppo.losses import entropy_from_logits, policy_loss, value_loss


def test_policy_loss_by_hand():
    # ratios e^0.5 = 1.6487 (clipped to 1.2 when A > 0), e^-0.5 = 0.6065 (clipped to 0.8 when A < 0).
    logp = np.array([[0.5, -0.5, 0.5, -0.5, 0.0]], np.float32)
    old = np.zeros_like(logp)
    adv = np.array([[1.0, 1.0, -1.0, -1.0, 7.0]], np.float32)
    mask = np.array([[1, 1, 1, 1, 0]], np.float32)
    loss, stats = policy_loss(logp, old, adv, mask, clip_eps=0.2)
    r1, r2 = np.exp(0.5), np.exp(-0.5)
    # max(-A ρ, -A clip(ρ)) per token:
    want = [max(-r1, -1.2), max(-r2, -0.8), max(r1, 1.2), max(r2, 0.8)]
    assert want == pytest.approx([-1.2, -r2, r1, 0.8])
    assert float(loss) == pytest.approx(sum(want), rel=1e-6)
    assert float(stats["policy_clipped"]) == 2.0  # tokens 1 and 4: the clip cuts the gradient
    k3 = [(r - 1) - np.log(r) for r in (r1, r2, r1, r2)]
    assert float(stats["approx_kl"]) == pytest.approx(sum(k3), rel=1e-5)


def test_value_loss_by_hand():
    v = np.array([[1.0, 0.0, 2.0]], np.float32)
    old = np.array([[0.0, 0.0, 1.9]], np.float32)
    ret = np.array([[2.0, 1.0, 0.0]], np.float32)
    mask = np.ones_like(v)
    loss, stats = value_loss(v, old, ret, mask, clip=0.2)
    # token 0: V clipped to 0.2 → errors (1-2)² = 1, (0.2-2)² = 3.24 → 3.24 (clipped larger)
    # token 1: unchanged → 1.0; token 2: clipped 2.0→2.0 (within 0.1) → 4.0
    assert float(loss) == pytest.approx(0.5 * (3.24 + 1.0 + 4.0), rel=1e-6)
    assert float(stats["value_clipped"]) == 1.0
    loss, _ = value_loss(v, old, ret, mask, clip=0.0)
    assert float(loss) == pytest.approx(0.5 * (1.0 + 1.0 + 4.0))


def test_entropy():
    logits = np.log(np.array([[0.5, 0.25, 0.25], [1.0, 1e-30, 1e-30]], np.float32))
    h = entropy_from_logits(logits)
    np.testing.assert_allclose(h, [-(0.5 * np.log(0.5) + 0.5 * np.log(0.25)), 0.0], atol=1e-6)
