"""Word-association norms: read SWOW strength, SWOW raw participant and plain count files.

Every format ends in one form, :class:`AssociationNorms`: cue -> [(response, count)], in
descending count, ties broken by the response string ascending. Words are cleaned the same
way in all formats (:func:`normalize_word`), so duplicates that differ only in case, width
or spacing are merged.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from align_jax.errors import AlignJaxError

FORMATS = ("auto", "strength", "raw", "counts")
RESPONSE_SETS = ("R1", "R123")
# SWOW's markers for "no answer". Matched on the trimmed raw text, case-sensitively for
# "NA": lowercase "na" and "unknown" are real responses in SWOW-EN.
MISSING_MARKERS = frozenset({"", "NA", "#Missing", "#Unknown", "#missing", "#unknown"})
# The Mandarin release masks some responses with 32 hex digits (an MD5-like hash).
_MASKED = re.compile(r"[0-9a-fA-F]{32}")
_SPACES = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_MAX_EXAMPLES = 5  # bad rows quoted in the summary


@dataclasses.dataclass
class AssociationNorms:
    """Cue -> [(response, count)] in descending count, ties by response ascending."""

    language: str
    cues: dict[str, list[tuple[str, int]]]

    @property
    def n_pairs(self) -> int:
        return sum(len(r) for r in self.cues.values())


@dataclasses.dataclass
class LoadStats:
    """What loading one or more files kept and dropped (for the printed summary)."""

    files: list[str] = dataclasses.field(default_factory=list)
    rows: int = 0                 # data rows read (header excluded)
    bad_rows: int = 0             # malformed rows skipped (wrong field count, bad count ...)
    bad_examples: list[str] = dataclasses.field(default_factory=list)
    missing: int = 0              # responses dropped as NA / empty / #Missing / #Unknown
    masked: int = 0               # responses dropped as 32-hex masks
    filtered: int = 0             # raw rows dropped by the country / nativeLanguage filters
    below_min_count: int = 0      # (cue, response) pairs dropped by min_count

    def add_bad(self, path: str, line: int, problem: str) -> None:
        self.bad_rows += 1
        if len(self.bad_examples) < _MAX_EXAMPLES:
            self.bad_examples.append(f"{path}: row {line}: {problem}")

    def merge(self, other: LoadStats) -> None:
        for f in dataclasses.fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            setattr(self, f.name, a + b if f.name != "bad_examples" else (a + b)[:_MAX_EXAMPLES])


def normalize_word(text: str) -> str:
    """Trim, Unicode NFKC, collapse inner whitespace, lowercase.

    ``str.lower`` only changes cased scripts (Latin, Greek, Cyrillic), so Chinese is
    left as it is; NFKC folds full-width Latin letters and digits first.
    """
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()


def detect_language(cues: Iterable[str]) -> str:
    """'zh' when at least 30% of the cues contain a CJK ideograph, else 'en'."""
    cues = list(cues)
    n_cjk = sum(1 for c in cues if _CJK.search(c))
    return "zh" if cues and n_cjk / len(cues) >= 0.3 else "en"


def sort_responses(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """[(response, count)] by descending count, then response ascending."""
    return sorted(counts.items(), key=lambda rc: (-rc[1], rc[0]))


# ----------------------------------------------------------------------------- reading


def _decode(path: Path) -> str:
    """UTF-8 text (a BOM is dropped); undecodable bytes stop with their line number."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise AlignJaxError(f"{path}: cannot read: {e.strerror or e}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise AlignJaxError(
            f"{path}: row {line}: not UTF-8 text (byte 0x{data[e.start]:02x}); "
            "save the file as UTF-8"
        ) from None


def _sniff_delimiter(header: str) -> str:
    """Tab when the header has more tabs than commas (some SWOW '.csv' files are tab-separated)."""
    return "\t" if header.count("\t") > header.count(",") else ","


def _header_index(header: Sequence[str]) -> dict[str, int]:
    """Column name (stripped, lowercased) -> index, first occurrence wins."""
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        index.setdefault(name.strip().lower(), i)
    return index


def detect_format(header: Sequence[str]) -> str:
    """'strength', 'raw' or 'counts' from the column names (an unknown header gives '')."""
    cols = _header_index(header)
    if "cue" in cols and "response" in cols and ("r1" in cols or "r123" in cols):
        return "strength"
    if "cue" in cols and "r1" in cols and "response" not in cols:
        return "raw"
    if "cue" in cols and "response" in cols and "count" in cols:
        return "counts"
    return ""


_REQUIRED = {
    "strength": ("cue", "response", "r1|r123"),
    "raw": ("cue", "r1"),
    "counts": ("cue", "response", "count"),
}


def _display(col: str) -> str:
    """A column as SWOW spells it: R1, R123, nativeLanguage."""
    return {"nativelanguage": "nativeLanguage"}.get(col, col.upper() if re.fullmatch(r"r\d+", col) else col)


def _require(path: Path, fmt: str, cols: Mapping[str, int], extra: Sequence[str] = ()) -> None:
    missing = [c for c in (*_REQUIRED[fmt], *extra) if not any(a in cols for a in c.split("|"))]
    if missing:
        names = ", ".join(" or ".join(_display(a) for a in m.split("|")) for m in missing)
        raise AlignJaxError(
            f"{path}: row 1: missing column(s) {names} for the {fmt!r} format "
            f"(header has: {', '.join(sorted(cols)) or 'nothing'})"
        )


class _Cleaner:
    """Cached :func:`normalize_word` plus the missing / masked response rules."""

    def __init__(self, stats: LoadStats):
        self.stats = stats
        self._cache: dict[str, str] = {}

    def word(self, raw: str) -> str:
        w = self._cache.get(raw)
        if w is None:
            w = self._cache[raw] = normalize_word(raw)
        return w

    def response(self, raw: str) -> str | None:
        """The cleaned response, or None (counted) when it is a missing or masked answer."""
        s = raw.strip()
        if s in MISSING_MARKERS:
            self.stats.missing += 1
            return None
        if _MASKED.fullmatch(s):
            self.stats.masked += 1
            return None
        return self.word(s) or None


def _parse_count(text: str) -> int | None:
    """A non-negative integer count ('12', '12.0'); None when it is not one.

    'nan', 'inf' and values too large for a float ('1e400' reads as inf) are not counts:
    ``int()`` of them would raise, so they are bad rows like 'abc'.
    """
    try:
        value = float(text)
    except ValueError:
        return None
    if not math.isfinite(value) or value < 0 or not value.is_integer():
        return None
    return int(value)


def _read_pairs(
    path: Path,
    fmt: str,
    response_set: str,
    country: str | None,
    native_language: str | None,
    stats: LoadStats,
) -> tuple[dict[str, dict[str, int]], str]:
    """Accumulate cleaned (cue, response) counts of one file; returns (counts, format)."""
    text = _decode(path)
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(first_line))
    header = next(reader, None)
    if header is None or not any(h.strip() for h in header):
        raise AlignJaxError(f"{path}: row 1: empty file, expected a header row")
    detected = detect_format(header)
    if fmt == "auto":
        if not detected:
            raise AlignJaxError(
                f"{path}: row 1: unrecognised header ({', '.join(header)}); expected "
                "cue,response,R1|R123 (SWOW strength), cue,R1,R2,R3 (SWOW raw) or cue,response,count"
            )
        fmt = detected
    cols = _header_index(header)
    filters = [(c, v) for c, v in (("country", country), ("nativelanguage", native_language)) if v]
    _require(path, fmt, cols, extra=[c for c, _ in filters])
    clean = _Cleaner(stats)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    n_fields = len(header)
    where = str(path)

    if fmt == "raw":
        sets = ("r1",) if response_set == "R1" else ("r1", "r2", "r3")
        _require(path, fmt, cols, extra=sets)
        resp_idx = [cols[s] for s in sets]
        cue_idx = cols["cue"]
        filter_idx = [(cols[c], normalize_word(v)) for c, v in filters]
        for row in reader:
            if not row:
                continue
            stats.rows += 1
            if len(row) != n_fields:
                stats.add_bad(where, reader.line_num, f"{len(row)} fields, header has {n_fields}")
                continue
            if any(clean.word(row[i]) != want for i, want in filter_idx):
                stats.filtered += 1
                continue
            cue = clean.word(row[cue_idx])
            if not cue:
                stats.add_bad(where, reader.line_num, "empty cue")
                continue
            for i in resp_idx:
                resp = clean.response(row[i])
                if resp is not None:
                    counts[cue][resp] += 1
        return counts, fmt

    count_col = "count" if fmt == "counts" else response_set.lower()
    if fmt == "strength" and count_col not in cols:
        count_col = "r123" if "r123" in cols else "r1"  # the file's own set when it has one
    cue_idx, resp_idx, count_idx = cols["cue"], cols["response"], cols[count_col]
    for row in reader:
        if not row:
            continue
        stats.rows += 1
        if len(row) != n_fields:
            stats.add_bad(where, reader.line_num, f"{len(row)} fields, header has {n_fields}")
            continue
        cue = clean.word(row[cue_idx])
        if not cue:
            stats.add_bad(where, reader.line_num, "empty cue")
            continue
        n = _parse_count(row[count_idx])
        if n is None:
            stats.add_bad(where, reader.line_num, f"count {row[count_idx]!r} is not a whole number >= 0")
            continue
        resp = clean.response(row[resp_idx])
        if resp is not None and n > 0:
            counts[cue][resp] += n
    return counts, fmt


def load_norms(
    paths: str | Path | Sequence[str | Path],
    *,
    fmt: str = "auto",
    language: str | None = None,
    response_set: str = "R123",
    country: str | None = None,
    native_language: str | None = None,
    min_count: int = 1,
) -> tuple[AssociationNorms, LoadStats]:
    """Read one or more norms files into one :class:`AssociationNorms` (counts summed).

    fmt: 'auto' (from the header), 'strength' (SWOW ``strength.*``: cue, response, R1|R123),
    'raw' (SWOW participant rows: cue, R1, R2, R3; counted over ``response_set`` R1 or
    R123, optionally only rows whose country / nativeLanguage match) or 'counts'
    (cue, response, count). language: 'en', 'zh', ... or None to detect it.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if fmt not in FORMATS:
        raise AlignJaxError(f"unknown norms format {fmt!r}; use one of {', '.join(FORMATS)}")
    if response_set not in RESPONSE_SETS:
        raise AlignJaxError(f"unknown response set {response_set!r}; use R1 or R123")
    if not paths:
        raise AlignJaxError("no norms file given")
    stats = LoadStats()
    merged: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for p in paths:
        path = Path(p)
        file_stats = LoadStats(files=[str(path)])
        counts, _ = _read_pairs(path, fmt, response_set, country, native_language, file_stats)
        if not counts:
            why = []
            if file_stats.rows == 0:
                why.append("no data rows")
            for name in ("bad_rows", "missing", "masked", "filtered"):
                if getattr(file_stats, name):
                    why.append(f"{getattr(file_stats, name)} {name.replace('_', ' ')}")
            raise AlignJaxError(
                f"{path}: rows 2-{file_stats.rows + 1}: no usable rows ({'; '.join(why)})"
            )
        stats.merge(file_stats)
        for cue, resp in counts.items():
            target = merged[cue]
            for r, n in resp.items():
                target[r] += n
    cues: dict[str, list[tuple[str, int]]] = {}
    for cue in sorted(merged):
        kept = {r: n for r, n in merged[cue].items() if n >= min_count}
        stats.below_min_count += len(merged[cue]) - len(kept)
        if kept:
            cues[cue] = sort_responses(kept)
    if not cues:
        raise AlignJaxError(f"{', '.join(stats.files)}: no cue has a response with count >= {min_count}")
    lang = language or detect_language(cues)
    return AssociationNorms(language=lang, cues=cues), stats


def write_counts_csv(norms: AssociationNorms, path: str | Path) -> None:
    """Write the cleaned norms as a plain cue,response,count CSV (readable by :func:`load_norms`)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["cue", "response", "count"])
        for cue, responses in norms.cues.items():
            w.writerows((cue, r, n) for r, n in responses)
