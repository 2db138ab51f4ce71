"""A packed batch through the decoder gives the same per-token loss as each example alone."""

import dataclasses

import numpy as np
import pytest

from align_jax.data import fixture_path
from align_jax.data.chat import ChatFormat
from align_jax.data.norms import load_norms
from align_jax.data.packing import PackedBatches
from align_jax.data.prepare import load_tokenizer
from align_jax.data.sft import SFTConfig, build_sft_examples
from align_jax.data.templates import PromptTemplates
from align_jax.data.tiny_tokenizer import build_tiny_tokenizer
from align_jax.data.tokens import tokenize_examples

models = pytest.importorskip("align_jax.models")
jax = pytest.importorskip("jax")
jnp = jax.numpy


def token_losses(logits, ids):
    """-log p(ids[t] | < t) at every t >= 1 (index t); 0 at t = 0."""
    logp = jax.nn.log_softmax(logits[:, :-1], axis=-1)
    nll = -jnp.take_along_axis(logp, ids[:, 1:, None], axis=-1)[..., 0]
    return np.asarray(jnp.pad(nll, ((0, 0), (1, 0))))


def test_packed_loss_equals_alone(tmp_path):
    norms = load_norms(fixture_path("zh"))[0]
    build_tiny_tokenizer([r for rs in norms.cues.values() for r, _ in rs], tmp_path, vocab_size=400)
    tok = load_tokenizer(str(tmp_path))
    ex = build_sft_examples(norms.cues, sorted(norms.cues)[:6], PromptTemplates.for_language("zh"),
                            SFTConfig(target_examples=12))
    data = tokenize_examples(tok, ChatFormat.from_tokenizer(tok), ex.instruction, ex.response)
    T = int(2.2 * data.lengths.max())  # room for two or more examples per row
    packed = PackedBatches(data, T, global_batch=4, seed=0)
    batch = packed.batch(0, 0)
    assert (batch["segment_ids"].max(axis=1) >= 2).any()  # rows really hold several examples

    config = dataclasses.replace(models.preset("tiny"), vocab_size=len(tok))
    params = models.init_params(config, jax.random.PRNGKey(0), jnp.float32)
    fwd = jax.jit(lambda ids, seg, pos: models.forward(config, params, ids, segment_ids=seg, positions=pos))
    ids = jnp.asarray(batch["input_ids"])
    packed_nll = token_losses(fwd(ids, jnp.asarray(batch["segment_ids"]), jnp.asarray(batch["positions"])), ids)
    # The same row read as one sequence (no segments) must differ: the test can fail.
    flat_nll = token_losses(fwd(ids, jnp.ones_like(ids), jnp.broadcast_to(jnp.arange(T), ids.shape)), ids)

    # Every segment alone, right-padded into one [N, L] batch (one compile): padding comes
    # after the tokens, so causally it cannot change them.
    segs = [(r, np.flatnonzero(batch["segment_ids"][r] == s))
            for r in range(ids.shape[0]) for s in range(1, batch["segment_ids"][r].max() + 1)]
    L = max(len(w) for _, w in segs)
    alone_ids = np.zeros((len(segs), L), np.int32)
    alone_mask = np.zeros((len(segs), L), np.int32)
    for i, (r, where) in enumerate(segs):
        alone_ids[i, :len(where)] = batch["input_ids"][r, where]
        alone_mask[i, :len(where)] = 1
    alone = jax.jit(lambda ids, mask: models.forward(config, params, ids, attention_mask=mask))
    alone_nll = token_losses(alone(jnp.asarray(alone_ids), jnp.asarray(alone_mask)), jnp.asarray(alone_ids))
    n_checked, differs = 0, False
    mask = batch["loss_mask"]
    for i, (r, where) in enumerate(segs):
        want = alone_nll[i, :len(where)]
        m = mask[r, where] > 0
        np.testing.assert_allclose(packed_nll[r, where][m], want[m], rtol=1e-4, atol=1e-5)
        differs |= not np.allclose(flat_nll[r, where][m], want[m], rtol=1e-4, atol=1e-5)
        n_checked += int(m.sum())
    assert n_checked == int(mask.sum()) > 0
    assert differs
