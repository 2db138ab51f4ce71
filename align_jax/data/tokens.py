"""Batch tokenization of rendered examples into a flat token array, and its Arrow form.

An example i is ``tokens[offsets[i]:offsets[i+1]]``; its first ``prompt_lens[i]`` tokens
are the prompt, the rest (the target list and the end-of-turn token) the response.
Prompt and response are tokenized separately, exactly as they are fed at generation time
(the prompt tokens, then what the model writes).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence

import numpy as np
import pyarrow as pa

from align_jax.data.chat import ChatFormat
from align_jax.errors import AlignJaxError


@dataclasses.dataclass
class TokenizedExamples:
    tokens: np.ndarray       # int32 [total]
    offsets: np.ndarray      # int64 [n + 1]
    prompt_lens: np.ndarray  # int32 [n]

    def __len__(self) -> int:
        return len(self.prompt_lens)

    @property
    def lengths(self) -> np.ndarray:
        return np.diff(self.offsets)

    def example(self, i: int) -> tuple[np.ndarray, int]:
        return self.tokens[self.offsets[i]:self.offsets[i + 1]], int(self.prompt_lens[i])

    def to_arrow(self) -> pa.Table:
        ids = pa.LargeListArray.from_arrays(pa.array(self.offsets, pa.int64()), pa.array(self.tokens))
        return pa.table({"input_ids": ids, "prompt_len": pa.array(self.prompt_lens)})

    @classmethod
    def empty(cls) -> TokenizedExamples:
        return cls(np.zeros(0, np.int32), np.zeros(1, np.int64), np.zeros(0, np.int32))

    @classmethod
    def from_arrow(cls, table: pa.Table) -> TokenizedExamples:
        """Zero-copy where Arrow allows (one chunk, memory-mapped)."""
        col = table.column("input_ids").combine_chunks()
        if isinstance(col, pa.ChunkedArray):
            col = col.chunk(0) if col.num_chunks == 1 else pa.concat_arrays(col.chunks)
        offsets = col.offsets.to_numpy().astype(np.int64)
        tokens = col.values.to_numpy()
        tokens = tokens[offsets[0]:offsets[-1]]
        offsets = offsets - offsets[0]
        prompt_lens = table.column("prompt_len").to_numpy().astype(np.int32)
        return cls(tokens.astype(np.int32, copy=False), offsets, prompt_lens)


def ragged_arange(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """concat(arange(s, s + l) for s, l in zip(starts, lengths)), vectorised."""
    lengths = np.asarray(lengths, np.int64)
    total = int(lengths.sum())
    seg_start = np.cumsum(lengths) - lengths
    return np.repeat(np.asarray(starts, np.int64) - seg_start, lengths) + np.arange(total)


def _encode(backend, texts: Sequence[str], chunk: int = 32768) -> tuple[np.ndarray, np.ndarray]:
    """(flat int32 ids, lengths) of texts, special tokens in the text kept, none added.

    In chunks, so the Python lists of ids (tens of bytes per token) never hold more than
    one chunk.
    """
    encode = getattr(backend, "encode_batch_fast", None) or backend.encode_batch
    flats, lens = [], []
    for c0 in range(0, len(texts), chunk):
        ids = [e.ids for e in encode(list(texts[c0:c0 + chunk]), add_special_tokens=False)]
        lengths = np.fromiter(map(len, ids), np.int64, count=len(ids))
        flats.append(np.fromiter(itertools.chain.from_iterable(ids), np.int32, count=int(lengths.sum())))
        lens.append(lengths)
    if not flats:
        return np.zeros(0, np.int32), np.zeros(0, np.int64)
    return np.concatenate(flats), np.concatenate(lens)


def _constant_cut(backend, prefix: str, middle: str) -> tuple[int, int] | None:
    """Where prefix and middle can be cut so that the constant parts are tokenized apart.

    A fast tokenizer splits its text on added (special) tokens before anything else, so
    prefix[:a] ending in one, and middle[b:] starting with one, tokenize the same alone as
    inside the prompt. Returns (a, b), or None when nothing is gained or an added token
    strips whitespace around itself.
    """
    added = list(backend.get_added_tokens_decoder().values())
    if any(t.lstrip or t.rstrip for t in added):
        return None
    names = [t.content for t in added]
    a = max((prefix.rfind(t) + len(t) for t in names if t in prefix), default=0)
    b = min((middle.find(t) for t in names if t in middle), default=len(middle))
    return (a, b) if a > 0 or b < len(middle) else None


def _encode_prompts(backend, chat: ChatFormat, instructions: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Prompt tokens of unique instructions; the chat template's constant parts (e.g.
    Llama's system header, half the prompt) are tokenized once."""
    cut = _constant_cut(backend, chat.prefix, chat.middle) if chat.exact else None
    if cut is not None:
        (a, b), pre, mid = cut, chat.prefix, chat.middle
        head, _ = _encode(backend, [pre[:a]])
        tail, _ = _encode(backend, [mid[b:]])
        var, var_len = _encode(backend, [pre[a:] + i + mid[:b] for i in instructions])
        lengths = len(head) + var_len + len(tail)
        var_off = np.cumsum(var_len) - var_len
        n = len(instructions)
        # Segments [head, var_i, tail] of the concatenation (head, tail, var).
        starts = np.stack([np.zeros(n, np.int64), len(head) + len(tail) + var_off,
                           np.full(n, len(head))], axis=1).reshape(-1)
        seg = np.stack([np.full(n, len(head)), var_len, np.full(n, len(tail))], axis=1).reshape(-1)
        flat = np.concatenate([head, tail, var])[ragged_arange(starts, seg)]
        # Check the cut on a sample against tokenizing whole prompts.
        sample = np.unique(np.linspace(0, n - 1, min(n, 32)).astype(int))
        ref, ref_len = _encode(backend, [chat.render_prompt(instructions[i]) for i in sample])
        offs = np.cumsum(lengths) - lengths
        got = np.concatenate([flat[offs[i]:offs[i] + lengths[i]] for i in sample])
        if np.array_equal(ref_len, lengths[sample]) and np.array_equal(ref, got):
            return flat, lengths
    prompts = [chat.render_prompt(i) for i in instructions]
    return _encode(backend, prompts)


def tokenize_examples(
    tokenizer, chat: ChatFormat, instructions: Sequence[str], targets: Sequence[str]
) -> TokenizedExamples:
    """Render and tokenize (instruction, target) pairs with a fast (Rust) tokenizer.

    Prompts repeat (copies of a cue often ask for the same length range), so each
    distinct prompt is tokenized once.
    """
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None:
        raise AlignJaxError(f"tokenizer {type(tokenizer).__name__} is not a fast tokenizer "
                            "(needs tokenizer.json)")
    if len(instructions) == 0:  # e.g. no validation split
        return TokenizedExamples.empty()
    unique: dict[str, int] = {}
    which = np.fromiter((unique.setdefault(i, len(unique)) for i in instructions), np.int64,
                        count=len(instructions))
    p_flat, p_len = _encode_prompts(backend, chat, list(unique))
    responses = chat.render_responses(instructions, targets)
    r_flat, r_len = _encode(backend, responses)
    if (p_len == 0).any() or (r_len == 0).any():
        raise AlignJaxError("an example renders to an empty prompt or response; check the templates")
    p_off = np.cumsum(p_len) - p_len
    r_off = np.cumsum(r_len) - r_len
    ex_plen = p_len[which]
    # Interleave [prompt_i, response_i] segments of the concatenation (p_flat, r_flat).
    starts = np.stack([p_off[which], len(p_flat) + r_off], axis=1).reshape(-1)
    seg_len = np.stack([ex_plen, r_len], axis=1).reshape(-1)
    tokens = np.concatenate([p_flat, r_flat])[ragged_arange(starts, seg_len)]
    offsets = np.concatenate([[0], np.cumsum(ex_plen + r_len)])
    return TokenizedExamples(tokens, offsets, ex_plen.astype(np.int32))
