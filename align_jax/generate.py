"""Batched generation with a KV cache: one jitted call prefills and decodes every token.

    out = generate_ids(config, params, [[1, 5, 9], [1, 7]], max_new_tokens=32)
    texts = generate_text(config, params, tokenizer, ["Hi"], max_new_tokens=32)

Layout: prompts are left-padded to a bucketed length P, so every row's last prompt token
sits at slot P-1 and generated token j of every row at slot P+j; RoPE positions still
count from each row's first real token (padding is invisible). Inside the one jitted
call, a `lax.while_loop` samples a token, feeds it back through the cache and stops at
`max_new_tokens` or as soon as every row has produced a stop token.

Outputs (`GenerateOutput`, per row b and step j):
- tokens[b, j]: the generated token; `pad_id` after the row stopped.
- mask[b, j]: True for generated tokens up to and *including* the first stop token,
  False after it. lengths[b] = mask[b].sum().
- logprobs[b, j] (optional): log softmax(raw logits)[token], i.e. log π(token) of the
  policy at temperature 1 without top-k/top-p filtering, whatever sampling was used
  (PPO's importance ratio and KL need the policy's own probabilities); 0 where masked.

Layers: by default (`layer_loop="unrolled"`) the jitted call first slices the stacked
layer weights and the KV cache into one array per layer, so the decode loop's matmuls
and attention read them in place; a `lax.scan` over the stacked arrays would copy every
layer's kernels and cache out of the stack at every token (XLA's CPU and GPU backends
materialise the dynamic slices), tripling the weight traffic of a memory-bound decode
step. The price: one extra copy of the layer weights for the duration of the call, and
a compile time that grows with depth. `layer_loop="scan"` keeps the scan (no copy, one
compiled block).

Compilation: one per (batch bucket, prompt bucket, cache length, max_new_tokens,
sampling, LoRA structure, layer loop). Prompt lengths are rounded up to 16, 24, 32, 48, 64, 96, …
(`bucket_length`), batch sizes to a power of two (and a multiple of the data-parallel
size), so varied inputs reuse a few compiled functions.
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple, Sequence

import jax
import jax.numpy as jnp
import numpy as np

from align_jax.data.chat import encode_prompts  # noqa: F401  (re-exported: prompts for generate_ids)
from align_jax.errors import AlignJaxError
from align_jax.models.config import ModelConfig
from align_jax.models.decoder import Params, logits_from_hidden, param_axes
from align_jax.models.kv_cache import (KVCache, cache_axes, hidden_with_cache, init_cache,
                                      stack_cache, unstack_cache, unstack_layers)
from align_jax.sampling import Sampling, sample, token_logprobs
from align_jax.sharding import Sharder, as_sharder, check_divisible, from_every_process, host_tree

# Stop ids travel as a fixed-size array (padded with -1) so changing them never recompiles.
MAX_STOP_IDS = 8
MIN_PROMPT_BUCKET = 16
LAYER_LOOPS = ("unrolled", "scan")


class GenerateOutput(NamedTuple):
    tokens: Any  # [B, N] int32
    lengths: Any  # [B] int32
    mask: Any  # [B, N] bool
    logprobs: Any = None  # [B, N] float32, or None


def bucket_length(n: int, minimum: int = MIN_PROMPT_BUCKET) -> int:
    """Smallest of 2^k and 1.5·2^k (16, 24, 32, 48, 64, 96, …) that is ≥ max(n, minimum).

    Half-steps between powers of two bound the padding at a third of the bucket (prefill
    cost grows with it) for at most twice the compilations of power-of-two buckets.
    """
    n = max(n, minimum)
    p = 1 << (n - 1).bit_length()
    return 3 * p // 4 if p >= 4 and 3 * p // 4 >= n else p


def batch_bucket(n: int, multiple: int = 1) -> int:
    """Smallest power of two ≥ n, rounded up to a multiple of `multiple` (the batch shards)."""
    p = 1 << (max(n, 1) - 1).bit_length()
    return -(-p // multiple) * multiple


def _prefill(config, params, lora, cache, prompt_ids, prompt_mask, sharder):
    """Writes the prompts into the cache; returns the logits after each prompt [B, V]."""
    positions = jnp.maximum(jnp.cumsum(prompt_mask, axis=1) - 1, 0)
    hidden, cache = hidden_with_cache(config, params, prompt_ids, cache, positions=positions,
                                      segment_ids=prompt_mask, lora=lora, sharder=sharder)
    # Left padding puts every row's last prompt token in the last slot.
    return logits_from_hidden(config, params, hidden[:, -1]), cache


def _decode_step(config, params, lora, cache, tokens, positions, sharder):
    """Feeds one token per row [B] at `positions` [B]; returns next-token logits [B, V]."""
    ones = jnp.ones_like(tokens)[:, None]
    hidden, cache = hidden_with_cache(config, params, tokens[:, None], cache,
                                      positions=positions[:, None], segment_ids=ones, lora=lora,
                                      sharder=sharder)
    return logits_from_hidden(config, params, hidden[:, 0]), cache


def generate(config: ModelConfig, params: Params, lora, cache: KVCache, prompt_ids: jnp.ndarray,
             prompt_mask: jnp.ndarray, key: jax.Array, stop_ids: jnp.ndarray, *,
             max_new_tokens: int, sampling: Sampling, return_logprobs: bool = False,
             pad_id: int = 0, sharder: Sharder | None = None,
             layer_loop: str = "unrolled") -> tuple[GenerateOutput, KVCache]:
    """Prefill left-padded prompts [B, P] (mask 1 = token), then decode up to max_new_tokens.

    The cache may hold anything (it is reset here), so a caller can reuse one buffer.
    Rows whose prompt mask is all zero (batch padding) count as stopped from the start.
    stop_ids: [n] int32, -1 entries never match. Returns the outputs and the cache.
    layer_loop: "unrolled" (per-layer weight arrays, see the module docstring) or "scan".
    """
    b, p = prompt_ids.shape
    n = max_new_tokens
    # The last sampled token is never fed back, so p + n - 1 slots suffice.
    if p + n - 1 > cache.length:
        raise AlignJaxError(f"prompt length {p} + max_new_tokens {n} - 1 exceeds the cache "
                            f"length {cache.length}")
    if layer_loop not in LAYER_LOOPS:
        raise AlignJaxError(f"unknown layer_loop {layer_loop!r}; choose one of {LAYER_LOOPS}")
    if layer_loop == "unrolled":
        params = {**params, "layers": unstack_layers(params["layers"])}
        if lora is not None:
            lora = lora.replace(weights=unstack_layers(lora.weights))
        cache = unstack_cache(cache)
    cache = cache._replace(segment_ids=jnp.zeros_like(cache.segment_ids),
                           index=jnp.zeros_like(cache.index))
    prompt_mask = prompt_mask.astype(jnp.int32)
    prompt_len = prompt_mask.sum(axis=1)

    def emit(state, logits):
        i, cache, done, tokens, mask, logprobs = state
        tok = sample(logits, jax.random.fold_in(key, i), sampling)
        active = ~done
        tok = jnp.where(active, tok, pad_id)
        tokens = jax.lax.dynamic_update_slice(tokens, tok[:, None], (0, i))
        mask = jax.lax.dynamic_update_slice(mask, active[:, None], (0, i))
        if return_logprobs:
            lp = jnp.where(active, token_logprobs(logits, tok), 0.0)
            logprobs = jax.lax.dynamic_update_slice(logprobs, lp[:, None], (0, i))
        done = done | jnp.any(tok[:, None] == stop_ids[None, :], axis=-1)
        return (i + 1, cache, done, tokens, mask, logprobs)

    logits, cache = _prefill(config, params, lora, cache, prompt_ids, prompt_mask, sharder)
    state = (jnp.zeros((), jnp.int32), cache, prompt_len == 0, jnp.full((b, n), pad_id, jnp.int32),
             jnp.zeros((b, n), bool), jnp.zeros((b, n), jnp.float32) if return_logprobs else None)
    state = emit(state, logits)

    def cond(state):
        i, _, done = state[:3]
        return (i < n) & ~jnp.all(done)

    def body(state):
        i, cache = state[:2]
        last = jax.lax.dynamic_slice_in_dim(state[3], i - 1, 1, axis=1)[:, 0]
        # Token i-1 sits at position prompt_len + i - 1 (slot p + i - 1).
        logits, cache = _decode_step(config, params, lora, cache, last, prompt_len + i - 1, sharder)
        return emit((i, cache) + state[2:], logits)

    _, cache, _, tokens, mask, logprobs = jax.lax.while_loop(cond, body, state)
    return GenerateOutput(tokens, mask.sum(axis=1).astype(jnp.int32), mask, logprobs), stack_cache(cache)


def _lora_shardings(sharder: Sharder, lora):
    from align_jax.lora import LoraConfig, lora_axes

    if lora is None:
        return None
    return lora.replace(weights=sharder.tree(lora_axes(LoraConfig(targets=tuple(lora.weights)))))


class _LoraTemplate:
    """A LoRA argument as a jit-cache key: equal when structure, scale, dropout, shapes and
    dtypes are (the values do not matter); keeps the structure to build shardings from."""

    def __init__(self, lora):
        # Shapes only: the jit cache must not keep adapter weights alive.
        self.lora = jax.tree.map(lambda x: jax.ShapeDtypeStruct(x.shape, x.dtype), lora)
        self.key = (jax.tree.structure(lora),
                    tuple((x.shape, x.dtype.name) for x in jax.tree.leaves(self.lora)))

    def __hash__(self):
        return hash(self.key)

    def __eq__(self, other):
        return isinstance(other, _LoraTemplate) and self.key == other.key


@functools.lru_cache(maxsize=64)
def _jitted(config: ModelConfig, max_new_tokens: int, sampling: Sampling, return_logprobs: bool,
            pad_id: int, sharder: Sharder | None, lora_template: _LoraTemplate | None,
            layer_loop: str):
    """The jitted `generate` for one static setup; the cache argument is donated."""

    def run(params, lora, cache, prompt_ids, prompt_mask, key, stop_ids):
        return generate(config, params, lora, cache, prompt_ids, prompt_mask, key, stop_ids,
                        max_new_tokens=max_new_tokens, sampling=sampling,
                        return_logprobs=return_logprobs, pad_id=pad_id, sharder=sharder,
                        layer_loop=layer_loop)

    rows = sharder.named(("batch", None))
    rep = sharder.replicated()
    cache_sh = sharder.tree(cache_axes())
    lora = None if lora_template is None else lora_template.lora
    in_sh = (sharder.tree(param_axes(config)), _lora_shardings(sharder, lora), cache_sh,
             rows, rows, rep, rep)
    out_sh = (GenerateOutput(rows, sharder.named(("batch",)), rows,
                             rows if return_logprobs else None), cache_sh)
    return jax.jit(run, in_shardings=in_sh, out_shardings=out_sh, donate_argnums=2)


def jitted_generate(config: ModelConfig, *, max_new_tokens: int, sampling: Sampling = Sampling(),
                    return_logprobs: bool = False, pad_id: int = 0, sharder: Sharder | None = None,
                    lora=None, layer_loop: str = "unrolled"):
    """The compiled `generate(params, lora, cache, prompt_ids, prompt_mask, key, stop_ids)`
    for this setup (cached: the same arguments give the same function, whose
    `_cache_size()` counts its compilations).

    With a sharder, params are sharded by `param_axes` rules, the LoRA by `lora_axes`, the
    cache by `cache_axes`, and prompts and outputs over `batch`.
    """
    if layer_loop not in LAYER_LOOPS:
        raise AlignJaxError(f"unknown layer_loop {layer_loop!r}; choose one of {LAYER_LOOPS}")
    template = None if lora is None else _LoraTemplate(lora)
    return _jitted(config, max_new_tokens, sampling, return_logprobs, pad_id, as_sharder(sharder), template,
                   layer_loop)


def _batch_multiple(sharder: Sharder) -> int:
    spec = sharder.spec(("batch",))[0]
    if spec is None:
        return 1
    names = (spec,) if isinstance(spec, str) else spec
    return int(np.prod([sharder.mesh.shape[a] for a in names]))


def _stop_array(stop_token_ids: Sequence[int]) -> np.ndarray:
    ids = sorted({int(t) for t in stop_token_ids})
    if len(ids) > MAX_STOP_IDS:
        raise AlignJaxError(f"at most {MAX_STOP_IDS} stop token ids are supported, got {len(ids)}")
    return np.array(ids + [-1] * (MAX_STOP_IDS - len(ids)), np.int32)


def _as_key(seed) -> jax.Array:
    """A typed PRNG key from an int seed, or the key itself."""
    if isinstance(seed, jax.Array) and jax.dtypes.issubdtype(seed.dtype, jax.dtypes.prng_key):
        return seed
    if isinstance(seed, (int, np.integer)):
        return jax.random.key(int(seed))
    raise AlignJaxError(f"seed must be an int or a jax.random.key, got {type(seed).__name__}")


def _param_dtype(params: Params):
    return params["embed"].dtype


def generate_ids(config: ModelConfig, params: Params, prompts: Sequence[Sequence[int]], *,
                 max_new_tokens: int, sampling: Sampling = Sampling(), seed: int | jax.Array = 0,
                 stop_token_ids: Sequence[int] | None = None, lora=None,
                 sharder: Sharder | None = None, return_logprobs: bool = False, pad_id: int = 0,
                 cache_length: int | None = None, layer_loop: str = "unrolled") -> GenerateOutput:
    """Generates from token-id prompts; returns numpy outputs, one row per prompt.

    stop_token_ids: None = `config.eos_token_ids`. seed: an int or a PRNG key.
    cache_length: slots per row (default: the prompt bucket + max_new_tokens); a longer
    prompt than it allows is an error, not a truncation.
    layer_loop: "unrolled" (default, fastest decoding) or "scan" (no per-call copy of the
    layer weights, one compiled block); see the module docstring.
    """
    if not isinstance(sampling, Sampling):
        raise AlignJaxError(f"sampling must be an align_jax.sampling.Sampling, got {sampling!r}")
    if len(prompts) == 0:
        raise AlignJaxError("no prompts to generate from (the prompt list is empty)")
    if max_new_tokens < 1:
        raise AlignJaxError(f"max_new_tokens must be >= 1, got {max_new_tokens}")
    lengths = [len(p) for p in prompts]
    if min(lengths) == 0:
        raise AlignJaxError(f"prompt {lengths.index(0)} is empty; every prompt needs a token")
    longest = max(lengths)
    if longest + max_new_tokens > config.max_position_embeddings:
        raise AlignJaxError(
            f"prompt of {longest} tokens + max_new_tokens {max_new_tokens} exceeds the model's "
            f"max_position_embeddings {config.max_position_embeddings}")
    p = bucket_length(longest)
    if cache_length is None:
        cache_length = p + max_new_tokens
    if longest + max_new_tokens > cache_length:
        raise AlignJaxError(
            f"prompt of {longest} tokens + max_new_tokens {max_new_tokens} does not fit the "
            f"cache of {cache_length} slots")
    # Within the cache, the prompt bucket may shrink to what fits (never below the prompt).
    p = min(p, cache_length - max_new_tokens)
    sharder = as_sharder(sharder)
    check_divisible(params, param_axes(config), sharder)
    b = batch_bucket(len(prompts), _batch_multiple(sharder))
    ids = np.full((b, p), pad_id, np.int32)
    mask = np.zeros((b, p), np.int32)
    for r, prompt in enumerate(prompts):
        ids[r, p - len(prompt):] = np.asarray(prompt, np.int32)
        mask[r, p - len(prompt):] = 1
    stops = _stop_array(config.eos_token_ids if stop_token_ids is None else stop_token_ids)
    key = _as_key(seed)

    fn = jitted_generate(config, max_new_tokens=max_new_tokens, sampling=sampling,
                         return_logprobs=return_logprobs, pad_id=pad_id, sharder=sharder, lora=lora,
                         layer_loop=layer_loop)
    cache = _new_cache(config, b, cache_length, _param_dtype(params), sharder)
    if jax.process_count() > 1:
        # Several processes: every one holds all prompts; jit takes global arrays only.
        rows, rep = sharder.named(("batch", None)), sharder.replicated()
        ids, mask = from_every_process(ids, rows), from_every_process(mask, rows)
        key, stops = from_every_process(key, rep), from_every_process(stops, rep)
    out, _ = fn(params, lora, cache, ids, mask, key, stops)
    out = host_tree(out)
    return GenerateOutput(*(None if x is None else np.asarray(x)[:len(prompts)] for x in out))


def _new_cache(config, batch, length, dtype, sharder):
    return _cache_maker(config, batch, length, jnp.dtype(dtype), sharder)()


@functools.lru_cache(maxsize=32)
def _cache_maker(config, batch, length, dtype, sharder):
    """One jitted call that makes an empty cache (eager jnp.zeros would be four dispatches,
    ~10 ms on a CPU); with a sharder, built already sharded, so no device ever holds the
    whole cache."""
    make = functools.partial(init_cache, config, batch, length, dtype)
    return jax.jit(make, out_shardings=sharder.tree(cache_axes()))


# --- text level ---------------------------------------------------------------------------

# End-of-turn / end-of-text tokens of the supported chat models, used as stops when present.
KNOWN_STOP_TOKENS = ("<|eot_id|>", "<|end_of_text|>", "<|eom_id|>", "<|im_end|>", "<|endoftext|>")


def default_stop_ids(config: ModelConfig, tokenizer) -> list[int]:
    """The config's eos ids, the tokenizer's eos, and any known end-of-turn token it has."""
    ids = set(config.eos_token_ids)
    if getattr(tokenizer, "eos_token_id", None) is not None:
        ids.add(int(tokenizer.eos_token_id))
    vocab = tokenizer.get_vocab()
    ids.update(vocab[t] for t in KNOWN_STOP_TOKENS if t in vocab)
    return sorted(ids)


def generate_text(config: ModelConfig, params: Params, tokenizer, prompts: Sequence[Any], *,
                  max_new_tokens: int, sampling: Sampling = Sampling(), seed: int = 0, lora=None,
                  chat: bool = True, stop_token_ids: Sequence[int] | None = None,
                  sharder: Sharder | None = None, return_truncated: bool = False):
    """Generated text per prompt (strings or chat-message lists), without the stop token;
    with `return_truncated`, (texts, truncated): whether each stopped at `max_new_tokens`
    rather than at a stop token.

    stop_token_ids: None = `default_stop_ids(config, tokenizer)`.
    """
    if len(prompts) == 0:
        raise AlignJaxError("no prompts to generate from (the prompt list is empty)")
    stops = default_stop_ids(config, tokenizer) if stop_token_ids is None else list(stop_token_ids)
    ids = encode_prompts(tokenizer, prompts, chat)
    out = generate_ids(config, params, ids, max_new_tokens=max_new_tokens, sampling=sampling,
                       seed=seed, stop_token_ids=stops, lora=lora, sharder=sharder)
    texts, truncated = [], []
    stop_set = set(stops)
    for row, n in zip(out.tokens, out.lengths):
        toks = [int(t) for t in row[:n]]
        stopped = bool(toks) and toks[-1] in stop_set
        if stopped:
            toks = toks[:-1]
        texts.append(tokenizer.decode(toks, skip_special_tokens=True))
        truncated.append(not stopped)
    return (texts, truncated) if return_truncated else texts
