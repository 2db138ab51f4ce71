"""GAE, KL penalties, token rewards, whitening, reward moments and the KL controller
against plain NumPy references."""

import numpy as np
import pytest

from align_jax.ppo import advantages as A


def gae_reference(rewards, values, mask, gamma, lam):
    """Textbook GAE on each row's unmasked tokens laid end to end."""
    adv = np.zeros_like(rewards)
    for b in range(rewards.shape[0]):
        idx = np.flatnonzero(mask[b])
        last = 0.0
        for j in reversed(range(len(idx))):
            t = idx[j]
            next_v = values[b, idx[j + 1]] if j + 1 < len(idx) else 0.0
            delta = rewards[b, t] + gamma * next_v - values[b, t]
            last = delta + gamma * lam * last
            adv[b, t] = last
    return adv, (adv + values) * mask


@pytest.mark.parametrize("gamma,lam", [(1.0, 0.95), (0.9, 0.8), (0.99, 1.0), (1.0, 0.0)])
def test_gae_matches_numpy(gamma, lam):
    rng = np.random.default_rng(int(gamma * 100 + lam * 10))
    b, t = 6, 13
    rewards = rng.normal(size=(b, t)).astype(np.float32)
    values = rng.normal(size=(b, t)).astype(np.float32)
    mask = (rng.random((b, t)) < 0.7).astype(np.float32)  # holes anywhere
    mask[0] = 0.0  # an empty row
    mask[1] = 1.0  # a full row
    mask[2, 5:] = 0.0  # a stopped row
    adv, ret = A.gae(rewards, values, mask, gamma, lam)
    want_adv, want_ret = gae_reference(rewards, values, mask, gamma, lam)
    np.testing.assert_allclose(adv, want_adv, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(ret, want_ret, rtol=1e-5, atol=1e-5)
    assert np.all(np.asarray(adv)[mask == 0] == 0)


def test_token_rewards_put_the_score_on_the_last_token():
    mask = np.array([[1, 1, 1, 0, 0], [1, 0, 1, 1, 0], [0, 0, 0, 0, 0]], np.float32)
    kl = np.full(mask.shape, 0.5, np.float32)
    r = np.asarray(A.token_rewards(np.array([2.0, -1.0, 3.0], np.float32), kl, mask, 0.1))
    np.testing.assert_allclose(r, [[-0.05, -0.05, 1.95, 0, 0], [-0.05, 0, -0.05, -1.05, 0],
                                   [0, 0, 0, 0, 0]], rtol=1e-6)


def test_kl_estimators():
    logp = np.array([-1.0, -2.0, -0.5], np.float32)
    ref = np.array([-1.5, -1.0, -0.5], np.float32)
    x = logp - ref
    np.testing.assert_allclose(A.kl_penalty(logp, ref, "k1"), x, rtol=1e-6)
    np.testing.assert_allclose(A.kl_penalty(logp, ref, "k3"), np.exp(-x) - 1 + x, rtol=1e-6)
    assert np.all(np.asarray(A.kl_penalty(logp, ref, "k3")) >= 0)


def test_whiten_and_explained_variance():
    rng = np.random.default_rng(0)
    x = rng.normal(3.0, 2.0, (4, 9)).astype(np.float32)
    mask = (rng.random((4, 9)) < 0.6).astype(np.float32)
    w = np.asarray(A.whiten(x, mask))
    sel = w[mask > 0]
    assert abs(sel.mean()) < 1e-5 and abs(sel.std(ddof=1) - 1) < 1e-4
    assert np.all(w[mask == 0] == 0)
    ret = x
    assert float(A.explained_variance(ret, ret, mask)) == pytest.approx(1.0)
    vals = ret + rng.normal(size=ret.shape).astype(np.float32)
    want = 1 - np.var((ret - vals)[mask > 0], ddof=1) / np.var(ret[mask > 0], ddof=1)
    assert float(A.explained_variance(vals, ret, mask)) == pytest.approx(want, rel=1e-4)
    assert np.isnan(float(A.explained_variance(vals, np.ones_like(ret), mask)))


def test_running_moments_and_normalisation():
    rng = np.random.default_rng(1)
    parts = [rng.normal(2.0, 3.0, n) for n in (5, 17, 1, 40)]
    m = np.zeros(3)
    for p in parts:
        m = A.update_moments(m, p)
    allx = np.concatenate(parts)
    assert m[0] == len(allx) and m[1] == pytest.approx(allx.mean())
    assert m[2] / (m[0] - 1) == pytest.approx(allx.var(ddof=1))
    z = A.normalise_scores(allx, m)
    np.testing.assert_allclose(z, (allx - allx.mean()) / allx.std(ddof=1), rtol=1e-5)


def test_kl_controller():
    fixed = A.KLControl(0.1)
    assert A.update_kl_coef(0.1, 100.0, 64, fixed) == 0.1
    ctl = A.KLControl(0.1, adaptive=True, target=6.0, horizon=1000.0)
    up = A.update_kl_coef(0.1, 60.0, 64, ctl)     # KL far above target: +20% · 64/1000
    down = A.update_kl_coef(0.1, 0.0, 64, ctl)    # far below: −20% · 64/1000
    assert up == pytest.approx(0.1 * (1 + 0.2 * 0.064)) and down == pytest.approx(0.1 * (1 - 0.2 * 0.064))
    mid = A.update_kl_coef(0.1, 6.6, 64, ctl)  # 10% above target: e = 0.1
    assert mid == pytest.approx(0.1 * (1 + 0.1 * 0.064))
