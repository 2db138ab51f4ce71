"""Logit parity of the JAX decoder with transformers' PyTorch models (fp32)."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from align_jax.models import forward, from_hf
from hf_fixtures import make_torch_model, torch_logits

TOL = 1e-4

CASES = {
    "llama_llama3rope_gqa_untied": ("llama", {}),
    "qwen2_bias_untied": ("qwen2", {"tie_word_embeddings": False}),
    "qwen2_bias_tied": ("qwen2", {"tie_word_embeddings": True}),
}


@pytest.fixture(scope="module", params=list(CASES))
def pair(request, tmp_path_factory):
    family, overrides = CASES[request.param]
    model = make_torch_model(family, seed=1, **overrides)
    folder = tmp_path_factory.mktemp(request.param)
    model.save_pretrained(folder)
    config, params = from_hf(folder, dtype=jnp.float32)
    return model, config, params


def _ids(rng, vocab, shape):
    return rng.integers(0, vocab, size=shape).astype(np.int32)


def test_config_matches_family(pair):
    model, config, params = pair
    assert config.family == model.config.model_type
    assert config.tie_word_embeddings == model.config.tie_word_embeddings
    assert ("lm_head" in params) != config.tie_word_embeddings


def test_logits_match(pair):
    model, config, params = pair
    ids = _ids(np.random.default_rng(0), config.vocab_size, (2, 40))
    ours = np.asarray(forward(config, params, jnp.asarray(ids)))
    theirs = torch_logits(model, ids)
    assert np.max(np.abs(ours - theirs)) <= TOL


def test_long_positions_exercise_rope_scaling(pair):
    # Positions beyond the llama3 original context (32 in the fixture) use scaled frequencies.
    model, config, params = pair
    ids = _ids(np.random.default_rng(1), config.vocab_size, (1, 160))
    ours = np.asarray(forward(config, params, jnp.asarray(ids)))
    assert np.max(np.abs(ours - torch_logits(model, ids))) <= TOL


def test_left_and_right_padding(pair):
    model, config, params = pair
    rng = np.random.default_rng(2)
    lengths = [12, 7, 3]
    t = 12
    for side in ("left", "right"):
        ids = np.zeros((3, t), np.int32)
        mask = np.zeros((3, t), np.int32)
        rows = []
        for b, n in enumerate(lengths):
            seq = _ids(rng, config.vocab_size, (n,))
            rows.append(seq)
            sl = slice(t - n, t) if side == "left" else slice(0, n)
            ids[b, sl], mask[b, sl] = seq, 1
        ours = np.asarray(forward(config, params, jnp.asarray(ids), attention_mask=jnp.asarray(mask)))
        for b, seq in enumerate(rows):
            alone = torch_logits(model, seq[None])[0]
            got = ours[b][mask[b] == 1]
            assert np.max(np.abs(got - alone)) <= TOL, side
        # And against transformers' own padded batch with explicit positions.
        pos = np.clip(np.cumsum(mask, axis=1) - 1, 0, None)
        theirs = torch_logits(model, ids, attention_mask=mask, position_ids=pos)
        assert np.max(np.abs((ours - theirs)[mask == 1])) <= TOL, side


def test_packed_segments_equal_examples_alone(pair):
    model, config, params = pair
    rng = np.random.default_rng(3)
    lengths = [5, 9, 4]
    seqs = [_ids(rng, config.vocab_size, (n,)) for n in lengths]
    t = sum(lengths) + 3  # trailing padding
    ids = np.zeros((1, t), np.int32)
    seg = np.zeros((1, t), np.int32)
    start = 0
    for i, s in enumerate(seqs):
        ids[0, start:start + len(s)] = s
        seg[0, start:start + len(s)] = i + 1
        start += len(s)
    ours = np.asarray(forward(config, params, jnp.asarray(ids), segment_ids=jnp.asarray(seg)))
    start = 0
    for s in seqs:
        alone = torch_logits(model, s[None])[0]
        assert np.max(np.abs(ours[0, start:start + len(s)] - alone)) <= TOL
        start += len(s)


def test_bf16_logits_close(pair):
    # bf16 weights and matmuls, fp32 norms/softmax/logits: close to fp32, not equal.
    model, config, params = pair
    ids = _ids(np.random.default_rng(4), config.vocab_size, (2, 16))
    p16 = jax.tree.map(lambda x: x.astype(jnp.bfloat16), params)
    out16 = forward(config, p16, jnp.asarray(ids))
    assert out16.dtype == jnp.float32
    out32 = np.asarray(forward(config, params, jnp.asarray(ids)))
    rel = np.max(np.abs(np.asarray(out16) - out32)) / np.max(np.abs(out32))
    assert rel < 0.1
