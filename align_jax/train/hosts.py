"""Work that process 0 does for every process of a run, with the outcome shared.

A check or a write that only process 0 performs (the run folder, its lock, the data it
prepares) must not leave the other processes waiting at a barrier when it fails: its
AlignJaxError is broadcast and raised on every process, so all of them stop with the same
one-line message.
"""

from __future__ import annotations

import json
from typing import Any, Callable

import jax
import numpy as np

from align_jax.errors import AlignJaxError


def on_process_0(fn: Callable[[], Any]) -> Any:
    """fn() on process 0; its JSON-able result, or its AlignJaxError, on every process."""
    if jax.process_count() == 1:
        return fn()
    outcome: dict = {}
    if jax.process_index() == 0:
        try:
            outcome = {"ok": fn()}
        except AlignJaxError as e:
            outcome = {"error": str(e)}
    outcome = broadcast_json(outcome)
    if "error" in outcome:
        raise AlignJaxError(outcome["error"])
    return outcome["ok"]


def broadcast_json(obj: Any) -> Any:
    """Process 0's JSON-able `obj` on every process."""
    from jax.experimental import multihost_utils

    data = np.frombuffer(json.dumps(obj).encode(), np.uint8) if jax.process_index() == 0 else None
    n = int(multihost_utils.broadcast_one_to_all(np.int32(0 if data is None else data.size)))
    buf = multihost_utils.broadcast_one_to_all(data if data is not None else np.zeros(n, np.uint8))
    return json.loads(np.asarray(buf, np.uint8).tobytes().decode())


def barrier(name: str) -> None:
    if jax.process_count() > 1:
        from jax.experimental import multihost_utils

        multihost_utils.sync_global_devices(name)


def say(message: str) -> None:
    """A console line, from process 0 only (every process runs the same loop)."""
    if jax.process_index() == 0:
        print(message, flush=True)
