"""Generation behaviour: stops, sampling, log-probs, LoRA, sharding, compilation, errors."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from align_jax.errors import AlignJaxError
from align_jax.generate import bucket_length, generate_ids, jitted_generate
from align_jax.lora import LoraConfig, bind, init_lora, merge
from align_jax.models import forward, init_params, preset
from align_jax.sampling import Sampling, sample
from align_jax.sharding import Sharder, make_mesh

NEW = 10


@pytest.fixture(scope="module")
def model():
    config = preset("tiny")
    return config, init_params(config, jax.random.key(0), std=0.15)


def _prompts(config, lengths=(7, 3, 12, 5), seed=0):
    rng = np.random.default_rng(seed)
    return [rng.integers(3, config.vocab_size, size=n).tolist() for n in lengths]


def _policy_logprobs(config, params, prompts, tokens):
    """log softmax of one full forward pass over each prompt + its tokens: [B, N, V] at the
    positions that predict the tokens (rows left-padded, so the tails line up)."""
    t = max(map(len, prompts)) + tokens.shape[1]
    ids = np.zeros((len(prompts), t), np.int32)
    mask = np.zeros_like(ids)
    for r, p in enumerate(prompts):
        seq = list(p) + tokens[r].tolist()
        ids[r, t - len(seq):], mask[r, t - len(seq):] = seq, 1
    logits = jax.jit(forward, static_argnums=0)(config, params, ids, attention_mask=mask)
    return np.asarray(jax.nn.log_softmax(logits[:, -tokens.shape[1] - 1:-1], axis=-1))


def _greedy(config, params, prompts, **kw):
    return generate_ids(config, params, prompts, max_new_tokens=NEW, stop_token_ids=[], **kw)


def test_greedy_equals_repeated_full_forward(model):
    config, params = model
    prompts = _prompts(config)
    out = _greedy(config, params, prompts, return_logprobs=True)
    logp = _policy_logprobs(config, params, prompts, out.tokens)
    np.testing.assert_array_equal(out.tokens, logp.argmax(-1))
    want = np.take_along_axis(logp, out.tokens[..., None], -1)[..., 0]
    assert np.max(np.abs(out.logprobs - want)) <= 1e-4


def test_stop_tokens_end_rows_independently(model):
    config, params = model
    prompts = _prompts(config)
    free = _greedy(config, params, prompts)
    # A stop token for row 0 at step 2 and for row 2 at step 6, each its first occurrence.
    stops = {int(free.tokens[0, 2]), int(free.tokens[2, 6])}
    first = []
    for row in free.tokens:
        hit = [j for j, t in enumerate(row) if int(t) in stops]
        first.append(hit[0] if hit else None)
    assert first[0] is not None and first[0] <= 2 and first[2] is not None and first[0] != first[2]

    out = generate_ids(config, params, prompts, max_new_tokens=NEW, stop_token_ids=sorted(stops),
                       return_logprobs=True, pad_id=-7)
    for r, f in enumerate(first):
        n = NEW if f is None else f + 1
        assert out.lengths[r] == n
        assert out.mask[r].tolist() == [True] * n + [False] * (NEW - n)
        assert out.tokens[r, :n].tolist() == free.tokens[r, :n].tolist()  # stop included
        assert (out.tokens[r, n:] == -7).all()  # nothing after the stop
        assert (out.logprobs[r, n:] == 0).all()


def test_all_rows_stopped_ends_early(model):
    config, params = model
    prompts = _prompts(config)
    free = _greedy(config, params, prompts)
    stops = sorted({int(t) for t in free.tokens[:, 0]})  # every row stops at its first token
    out = generate_ids(config, params, prompts, max_new_tokens=NEW, stop_token_ids=stops)
    assert out.lengths.tolist() == [1] * len(prompts)
    assert (out.tokens[:, 1:] == 0).all()


def test_sampling_reproducible_and_top_k_1_is_greedy(model):
    config, params = model
    prompts = _prompts(config)
    s = Sampling("sample", temperature=1.5)
    a = _greedy(config, params, prompts, sampling=s, seed=11)
    b = _greedy(config, params, prompts, sampling=s, seed=11)
    c = _greedy(config, params, prompts, sampling=s, seed=12)
    np.testing.assert_array_equal(a.tokens, b.tokens)
    assert not np.array_equal(a.tokens, c.tokens)
    greedy = _greedy(config, params, prompts)
    assert not np.array_equal(a.tokens, greedy.tokens)
    for top in (Sampling("sample", temperature=2.0, top_k=1), Sampling("sample", top_p=1e-6)):
        np.testing.assert_array_equal(_greedy(config, params, prompts, sampling=top, seed=3).tokens,
                                      greedy.tokens)


def test_sample_distribution_filters():
    logits = jnp.log(jnp.asarray([[0.4, 0.3, 0.2, 0.1]] * 20000))
    keys = jax.random.key(0)

    def freq(s):
        toks = np.asarray(sample(logits, keys, s))
        return np.bincount(toks, minlength=4) / len(toks)

    np.testing.assert_allclose(freq(Sampling("sample")), [0.4, 0.3, 0.2, 0.1], atol=0.015)
    t = np.array([0.4, 0.3, 0.2, 0.1]) ** 2
    np.testing.assert_allclose(freq(Sampling("sample", temperature=0.5)), t / t.sum(), atol=0.015)
    np.testing.assert_allclose(freq(Sampling("sample", top_k=2)), [4 / 7, 3 / 7, 0, 0], atol=0.015)
    # Nucleus 0.65: 0.4 + 0.3 reaches it, so the third and fourth tokens are dropped.
    np.testing.assert_allclose(freq(Sampling("sample", top_p=0.65)), [4 / 7, 3 / 7, 0, 0], atol=0.015)


def test_lora_generation_equals_merged_params(model):
    config, params = model
    lcfg = LoraConfig(rank=4, alpha=8.0, targets=("q_proj", "v_proj", "down_proj"))
    w = init_lora(config, lcfg, jax.random.key(1))
    w = {t: {**x, "b": 0.3 * jax.random.normal(jax.random.key(i), x["b"].shape)}
         for i, (t, x) in enumerate(w.items())}
    prompts = _prompts(config)
    base = _greedy(config, params, prompts, return_logprobs=True)
    adapted = _greedy(config, params, prompts, lora=bind(lcfg, w), return_logprobs=True)
    merged = _greedy(config, merge(params, lcfg, w), prompts, return_logprobs=True)
    assert not np.array_equal(adapted.tokens, base.tokens)
    np.testing.assert_array_equal(adapted.tokens, merged.tokens)
    assert np.max(np.abs(adapted.logprobs - merged.logprobs)) <= 1e-4


@pytest.mark.parametrize("mesh_shape", [{"data": 2, "fsdp": 4}, {"fsdp": 4, "tensor": 2}])
def test_sharded_equals_unsharded(model, mesh_shape):
    config, params = model
    sharder = Sharder(make_mesh(mesh_shape))
    lcfg = LoraConfig(rank=4, alpha=8.0)
    w = init_lora(config, lcfg, jax.random.key(1))
    w = {t: {**x, "b": 0.3 * jax.random.normal(jax.random.key(i), x["b"].shape)}
         for i, (t, x) in enumerate(w.items())}
    prompts = _prompts(config, lengths=(7, 3, 12, 5, 9))
    want = _greedy(config, params, prompts, lora=bind(lcfg, w), return_logprobs=True)
    got = _greedy(config, params, prompts, lora=bind(lcfg, w), return_logprobs=True,
                  sharder=sharder)
    np.testing.assert_array_equal(got.tokens, want.tokens)
    assert np.max(np.abs(got.logprobs - want.logprobs)) <= 1e-4
    fn = jitted_generate(config, max_new_tokens=NEW, return_logprobs=True, sharder=sharder,
                         lora=bind(lcfg, w))
    assert fn._cache_size() == 1  # the sharded function was the one that ran


def test_prompt_lengths_share_compilations(model):
    config, params = model
    fn = jitted_generate(config, max_new_tokens=3)
    before = fn._cache_size()
    for lengths in [(3, 5), (16, 1), (9, 9), (2, 11)]:  # all fit the 16-slot bucket
        generate_ids(config, params, _prompts(config, lengths), max_new_tokens=3)
    assert fn._cache_size() - before <= 1
    generate_ids(config, params, _prompts(config, (17, 2)), max_new_tokens=3)  # 24-slot bucket
    assert fn._cache_size() - before == 2
    assert [bucket_length(n) for n in (1, 16, 17, 25, 33, 49, 65, 1000)] == [
        16, 16, 24, 32, 48, 64, 96, 1024]


def test_bad_inputs(model):
    config, params = model
    with pytest.raises(AlignJaxError, match="empty"):
        generate_ids(config, params, [], max_new_tokens=4)
    with pytest.raises(AlignJaxError, match="prompt 1 is empty"):
        generate_ids(config, params, [[1, 2], []], max_new_tokens=4)
    with pytest.raises(AlignJaxError, match="does not fit the cache of 20 slots"):
        generate_ids(config, params, [[1] * 18], max_new_tokens=4, cache_length=20)
    with pytest.raises(AlignJaxError, match="max_position_embeddings"):
        generate_ids(config, params, [[1] * 2040], max_new_tokens=16)
    with pytest.raises(AlignJaxError, match="unknown sampling method 'beam'"):
        Sampling("beam")
    with pytest.raises(AlignJaxError, match="temperature"):
        Sampling("sample", temperature=0.0)
    with pytest.raises(AlignJaxError, match="max_new_tokens"):
        generate_ids(config, params, [[1]], max_new_tokens=0)


def test_sampled_logprobs_are_the_policy_at_temperature_one(model):
    config, params = model
    prompts = _prompts(config)
    out = _greedy(config, params, prompts, sampling=Sampling("sample", temperature=2.0, top_k=5),
                  seed=jax.random.key(4), return_logprobs=True)
    logp = _policy_logprobs(config, params, prompts, out.tokens)
    want = np.take_along_axis(logp, out.tokens[..., None], -1)[..., 0]
    # Every sampled token is among the 5 most likely; its log-prob is log softmax of the
    # raw logits (temperature 1, unfiltered), not of the sampling distribution.
    assert ((logp > want[..., None]).sum(-1) < 5).all()
    assert np.max(np.abs(out.logprobs - want)) <= 1e-4


def test_reused_donated_cache_gives_fresh_results(model):
    from align_jax.generate import _stop_array
    from align_jax.models.kv_cache import init_cache

    config, params = model
    fn = jitted_generate(config, max_new_tokens=NEW)
    stops = _stop_array([])
    cache = init_cache(config, 4, 16 + NEW)
    results = []
    for seed in (0, 1):
        prompts = _prompts(config, seed=seed)
        ids = np.zeros((4, 16), np.int32)
        mask = np.zeros_like(ids)
        for r, p in enumerate(prompts):
            ids[r, 16 - len(p):], mask[r, 16 - len(p):] = p, 1
        old = cache
        out, cache = fn(params, None, cache, ids, mask, jax.random.key(0), stops)
        assert old.k.is_deleted()  # donated: its buffer now backs the returned cache
        results.append(out.tokens)
        np.testing.assert_array_equal(out.tokens, _greedy(config, params, prompts).tokens)
    assert not np.array_equal(*results)
