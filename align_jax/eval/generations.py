"""Read a JSONL file of model generations: one ``{"cue": ..., "output": ...}`` per line.

This is the model-free entry to the evaluation: any model's outputs (vLLM, an API
model, our own generator) are scored with the same definitions.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from align_jax.errors import AlignJaxError


@dataclass(frozen=True)
class Generation:
    """One model answer for one cue; ``line`` is the 1-based JSONL line it came from."""

    cue: str
    output: str
    line: int = 0
    truncated: bool = False   # generation stopped at its token limit


def json_objects(path: str | Path, what: str) -> Iterator[tuple[str, int, dict]]:
    """(“file:line”, line number, object) for each non-blank line of a JSONL file; a line
    that is not a JSON object, or an unreadable file, stops with one line naming it."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")  # a BOM, as some Windows tools write, is not data
    except OSError as e:
        raise AlignJaxError(f"{path}: cannot read {what} ({e.strerror})") from None
    except UnicodeDecodeError:
        raise AlignJaxError(f"{path}: {what} is not UTF-8") from None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as e:
            raise AlignJaxError(f"{where}: not valid JSON ({e.msg})") from None
        if not isinstance(rec, dict):
            raise AlignJaxError(f"{where}: expected a JSON object")
        yield where, lineno, rec


def read_generations(path: str | Path) -> list[Generation]:
    """Read generations from JSONL; blank lines are skipped.

    Every line must be a JSON object with a non-empty string ``cue`` and a string
    ``output``. A cue appearing twice is an error (which answer would count?). Optional:
    ``finish_reason`` (a string, as vLLM and OpenAI-style APIs write it; "length" means the
    answer stopped at its token limit) or ``truncated`` (true/false).
    """
    out: list[Generation] = []
    first_line: dict[str, int] = {}
    for where, lineno, rec in json_objects(path, "generations file"):
        cue = rec.get("cue")
        if cue is not None and not isinstance(cue, str):
            raise AlignJaxError(f"{where}: 'cue' must be a string, got {cue!r}")
        if cue is None or not cue.strip():
            raise AlignJaxError(f"{where}: missing or empty 'cue'")
        output = rec.get("output")
        if not isinstance(output, str):
            raise AlignJaxError(f"{where}: missing 'output' string for cue {cue!r}")
        if cue in first_line:
            raise AlignJaxError(
                f"{where}: duplicate cue {cue!r} (first at line {first_line[cue]})")
        first_line[cue] = lineno
        out.append(Generation(cue=cue, output=output, line=lineno,
                              truncated=_truncated(rec, where)))
    return out


def _truncated(rec: dict, where: str) -> bool:
    """Whether a record says its answer stopped at the token limit."""
    reason, flag = rec.get("finish_reason"), rec.get("truncated")
    if reason is not None and not isinstance(reason, str):
        raise AlignJaxError(f"{where}: 'finish_reason' must be a string, got {reason!r}")
    if flag is not None and not isinstance(flag, bool):
        raise AlignJaxError(f"{where}: 'truncated' must be true or false, got {flag!r}")
    return reason == "length" or flag is True
