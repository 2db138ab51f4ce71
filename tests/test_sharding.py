"""Meshes, logical-axis rules, sharded forward and LoRA gradients on 8 emulated devices."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax.sharding import PartitionSpec as P

from align_jax.errors import AlignJaxError
from align_jax.lora import LoraConfig, bind, init_lora, lora_axes
from align_jax.models import forward, init_params, param_axes, preset
from align_jax.sharding import Sharder, make_mesh, resolve_mesh_shape, shard_tree

MODEL = preset("tiny-qwen2")  # q/k/v biases and tied embeddings: every kind of leaf
LORA = LoraConfig(rank=4, alpha=8, targets=("q_proj", "k_proj", "v_proj", "o_proj", "up_proj"))


def test_mesh_shapes():
    assert resolve_mesh_shape({"data": 2, "fsdp": -1}, 8) == (2, 4, 1)
    assert resolve_mesh_shape({"fsdp": 4, "tensor": 2}, 8) == (1, 4, 2)
    with pytest.raises(AlignJaxError, match="does not divide the 8 devices"):
        resolve_mesh_shape({"data": 3, "fsdp": -1}, 8)
    with pytest.raises(AlignJaxError, match="has 4 devices, but 8 are available"):
        resolve_mesh_shape({"data": 2, "fsdp": 2}, 8)
    with pytest.raises(AlignJaxError, match="unknown mesh axis 'model'"):
        resolve_mesh_shape({"model": 8}, 8)
    with pytest.raises(AlignJaxError, match="at most one mesh axis may be -1"):
        resolve_mesh_shape({"data": -1, "fsdp": -1}, 8)


def test_rules_give_specs():
    s = Sharder(make_mesh({"data": 2, "fsdp": 2, "tensor": 2}))
    assert s.spec(("batch", "length", "act_embed")) == P(("data", "fsdp"), None, None)
    assert s.spec(("layers", "embed", "heads")) == P(None, "fsdp", "tensor")
    # A mesh axis already used by another dimension is not used twice.
    assert s.spec(("embed", "embed")) == P("fsdp", None)
    with pytest.raises(AlignJaxError, match="no sharding rule for logical axis 'nonsense'"):
        s.spec(("nonsense",))


def test_dimension_not_divisible_is_refused():
    s = Sharder(make_mesh({"fsdp": 8}))
    params = init_params(MODEL.replace(hidden_size=60, head_dim=15), jax.random.key(0))
    with pytest.raises(AlignJaxError, match=r"params\['embed'\]: dimension 60 is not divisible by "
                                            r"mesh axes \('fsdp',\) of size 8"):
        shard_tree(params, param_axes(MODEL.replace(hidden_size=60, head_dim=15)), s)


@pytest.mark.parametrize("shape", [{"data": 2, "fsdp": 4}, {"fsdp": 4, "tensor": 2}])
def test_sharded_forward_and_lora_grad_equal_single_device(shape):
    params = init_params(MODEL, jax.random.key(0), std=0.1)
    w = init_lora(MODEL, LORA, jax.random.key(1))
    w = jax.tree.map(lambda x: x + 0.05, w)  # non-zero B
    ids = jnp.asarray(np.random.default_rng(0).integers(0, MODEL.vocab_size, (8, 16)), jnp.int32)

    def loss(weights, params, ids, sharder=None):
        logits = forward(MODEL, params, ids, lora=bind(LORA, weights), sharder=sharder)
        return jnp.mean(jax.nn.logsumexp(logits, -1) - jnp.take_along_axis(logits, ids[..., None], -1)[..., 0])

    ref_logits = forward(MODEL, params, ids, lora=bind(LORA, w))
    ref_grad = jax.grad(loss)(w, params, ids)

    s = Sharder(make_mesh(shape))
    sp = shard_tree(params, param_axes(MODEL), s)
    sw = shard_tree(w, lora_axes(LORA), s, "lora")
    sids = jax.device_put(ids, s.named(("batch", "length")))
    for leaf, axes in zip(jax.tree.leaves(sp), jax.tree.leaves(param_axes(MODEL), is_leaf=lambda x: isinstance(x, tuple))):
        assert leaf.sharding.spec == s.spec(axes)
    if shape.get("tensor"):
        kernel = sp["layers"]["up_proj"]["kernel"]
        assert kernel.addressable_shards[0].data.shape == (MODEL.num_layers, MODEL.hidden_size // 4,
                                                            MODEL.intermediate_size // 2)
    fwd = jax.jit(lambda p, w, x: forward(MODEL, p, x, lora=bind(LORA, w), sharder=s))
    np.testing.assert_allclose(fwd(sp, sw, sids), ref_logits, atol=1e-5)
    grad = jax.jit(lambda w, p, x: jax.grad(loss)(w, p, x, s))(sw, sp, sids)
    jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, atol=1e-6, rtol=1e-4), grad, ref_grad)
