"""SFT examples with ALIGN augmentation: cue -> "list words you associate" -> frequency-ordered list.

Augmentation (ALIGN): every training cue is repeated ``target_examples // n_cues`` times;
each copy keeps a random ``keep_fraction`` of the cue's associations (no duplicates),
still in descending frequency order. The instruction asks for a list length in
[floor(k (1 - m + j_lo)), ceil(k (1 + m + j_hi))] with k the target length, m the margin
(10%) and j_lo, j_hi ~ U(-jitter, jitter) (3%).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import numpy as np

from align_jax.data.templates import PromptTemplates
from align_jax.errors import AlignJaxError


@dataclasses.dataclass(frozen=True)
class SFTConfig:
    target_examples: int = 1_000_000
    keep_fraction: float = 0.7
    length_margin: float = 0.10
    length_jitter: float = 0.03
    val_examples: int = 800        # held out from the SFT examples for validation loss
    seed: int = 42

    def check(self) -> None:
        if not 0 < self.keep_fraction <= 1:
            raise AlignJaxError(f"keep_fraction must be in (0, 1], got {self.keep_fraction}")
        if self.target_examples < 1:
            raise AlignJaxError(f"target_examples must be >= 1, got {self.target_examples}")
        if self.val_examples < 0:
            raise AlignJaxError(f"val_examples must be >= 0, got {self.val_examples}")


@dataclasses.dataclass
class SFTExamples:
    """Columns of equal length: the cue, the instruction (user turn) and the target list."""

    cue: list[str]
    instruction: list[str]
    response: list[str]

    def __len__(self) -> int:
        return len(self.cue)

    def take(self, idx: Sequence[int] | np.ndarray) -> SFTExamples:
        return SFTExamples([self.cue[i] for i in idx], [self.instruction[i] for i in idx],
                           [self.response[i] for i in idx])


def length_range(k: np.ndarray, margin: float, jitter: float, rng: np.random.Generator):
    """(low, high) requested list lengths around target lengths ``k`` (arrays)."""
    j = rng.uniform(-jitter, jitter, size=(2, *np.shape(k)))
    low = np.maximum(1, np.floor(k * (1 - margin + j[0])).astype(np.int64))
    high = np.maximum(low, np.ceil(k * (1 + margin + j[1])).astype(np.int64))
    return low, high


def usable_responses(assoc: Sequence[tuple[str, int]], separator: str) -> list[str]:
    """The responses that parse back as one list item: those without the list separator."""
    mark = separator.strip() or separator
    return [w for w, _ in assoc if mark not in w]


def build_sft_examples(
    norms: Mapping[str, Sequence[tuple[str, int]]],
    cues: Sequence[str],
    templates: PromptTemplates,
    config: SFTConfig = SFTConfig(),
) -> SFTExamples:
    """Augmented SFT examples for ``cues`` (in the given order, copies of a cue together).

    Deterministic in (norms, cues, templates, config). Cues missing from ``norms`` raise.
    Responses that contain the separator (multi-word answers such as "kidnap, steal")
    are left out: they would not parse back as one list item.
    """
    config.check()
    if not cues:
        raise AlignJaxError("no training cues to build SFT examples from")
    repeats = max(1, config.target_examples // len(cues))
    rng = np.random.default_rng(config.seed)
    sep, instr = templates.list_separator, templates.sft_instruction
    out = SFTExamples([], [], [])
    for cue in cues:
        assoc = norms.get(cue)
        if not assoc:
            raise AlignJaxError(f"cue {cue!r} of the split is not in the norms")
        words = usable_responses(assoc, sep)
        m = len(words)
        if m == 0:
            continue
        k = max(1, int(round(config.keep_fraction * m)))
        if k == m:  # keeping everything: every copy is the full list
            keep = np.broadcast_to(np.arange(m), (repeats, m))
        else:
            # A random k-subset per copy: the k smallest of m uniform keys, back in rank order.
            keep = np.sort(np.argpartition(rng.random((repeats, m)), k - 1, axis=1)[:, :k], axis=1)
        low, high = length_range(np.full(repeats, k), config.length_margin, config.length_jitter, rng)
        prompts: dict[tuple[int, int], str] = {}
        for row, lo, hi in zip(keep.tolist(), low.tolist(), high.tolist()):
            p = prompts.get((lo, hi))
            if p is None:
                p = prompts[(lo, hi)] = instr.format(cue=cue, low=lo, high=hi)
            out.instruction.append(p)
            out.response.append(sep.join([words[i] for i in row]))
        out.cue.extend([cue] * repeats)
    if not out.cue:
        raise AlignJaxError("no SFT example: every training cue lacks usable associations")
    return out


def split_validation(examples: SFTExamples, n_val: int, seed: int) -> tuple[SFTExamples, SFTExamples]:
    """(train, validation): ``n_val`` examples drawn at random (at most 10% of them)."""
    n_val = min(n_val, len(examples) // 10)
    if n_val == 0:
        return examples, SFTExamples([], [], [])
    perm = np.random.default_rng([seed, 1]).permutation(len(examples))
    val = np.sort(perm[:n_val])
    mask = np.ones(len(examples), bool)
    mask[val] = False
    return examples.take(np.flatnonzero(mask)), examples.take(val)


def target_counts_descending(response: str, counts: Mapping[str, int], separator: str) -> bool:
    """True when the words of a target list appear in non-increasing count order."""
    c = [counts[w] for w in response.split(separator)]
    return all(a >= b for a, b in zip(c, c[1:]))
