"""Generation against transformers (greedy, same weights) and cached decoding against the
full forward pass (fp32)."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
import torch

from align_jax.generate import generate_ids
from align_jax.models import forward, from_hf
from align_jax.models.kv_cache import forward_with_cache, init_cache
from hf_fixtures import make_torch_model

CASES = {"llama": ("llama", {}), "qwen2_tied": ("qwen2", {"tie_word_embeddings": True})}
LENGTHS = [9, 3, 14, 6]
NEW = 12


@pytest.fixture(scope="module", params=list(CASES))
def pair(request, tmp_path_factory):
    family, overrides = CASES[request.param]
    model = make_torch_model(family, seed=3, **overrides)
    folder = tmp_path_factory.mktemp(request.param)
    model.save_pretrained(folder)
    config, params = from_hf(folder, dtype=jnp.float32)
    return model, config, params


def _prompts(vocab, seed=0):
    rng = np.random.default_rng(seed)
    return [rng.integers(3, vocab, size=n).tolist() for n in LENGTHS]


def _hf_greedy(model, prompts, stop):
    """transformers' greedy generation of a left-padded batch; rows of NEW tokens."""
    t = max(map(len, prompts))
    ids = np.zeros((len(prompts), t), np.int64)
    mask = np.zeros_like(ids)
    for r, p in enumerate(prompts):
        ids[r, t - len(p):], mask[r, t - len(p):] = p, 1
    with torch.no_grad():
        out = model.generate(torch.as_tensor(ids), attention_mask=torch.as_tensor(mask),
                             max_new_tokens=NEW, do_sample=False, pad_token_id=0,
                             eos_token_id=stop)
    gen = out[:, t:].numpy()
    return np.pad(gen, ((0, 0), (0, NEW - gen.shape[1])), constant_values=0)


def test_greedy_matches_transformers(pair):
    model, config, params = pair
    prompts = _prompts(config.vocab_size)
    ours = generate_ids(config, params, prompts, max_new_tokens=NEW, stop_token_ids=[])
    theirs = _hf_greedy(model, prompts, stop=None)
    np.testing.assert_array_equal(ours.tokens, theirs)
    assert ours.lengths.tolist() == [NEW] * len(prompts)
    # Each prompt alone (no padding anywhere) gives the same row.
    for r, p in enumerate(prompts[:2]):
        np.testing.assert_array_equal(ours.tokens[r], _hf_greedy(model, [p], stop=None)[0])


def test_greedy_with_stop_matches_transformers(pair):
    model, config, params = pair
    prompts = _prompts(config.vocab_size)
    free = generate_ids(config, params, prompts, max_new_tokens=NEW, stop_token_ids=[])
    stop = int(free.tokens[0, 4])  # row 0 stops at step 4 at the latest
    ours = generate_ids(config, params, prompts, max_new_tokens=NEW, stop_token_ids=[stop])
    theirs = _hf_greedy(model, prompts, stop=stop)
    # transformers pads after the stop with pad_token_id=0, like our pad_id default.
    np.testing.assert_array_equal(ours.tokens, theirs)
    assert ours.lengths[0] <= 5


def test_incremental_logits_equal_full_forward(pair):
    _, config, params = pair
    prompts = _prompts(config.vocab_size, seed=1)
    rng = np.random.default_rng(2)
    cont = rng.integers(3, config.vocab_size, size=(len(prompts), 6)).astype(np.int32)
    p = max(map(len, prompts))
    ids = np.zeros((len(prompts), p), np.int32)
    mask = np.zeros_like(ids)
    for r, s in enumerate(prompts):
        ids[r, p - len(s):], mask[r, p - len(s):] = s, 1
    lens = mask.sum(1)

    step = jax.jit(forward_with_cache, static_argnums=0)
    cache = init_cache(config, len(prompts), p + cont.shape[1], jnp.float32)
    pos = np.maximum(np.cumsum(mask, 1) - 1, 0)
    logits, cache = step(config, params, jnp.asarray(ids), cache,
                                       positions=jnp.asarray(pos), segment_ids=jnp.asarray(mask))
    steps = [np.asarray(logits)]
    for j in range(cont.shape[1]):
        logits, cache = step(
            config, params, jnp.asarray(cont[:, j:j + 1]), cache,
            positions=jnp.asarray((lens + j)[:, None]), segment_ids=jnp.ones((len(prompts), 1), jnp.int32))
        steps.append(np.asarray(logits))
    inc = np.concatenate(steps, axis=1)

    full_ids = np.concatenate([ids, cont], 1)
    full_mask = np.concatenate([mask, np.ones_like(cont)], 1)
    full = np.asarray(jax.jit(forward, static_argnums=0)(config, params, jnp.asarray(full_ids),
                              attention_mask=jnp.asarray(full_mask)))
    valid = full_mask == 1
    assert np.max(np.abs(inc - full)[valid]) <= 1e-4
