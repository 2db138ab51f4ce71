"""What the parts of device_check.py share: the progress record, timing, error kinds."""

from __future__ import annotations

import json
import os
import statistics
import time
from pathlib import Path

GiB = 2**30


class Part:
    """One part's record, rewritten to `path` (atomically) after every change, so a part
    killed at its deadline still leaves what it had measured.

    rows: one dict per measured item, {"item": str, "figures": {name: number}, "ok": bool |
    None (no check), "note": str}; notes: free lines; status set by the caller at the end.
    """

    def __init__(self, path: str | Path, deadline: float):
        self.path, self.deadline = Path(path), deadline
        self.data: dict = {"status": "running", "rows": [], "notes": [], "info": {}}
        self.flush()

    def left(self) -> float:
        """Seconds to this part's deadline."""
        return self.deadline - time.time()

    def row(self, item: str, figures: dict, ok: bool | None = None, note: str = "") -> dict:
        r = {"item": item, "figures": {k: _plain(v) for k, v in figures.items()}, "ok": ok,
             "note": note}
        self.data["rows"].append(r)
        self.flush()
        return r

    def note(self, text: str) -> None:
        self.data["notes"].append(text)
        self.flush()

    def info(self, **kv) -> None:
        self.data["info"].update({k: _plain(v) for k, v in kv.items()})
        self.flush()

    def finish(self, status: str) -> None:
        self.data["status"] = status
        self.flush()

    def flush(self) -> None:
        write_json(self.path, self.data)


def write_json(path: Path, data) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, default=_plain))
    os.replace(tmp, path)


def _plain(v):
    """JSON-friendly numbers (numpy scalars → float/int)."""
    if hasattr(v, "item") and getattr(v, "ndim", 1) == 0:
        return v.item()
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return v


def time_calls(fn, part: Part, runs: int, reserve_s: float = 0.0) -> list[float]:
    """Wall seconds of up to `runs` calls of fn (which must block until done); stops early
    when the next call (as long as the median so far) would pass the deadline less
    `reserve_s`. At least one call is made."""
    times: list[float] = []
    for _ in range(runs):
        if times and part.left() - reserve_s < statistics.median(times):
            break
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def is_oom(err: BaseException) -> bool:
    text = f"{type(err).__name__} {err}".lower()
    return any(s in text for s in ("resource_exhausted", "out of memory", "oom when",
                                   "failed to allocate", "allocator"))


def short_error(err: BaseException, limit: int = 300) -> str:
    text = f"{type(err).__name__}: {err}".strip().replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + " …"


def peak_memory_bytes(device) -> int | None:
    """The allocator's peak bytes in use on `device` (None where it keeps no stats, e.g. CPU)."""
    try:
        stats = device.memory_stats()
    except Exception:  # noqa: BLE001 — some backends raise instead of returning None
        return None
    if not stats:
        return None
    return stats.get("peak_bytes_in_use", stats.get("bytes_in_use"))


def rel_err(got, want, where=None) -> float:
    """max |got - want| / max |want| (over `where` when given), in float64."""
    import numpy as np

    got, want = np.asarray(got, np.float64), np.asarray(want, np.float64)
    if where is not None:
        got, want = got[where], want[where]
    scale = max(float(np.max(np.abs(want))), 1e-30)
    return float(np.max(np.abs(got - want))) / scale
