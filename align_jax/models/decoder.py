"""Llama / Qwen2 decoder as pure functions over a parameter pytree.

    logits = forward(config, params, input_ids, attention_mask=…, segment_ids=…, lora=…)

Parameters (kernels are [in, out], so a layer is x @ kernel; layers are stacked on a
leading axis and run by one `lax.scan`, so compile time does not grow with depth):

    embed [V, D]
    layers/attn_norm [L, D]      layers/{q,k,v,o}_proj/{kernel, bias?}
    layers/mlp_norm [L, D]       layers/{gate,up,down}_proj/{kernel, bias?}
    final_norm [D]               lm_head [D, V]  (absent when embeddings are tied)

Numerics: weights and matmuls in the parameter dtype (bf16 or fp32); RMSNorm, RoPE,
attention scores, softmax and logits in fp32.
"""

from __future__ import annotations

from typing import Any

import jax
import jax.numpy as jnp

from align_jax.errors import AlignJaxError
from align_jax.models.attention import MaskInfo, attention
from align_jax.models.config import ModelConfig
from align_jax.models.rope import apply_rope, rope_tables
from align_jax.sharding import Sharder, constrain

Params = dict[str, Any]

ATTN_PROJ = ("q_proj", "k_proj", "v_proj", "o_proj")
MLP_PROJ = ("gate_proj", "up_proj", "down_proj")
PROJECTIONS = ATTN_PROJ + MLP_PROJ

REMAT_POLICIES = {
    "none": None,
    "full": jax.checkpoint_policies.nothing_saveable,
    "dots": jax.checkpoint_policies.checkpoint_dots,
    "dots_no_batch": jax.checkpoint_policies.dots_with_no_batch_dims_saveable,
}


def projection_shapes(config: ModelConfig) -> dict[str, tuple[int, int]]:
    """(in, out) features of each projection in one layer."""
    d, f = config.hidden_size, config.intermediate_size
    return {
        "q_proj": (d, config.q_size), "k_proj": (d, config.kv_size),
        "v_proj": (d, config.kv_size), "o_proj": (config.q_size, d),
        "gate_proj": (d, f), "up_proj": (d, f), "down_proj": (f, d),
    }


def _has_bias(config: ModelConfig, name: str) -> bool:
    if name in ("q_proj", "k_proj", "v_proj"):
        return config.qkv_bias
    if name == "o_proj":
        return config.o_bias
    return config.mlp_bias


_PROJ_AXES = {
    "q_proj": ("embed", "heads"), "k_proj": ("embed", "kv_heads"), "v_proj": ("embed", "kv_heads"),
    "o_proj": ("heads", "embed"), "gate_proj": ("embed", "mlp"), "up_proj": ("embed", "mlp"),
    "down_proj": ("mlp", "embed"),
}


def param_axes(config: ModelConfig) -> Params:
    """The parameter tree's logical axis names (same structure as `init_params`)."""
    layers: Params = {"attn_norm": ("layers", "norm"), "mlp_norm": ("layers", "norm")}
    for name, (ax_in, ax_out) in _PROJ_AXES.items():
        layers[name] = {"kernel": ("layers", ax_in, ax_out)}
        if _has_bias(config, name):
            layers[name]["bias"] = ("layers", ax_out)
    axes: Params = {"embed": ("vocab", "embed"), "layers": layers, "final_norm": ("norm",)}
    if not config.tie_word_embeddings:
        axes["lm_head"] = ("embed", "vocab")
    return axes


def param_shapes(config: ModelConfig) -> Params:
    """The parameter tree's shapes (same structure as `init_params`)."""
    n, d = config.num_layers, config.hidden_size
    layers: Params = {"attn_norm": (n, d), "mlp_norm": (n, d)}
    for name, (fin, fout) in projection_shapes(config).items():
        layers[name] = {"kernel": (n, fin, fout)}
        if _has_bias(config, name):
            layers[name]["bias"] = (n, fout)
    shapes: Params = {"embed": (config.vocab_size, d), "layers": layers, "final_norm": (d,)}
    if not config.tie_word_embeddings:
        shapes["lm_head"] = (d, config.vocab_size)
    return shapes


def init_params(config: ModelConfig, key: jax.Array, dtype=jnp.float32, std: float = 0.02,
                head_std: float | None = None) -> Params:
    """Random parameters N(0, std²) for kernels and embeddings; norms at 1, biases at 0.

    head_std: the output head's std (default std). A random model's logits have scale
    √D·head_std; a larger head lets a LoRA on a random base (the demo) make confident
    predictions at all.
    """
    shapes = param_shapes(config)
    flat, treedef = jax.tree_util.tree_flatten_with_path(shapes, is_leaf=lambda x: isinstance(x, tuple))
    keys = jax.random.split(key, len(flat))
    leaves = []
    for (path, shape), k in zip(flat, keys):
        name = jax.tree_util.keystr(path)
        if "norm" in name:
            leaves.append(jnp.ones(shape, dtype))
        elif "bias" in name:
            leaves.append(jnp.zeros(shape, dtype))
        else:
            sd = head_std if head_std is not None and "lm_head" in name else std
            leaves.append((sd * jax.random.normal(k, shape, jnp.float32)).astype(dtype))
    return jax.tree_util.tree_unflatten(treedef, leaves)


def rms_norm(x: jnp.ndarray, weight: jnp.ndarray, eps: float) -> jnp.ndarray:
    """y = x / sqrt(mean(x²) + eps) · w, computed in fp32, returned in x's dtype."""
    xf = x.astype(jnp.float32)
    y = xf * jax.lax.rsqrt(jnp.mean(xf * xf, axis=-1, keepdims=True) + eps)
    return (y * weight.astype(jnp.float32)).astype(x.dtype)


def segment_positions(segment_ids: jnp.ndarray) -> jnp.ndarray:
    """Position of each token within its contiguous segment: 0, 1, … restarting at each change."""
    t = segment_ids.shape[-1]
    idx = jnp.broadcast_to(jnp.arange(t, dtype=jnp.int32), segment_ids.shape)
    starts = jnp.concatenate(
        [jnp.ones_like(segment_ids[:, :1], bool), segment_ids[:, 1:] != segment_ids[:, :-1]], axis=1)
    start_idx = jax.lax.cummax(jnp.where(starts, idx, 0), axis=1)
    return idx - start_idx


def _linear(x, p: Params, name: str, lora_layer: Params | None, lora, dropout_key):
    """x @ W (+ b) (+ scale · dropout(x) @ A @ B): the LoRA update never forms W + AB."""
    y = jnp.einsum("...i,io->...o", x, p[name]["kernel"])
    if "bias" in p[name]:
        y = y + p[name]["bias"]
    if lora_layer is not None and name in lora_layer:
        a, b = lora_layer[name]["a"], lora_layer[name]["b"]
        h = x.astype(a.dtype)
        if lora.dropout > 0.0 and dropout_key is not None:
            keep = jax.random.bernoulli(jax.random.fold_in(dropout_key, PROJECTIONS.index(name)),
                                        1.0 - lora.dropout, h.shape)
            h = jnp.where(keep, h / (1.0 - lora.dropout), 0.0)
        delta = jnp.einsum("...r,ro->...o", jnp.einsum("...i,ir->...r", h, a), b)
        y = (y.astype(jnp.float32) + lora.scale * delta.astype(jnp.float32)).astype(x.dtype)
    return y


def _project_qkv(config: ModelConfig, sharder: Sharder | None, lora, x, layer, lora_layer, cos,
                 sin, dropout_key):
    """RoPE'd queries [B,T,H,Dh] and keys, values [B,T,KV,Dh] of norm(x)."""
    b, t, _ = x.shape
    h = rms_norm(x, layer["attn_norm"], config.rms_norm_eps)
    q = _linear(h, layer, "q_proj", lora_layer, lora, dropout_key)
    k = _linear(h, layer, "k_proj", lora_layer, lora, dropout_key)
    v = _linear(h, layer, "v_proj", lora_layer, lora, dropout_key)
    q = q.reshape(b, t, config.num_heads, config.head_dim)
    k = k.reshape(b, t, config.num_kv_heads, config.head_dim)
    v = v.reshape(b, t, config.num_kv_heads, config.head_dim)
    q = constrain(apply_rope(q, cos, sin), ("batch", "length", "act_heads", None), sharder)
    k = constrain(apply_rope(k, cos, sin), ("batch", "length", "act_kv_heads", None), sharder)
    v = constrain(v, ("batch", "length", "act_kv_heads", None), sharder)
    return q, k, v


def _finish_block(config: ModelConfig, sharder: Sharder | None, lora, x, a, layer, lora_layer,
                  dropout_key):
    """x + o_proj(a), then x + mlp(norm(x)); a is the attention output [B,T,H,Dh]."""
    b, t, _ = x.shape
    x = x + _linear(a.reshape(b, t, config.q_size), layer, "o_proj", lora_layer, lora, dropout_key)
    x = constrain(x, ("batch", "length", "act_embed"), sharder)
    h = rms_norm(x, layer["mlp_norm"], config.rms_norm_eps)
    gate = _linear(h, layer, "gate_proj", lora_layer, lora, dropout_key)
    up = _linear(h, layer, "up_proj", lora_layer, lora, dropout_key)
    m = constrain(jax.nn.silu(gate) * up, ("batch", "length", "act_mlp"), sharder)
    x = x + _linear(m, layer, "down_proj", lora_layer, lora, dropout_key)
    return constrain(x, ("batch", "length", "act_embed"), sharder)


def _block(config: ModelConfig, sharder: Sharder | None, lora, x, layer, lora_layer, cos, sin,
           info: MaskInfo, dropout_key):
    """One decoder layer: x + attn(norm(x)); then x + mlp(norm(x))."""
    q, k, v = _project_qkv(config, sharder, lora, x, layer, lora_layer, cos, sin, dropout_key)
    a = attention(q, k, v, info, config.attention_impl, causal_self=True)
    return _finish_block(config, sharder, lora, x, a, layer, lora_layer, dropout_key)


def hidden_states(config: ModelConfig, params: Params, input_ids: jnp.ndarray, *,
                  attention_mask: jnp.ndarray | None = None, positions: jnp.ndarray | None = None,
                  segment_ids: jnp.ndarray | None = None, lora=None,
                  dropout_key: jax.Array | None = None, sharder: Sharder | None = None) -> jnp.ndarray:
    """Final normalised hidden states [B, T, D] (in the parameter dtype).

    segment_ids: packed examples (1, 2, …; 0 = padding) each attend only within
        themselves. Without it, `attention_mask` (1 = token, 0 = padding) is used.
    positions: RoPE positions; by default each segment (or the unpadded part of a
        row) counts from 0, so a left-padded or packed example is exactly as if alone.
    lora: None for the base model, else an `align_jax.lora.Lora`.
    """
    if input_ids.ndim != 2:
        raise AlignJaxError(f"input_ids must be [batch, length], got shape {input_ids.shape}")
    b, t = input_ids.shape
    if segment_ids is None:
        segment_ids = (jnp.ones((b, t), jnp.int32) if attention_mask is None
                       else attention_mask.astype(jnp.int32))
    if positions is None:
        positions = segment_positions(segment_ids)
    index = jnp.broadcast_to(jnp.arange(t, dtype=jnp.int32), (b, t))
    info = MaskInfo(segment_ids, segment_ids, index, index)
    cos, sin = rope_tables(config, positions)

    x = jnp.take(params["embed"], input_ids, axis=0)
    x = constrain(x, ("batch", "length", "act_embed"), sharder)
    lora_layers = None if lora is None else lora.weights
    n = config.num_layers
    keys = (None if dropout_key is None or lora is None or lora.dropout == 0.0
            else jax.random.split(dropout_key, n))

    def body(x, scanned):
        layer, lora_layer, key = scanned
        return _block(config, sharder, lora, x, layer, lora_layer, cos, sin, info, key), None

    if config.remat_policy not in REMAT_POLICIES:
        raise AlignJaxError(f"unknown remat policy {config.remat_policy!r}; "
                            f"choose one of {', '.join(REMAT_POLICIES)}")
    if config.remat_policy != "none":
        body = jax.checkpoint(body, policy=REMAT_POLICIES[config.remat_policy])
    x, _ = jax.lax.scan(body, x, (params["layers"], lora_layers, keys), unroll=config.scan_unroll)
    return rms_norm(x, params["final_norm"], config.rms_norm_eps)


def output_head(config: ModelConfig, params: Params) -> jnp.ndarray:
    """The [D, V] output projection (the transposed embedding when tied)."""
    return params["embed"].T if config.tie_word_embeddings else params["lm_head"]


def logits_from_hidden(config: ModelConfig, params: Params, hidden: jnp.ndarray,
                       sharder: Sharder | None = None) -> jnp.ndarray:
    """fp32 logits [..., V] = hidden @ head, accumulated in fp32."""
    logits = jnp.einsum("...d,dv->...v", hidden, output_head(config, params),
                        preferred_element_type=jnp.float32)
    if logits.ndim == 3:
        logits = constrain(logits, ("batch", "length", "act_vocab"), sharder)
    return logits


def forward(config: ModelConfig, params: Params, input_ids: jnp.ndarray, *,
            attention_mask: jnp.ndarray | None = None, positions: jnp.ndarray | None = None,
            segment_ids: jnp.ndarray | None = None, lora=None,
            dropout_key: jax.Array | None = None, sharder: Sharder | None = None) -> jnp.ndarray:
    """fp32 next-token logits [B, T, V]; see `hidden_states` for the arguments."""
    hidden = hidden_states(config, params, input_ids, attention_mask=attention_mask,
                           positions=positions, segment_ids=segment_ids, lora=lora,
                           dropout_key=dropout_key, sharder=sharder)
    return logits_from_hidden(config, params, hidden, sharder)


def count_params(params_or_shapes: Params) -> int:
    """Number of scalars in a parameter tree (arrays or ShapeDtypeStructs)."""
    return sum(int(x.size) for x in jax.tree.leaves(params_or_shapes))
