"""Lexical norms (concreteness, valence, arousal, ...) and the model-vs-human comparison.

One interface for every language: a :class:`LexicalNorm` is a name, a scale and a
word → value dict, already on the project's common scale (concreteness 1 = abstract …
5 = concrete; valence and arousal 1 … 9). Loaders for the English (Brysbaert,
Warriner) and Mandarin (CVAW, Xu 2020) files are presets of one table reader, so
another language's norms plug in by naming its columns and scale.
"""

from __future__ import annotations

import csv
import statistics
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import stats as sps

from align_jax.errors import AlignJaxError
from align_jax.eval.answers import normalise_word

FIRST_N = 10            # words per cue compared (paper: first 10, model and human)
CONCRETE_THRESHOLD = 3.0
# Rating cells that mean "no rating" (what R, pandas and numpy write for a missing value):
# the row is skipped. An infinite rating is refused like any other bad value.
MISSING_RATINGS = frozenset({"", "NA", "NaN", "nan"})


@dataclass(frozen=True)
class LexicalNorm:
    """Ratings on a declared scale ``(low, high)``; ``threshold`` splits "high" words
    (concreteness > 3.0 counts as concrete) and is None when not meaningful."""

    name: str
    scale: tuple[float, float]
    values: Mapping[str, float] = field(repr=False)
    threshold: float | None = None
    source: str = ""

    def get(self, word: str) -> float | None:
        return self.values.get(word)


def rescale(x: float, src: tuple[float, float], dst: tuple[float, float]) -> float:
    """Linear map of ``src`` onto ``dst``: dst_lo + (x - src_lo)·(dst_hi - dst_lo)/(src_hi - src_lo)."""
    return dst[0] + (x - src[0]) * (dst[1] - dst[0]) / (src[1] - src[0])


def load_table_norm(path: str | Path, *, name: str, word_column: str, value_column: str,
                    scale: tuple[float, float], target_scale: tuple[float, float] | None = None,
                    reverse: bool = False, threshold: float | None = None,
                    delimiter: str | None = None) -> LexicalNorm:
    """Read one rating column of a delimited table into a :class:`LexicalNorm`.

    ``scale`` is the file's declared range; a value outside it is an error naming the
    file and row (it means the wrong file or the wrong scale was given). Values are
    mapped onto ``target_scale`` (default: unchanged); ``reverse`` flips the scale
    (x → lo + hi − x, e.g. Xu's 1 = concrete … 5 = abstract becomes 6 − x). Words are
    normalised like generated words; duplicates after normalisation are averaged.
    A row whose rating cell is empty, ``NA`` or ``NaN`` is skipped (no rating); an
    infinite rating (``inf``, ``1e400``) is an error naming the file and row. The delimiter is sniffed from the header (tab, comma or semicolon) unless given.
    """
    path = Path(path)
    try:
        # utf-8-sig: some released tables carry a BOM; newline="" keeps CRLF handling
        # to the csv module.
        with path.open(encoding="utf-8-sig", newline="") as f:
            header_line = f.readline()
            if delimiter is None:
                delimiter = max("\t,;", key=header_line.count)
            f.seek(0)
            reader = csv.reader(f, delimiter=delimiter)
            header = [h.strip() for h in next(reader, [])]
            for col in (word_column, value_column):
                if col not in header:
                    cols = [h for h in header if h]
                    shown = ", ".join(cols[:12]) + (f", … ({len(cols)} in all)"
                                                    if len(cols) > 12 else "")
                    raise AlignJaxError(f"{path}: no column {col!r} for norm {name!r} "
                                        f"(columns: {shown or 'none'})")
            wi, vi = header.index(word_column), header.index(value_column)
            sums: dict[str, list[float]] = {}
            lo, hi = scale
            for row_no, row in enumerate(reader, start=2):
                if not row or not any(c.strip() for c in row):
                    continue
                if len(row) <= max(wi, vi):
                    raise AlignJaxError(f"{path}:{row_no}: row has {len(row)} fields, "
                                        f"expected at least {max(wi, vi) + 1}")
                cell = row[vi].strip()
                if cell in MISSING_RATINGS:
                    continue
                try:
                    x = float(cell)
                except ValueError:
                    raise AlignJaxError(
                        f"{path}:{row_no}: {value_column}={cell!r} is not a number") from None
                if not math.isfinite(x):
                    raise AlignJaxError(
                        f"{path}:{row_no}: {value_column}={cell!r} is not a finite number")
                if not (lo <= x <= hi):
                    raise AlignJaxError(
                        f"{path}:{row_no}: {value_column}={x:g} outside the declared "
                        f"{name} scale {lo:g}..{hi:g} (wrong file or wrong scale?)")
                if reverse:
                    x = lo + hi - x
                if target_scale is not None:
                    x = rescale(x, scale, target_scale)
                w = normalise_word(row[wi])
                if w:
                    sums.setdefault(w, []).append(x)
    except OSError as e:
        raise AlignJaxError(f"{path}: cannot read norm file ({e.strerror})") from None
    except UnicodeDecodeError:
        raise AlignJaxError(f"{path}: norm file is not UTF-8") from None
    if not sums:
        raise AlignJaxError(f"{path}: no ratings read for norm {name!r}")
    values = {w: float(np.mean(v)) for w, v in sums.items()}
    return LexicalNorm(name=name, scale=target_scale or scale, values=values,
                       threshold=threshold, source=str(path))


# --- presets for the released files -------------------------------------------------

def load_brysbaert_concreteness(path) -> LexicalNorm:
    """Brysbaert et al. (2014): tab-separated, ``Word``, ``Conc.M`` on 1 (abstract) … 5."""
    return load_table_norm(path, name="concreteness", word_column="Word",
                           value_column="Conc.M", scale=(1.0, 5.0),
                           threshold=CONCRETE_THRESHOLD)


def load_warriner(path, dimension: str) -> LexicalNorm:
    """Warriner et al. (2013): ``Word`` and ``V.Mean.Sum`` / ``A.Mean.Sum`` on 1 … 9."""
    column = {"valence": "V.Mean.Sum", "arousal": "A.Mean.Sum", "dominance": "D.Mean.Sum"}
    if dimension not in column:
        raise AlignJaxError(f"Warriner norms have no dimension {dimension!r} "
                            f"(choose from {', '.join(column)})")
    return load_table_norm(path, name=dimension, word_column="Word",
                           value_column=column[dimension], scale=(1.0, 9.0))


# Mandarin valence/arousal may come on the CVAW 1..9 scale or on the −3..3 / 0..4
# scales of other Chinese norms; DESIGN §3 maps both onto 1..9.
ZH_SCALES = {"valence": {"1-9": (1.0, 9.0), "-3-3": (-3.0, 3.0)},
             "arousal": {"1-9": (1.0, 9.0), "0-4": (0.0, 4.0)}}


def load_cvaw(path, dimension: str, scale: str = "1-9") -> LexicalNorm:
    """CVAW / Chinese EmoBank: ``word,valence,arousal``; ``scale`` names the file's range
    ("1-9"; or "-3-3" for valence, "0-4" for arousal), rescaled to 1 … 9."""
    if dimension not in ZH_SCALES:
        raise AlignJaxError(f"CVAW norms have no dimension {dimension!r} (valence, arousal)")
    if scale not in ZH_SCALES[dimension]:
        raise AlignJaxError(f"unknown {dimension} scale {scale!r} "
                            f"(choose from {', '.join(ZH_SCALES[dimension])})")
    return load_table_norm(path, name=dimension, word_column="word", value_column=dimension,
                           scale=ZH_SCALES[dimension][scale], target_scale=(1.0, 9.0))


def load_xu_concreteness(path) -> LexicalNorm:
    """Xu & Li (2020): TSV, word in ``CHINESE``, ``CHINESE_CONCRETENESS_MEAN`` on
    1 = concrete … 5 = abstract, reversed as 6 − x onto the English direction."""
    return load_table_norm(path, name="concreteness", word_column="CHINESE",
                           value_column="CHINESE_CONCRETENESS_MEAN", scale=(1.0, 5.0),
                           reverse=True, threshold=CONCRETE_THRESHOLD)


def load_preset(language: str, name: str, path) -> LexicalNorm:
    """The released norm file for (language, name): en/zh × concreteness/valence/arousal."""
    presets = {
        ("en", "concreteness"): load_brysbaert_concreteness,
        ("en", "valence"): lambda p: load_warriner(p, "valence"),
        ("en", "arousal"): lambda p: load_warriner(p, "arousal"),
        ("zh", "concreteness"): load_xu_concreteness,
        ("zh", "valence"): lambda p: load_cvaw(p, "valence"),
        ("zh", "arousal"): lambda p: load_cvaw(p, "arousal"),
    }
    if (language, name) not in presets:
        known = ", ".join(f"{l}:{n}" for l, n in presets)
        raise AlignJaxError(f"no lexical norm preset for language {language!r} and "
                            f"norm {name!r} (known: {known})")
    return presets[(language, name)](path)


# --- comparison ----------------------------------------------------------------------

def cue_values(words: Sequence[str], norm: LexicalNorm, first_n: int = FIRST_N) -> list[float]:
    """Ratings of the rated words among the first ``first_n`` words (unrated ones dropped)."""
    return [v for w in words[:first_n] if (v := norm.get(w)) is not None]


def compare_lexical(model_words: Mapping[str, Sequence[str]],
                    human_words: Mapping[str, Sequence[str]], norm: LexicalNorm,
                    *, first_n: int = FIRST_N) -> dict:
    """Model vs human on one norm, over cues present in both mappings.

    Per side and cue: coverage = rated / considered words among the first ``first_n``;
    median of the rated values (undefined if none rated); share of rated words above
    ``norm.threshold``. Reported: mean of per-cue medians, mean coverage, mean high
    share, and a paired two-sided Wilcoxon signed-rank test of per-cue medians over
    the cues where both sides have a median (zero differences dropped, scipy's
    default ``zero_method="wilcox"``).
    """
    cues = [c for c in model_words if c in human_words]
    sides = {"model": model_words, "human": human_words}
    per_side: dict[str, dict] = {}
    medians: dict[str, dict[str, float]] = {}
    for side, words in sides.items():
        cov, meds, high = [], {}, []
        for c in cues:
            considered = list(words[c])[:first_n]
            vals = cue_values(considered, norm, first_n)
            cov.append(len(vals) / len(considered) if considered else math.nan)
            if vals:  # statistics, not numpy: ~10 values, for 12,000 cues x 2 sides x 3 norms
                meds[c] = statistics.median(vals)
                if norm.threshold is not None:
                    high.append(sum(v > norm.threshold for v in vals) / len(vals))
        medians[side] = meds
        per_side[side] = {
            "mean_median": float(np.mean(list(meds.values()))) if meds else math.nan,
            "coverage": float(np.nanmean(cov)) if cues and not np.all(np.isnan(cov)) else math.nan,
            "n_cues_rated": len(meds),
        }
        if norm.threshold is not None:
            per_side[side]["high_share"] = float(np.mean(high)) if high else math.nan
    paired = [c for c in cues if c in medians["model"] and c in medians["human"]]
    test = wilcoxon_paired([medians["model"][c] for c in paired],
                           [medians["human"][c] for c in paired])
    return {"norm": norm.name, "scale": list(norm.scale), "threshold": norm.threshold,
            "first_n": first_n, "n_cues": len(cues), **per_side, "wilcoxon": test,
            "per_cue_median": medians}


def wilcoxon_paired(model: Sequence[float], human: Sequence[float]) -> dict:
    """Two-sided Wilcoxon signed-rank test on paired values; NaN p when it is undefined
    (no pairs, or every difference zero)."""
    d = np.asarray(model, dtype=np.float64) - np.asarray(human, dtype=np.float64)
    out = {"n_pairs": int(d.size), "mean_diff": float(d.mean()) if d.size else math.nan,
           "statistic": math.nan, "p_value": math.nan}
    if d.size == 0 or np.all(d == 0):
        return out
    res = sps.wilcoxon(model, human)
    out["statistic"] = float(res.statistic)
    out["p_value"] = float(res.pvalue)
    return out
