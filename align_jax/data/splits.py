"""Split cues into SFT-train / PPO / test sets, deterministically from a seed.

The cues are sorted before the seeded permutation, so the split depends only on the set
of cues and the seed, never on the order of rows in the norms file.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from align_jax.errors import AlignJaxError

SPLIT_NAMES = ("train", "ppo", "test")
DEFAULT_FRACTIONS = (0.7, 0.2, 0.1)


@dataclasses.dataclass(frozen=True)
class CueSplits:
    """Disjoint cue lists (each sorted) and the seed and fractions that made them."""

    seed: int
    fractions: tuple[float, float, float]
    train: list[str]
    ppo: list[str]
    test: list[str]

    def to_json(self) -> dict:
        return {"seed": self.seed, "fractions": list(self.fractions),
                "train": self.train, "ppo": self.ppo, "test": self.test}


def split_cues(
    cues: Iterable[str], seed: int = 42, fractions: Sequence[float] = DEFAULT_FRACTIONS
) -> CueSplits:
    """Permute the sorted unique cues with ``numpy.random.default_rng(seed)`` and cut.

    Sizes: n_train = round(f0 n), n_ppo = round(f1 n), n_test = n - n_train - n_ppo, so
    each is within one cue of its fraction.
    """
    if len(fractions) != 3 or any(f < 0 for f in fractions) or abs(sum(fractions) - 1) > 1e-6:
        raise AlignJaxError(f"split fractions must be 3 non-negative numbers summing to 1, got {list(fractions)}")
    ordered = sorted(set(cues))
    n = len(ordered)
    perm = np.random.default_rng(seed).permutation(n)
    n_train = int(round(fractions[0] * n))
    n_ppo = min(int(round(fractions[1] * n)), n - n_train)
    parts = np.split(perm, [n_train, n_train + n_ppo])
    train, ppo, test = (sorted(ordered[i] for i in part) for part in parts)
    return CueSplits(seed, tuple(float(f) for f in fractions), train, ppo, test)


def save_splits(splits: CueSplits, path: str | Path) -> None:
    Path(path).write_text(json.dumps(splits.to_json(), ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")


def load_splits(path: str | Path) -> CueSplits:
    """Read a splits JSON written by :func:`save_splits`, checking keys and disjointness."""
    path = Path(path)
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise AlignJaxError(f"{path}: cannot read the cue splits: {e}") from None
    missing = [k for k in ("seed", "fractions", *SPLIT_NAMES) if k not in obj]
    if missing:
        raise AlignJaxError(f"{path}: cue splits lack key(s) {', '.join(missing)}")
    sets = [set(obj[k]) for k in SPLIT_NAMES]
    if sum(map(len, sets)) != len(set().union(*sets)):
        raise AlignJaxError(f"{path}: cue splits overlap (a cue is in two of train/ppo/test)")
    return CueSplits(int(obj["seed"]), tuple(obj["fractions"]),
                     list(obj["train"]), list(obj["ppo"]), list(obj["test"]))
