"""The decode loop's fast paths: unstacked layers and cache, the greedy argmax."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from align_jax.errors import AlignJaxError
from align_jax.generate import generate_ids, jitted_generate
from align_jax.lora import LoraConfig, bind, init_lora
from align_jax.models import init_params, preset
from align_jax.models.kv_cache import (forward_with_cache, init_cache, stack_cache, unstack_cache,
                                       unstack_layers)
from align_jax.sampling import greedy
from align_jax.sharding import Sharder, make_mesh


@pytest.fixture(scope="module")
def model():
    config = preset("tiny")
    return config, init_params(config, jax.random.key(0), std=0.15)


def _prompts(config, lengths=(7, 3, 12, 5)):
    rng = np.random.default_rng(0)
    return [rng.integers(3, config.vocab_size, size=n).tolist() for n in lengths]


def test_greedy_is_argmax_with_first_index_on_ties():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(6, 1000)).astype(np.float32)
    x[1, [10, 500, 999]] = 9.0  # a three-way tie: the first index wins, as in argmax
    x[2, :] = -np.inf
    x[2, 7] = 0.0
    x[3, :] = 1.0  # all equal
    x[4, 999] = 50.0  # the last index
    got = np.asarray(jax.jit(greedy)(jnp.asarray(x)))
    np.testing.assert_array_equal(got, np.argmax(x, axis=-1))
    assert got.dtype == np.int32


@pytest.mark.parametrize("with_lora", [False, True])
def test_unrolled_and_scanned_layers_agree(model, with_lora):
    config, params = model
    lora = None
    if with_lora:
        lcfg = LoraConfig(rank=4, alpha=8.0, targets=("q_proj", "v_proj", "down_proj"))
        w = init_lora(config, lcfg, jax.random.key(1))
        w = {t: {**x, "b": 0.3 * jax.random.normal(jax.random.key(i), x["b"].shape)}
             for i, (t, x) in enumerate(w.items())}
        lora = bind(lcfg, w)
    prompts = _prompts(config)
    outs = [generate_ids(config, params, prompts, max_new_tokens=9, stop_token_ids=[], lora=lora,
                         return_logprobs=True, layer_loop=loop) for loop in ("unrolled", "scan")]
    np.testing.assert_array_equal(outs[0].tokens, outs[1].tokens)
    assert np.max(np.abs(outs[0].logprobs - outs[1].logprobs)) <= 1e-5


def test_unrolled_layers_under_a_sharder(model):
    config, params = model
    sharder = Sharder(make_mesh({"data": 2, "fsdp": 2, "tensor": 2}))
    prompts = _prompts(config)
    want = generate_ids(config, params, prompts, max_new_tokens=6, stop_token_ids=[],
                        layer_loop="scan")
    got = generate_ids(config, params, prompts, max_new_tokens=6, stop_token_ids=[],
                       sharder=sharder)
    np.testing.assert_array_equal(got.tokens, want.tokens)


def test_returned_cache_is_stacked_and_reusable(model):
    from align_jax.generate import _stop_array

    config, params = model
    fn = jitted_generate(config, max_new_tokens=4)
    cache = init_cache(config, 4, 20)
    ids = np.ones((4, 16), np.int32)
    out, cache = fn(params, None, cache, ids, np.ones_like(ids), jax.random.key(0), _stop_array([]))
    assert cache.k.shape == (config.num_layers, 4, config.num_kv_heads, 20, config.head_dim)
    out2, _ = fn(params, None, cache, ids, np.ones_like(ids), jax.random.key(0), _stop_array([]))
    np.testing.assert_array_equal(out.tokens, out2.tokens)


def test_cache_layouts_give_the_same_logits(model):
    config, params = model
    ids = jnp.asarray(np.random.default_rng(1).integers(3, config.vocab_size, (2, 5)), jnp.int32)
    pos = jnp.broadcast_to(jnp.arange(5), (2, 5))
    seg = jnp.ones((2, 5), jnp.int32)
    step = jax.jit(forward_with_cache, static_argnums=0)
    stacked = init_cache(config, 2, 8)
    want, c1 = step(config, params, ids, stacked, positions=pos, segment_ids=seg)
    loose = {**params, "layers": unstack_layers(params["layers"])}
    got, c2 = step(config, loose, ids, unstack_cache(init_cache(config, 2, 8)), positions=pos,
                   segment_ids=seg)
    assert isinstance(c2.k, tuple) and len(c2.k) == config.num_layers  # layout kept
    assert np.max(np.abs(np.asarray(got) - np.asarray(want))) <= 1e-5
    np.testing.assert_allclose(np.asarray(stack_cache(c2).k), np.asarray(c1.k), atol=1e-5)
    # Unstacked weights on a stacked cache hand back a stacked cache.
    got2, c3 = step(config, loose, ids, init_cache(config, 2, 8), positions=pos, segment_ids=seg)
    assert c3.k.shape == c1.k.shape
    assert np.max(np.abs(np.asarray(got2) - np.asarray(want))) <= 1e-5


def test_unknown_layer_loop_is_refused(model):
    config, params = model
    with pytest.raises(AlignJaxError, match="unknown layer_loop 'python'"):
        generate_ids(config, params, [[3, 4]], max_new_tokens=2, layer_loop="python")
