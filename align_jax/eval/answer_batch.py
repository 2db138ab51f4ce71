"""Many answers parsed at once, on the host's CPU cores.

`parse_answer` is pure Python (~170 µs a chat answer), so a large evaluation (100,000 answers:
every SWOW cue of several runs, a re-scored sweep) spends seconds in it on one core.
`parse_answers` gives the same results, in order, reading slices of the answers in worker
processes when there are enough answers to pay for starting them (~0.1 s each).

The workers are fresh interpreters running this module's `_worker`, fed by pipes. Not
`multiprocessing`: its fork would copy the threads JAX may have started half-held, and its
spawn re-runs the caller's main script in each worker.
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
from collections.abc import Sequence
from concurrent import futures
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from align_jax.errors import AlignJaxError
from align_jax.eval.answers import ParsedAnswer, parse_answer

__all__ = ["parse_answers", "available_cpus", "auto_workers", "MIN_ANSWERS_PER_WORKER"]

MIN_ANSWERS_PER_WORKER = 4000  # ~0.6 s of parsing, well above a worker's start

_Item = tuple[str, "str | None", bool]


def available_cpus() -> int:
    """The CPU cores this process may run on (its affinity mask, where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def auto_workers(n_answers: int, cpus: int | None = None) -> int:
    """Worker processes for `n_answers`: one per MIN_ANSWERS_PER_WORKER answers, at most one
    per core; 1 means parse in this process."""
    cpus = available_cpus() if cpus is None else cpus
    return max(1, min(cpus, n_answers // MIN_ANSWERS_PER_WORKER))


def _parse_items(items: Sequence[_Item]) -> list[ParsedAnswer]:
    return [parse_answer(text, cue=cue, truncated=cut) for text, cue, cut in items]


def parse_answers(texts: Sequence[str], cues: Sequence[str | None] | None = None,
                  truncated: Sequence[bool] | None = None, *,
                  workers: int | None = None) -> list[ParsedAnswer]:
    """[parse_answer(text, cue, truncated) for each answer], in order. `cues` and
    `truncated` are per answer (None: no cue, not truncated). `workers`: processes to use
    (None: `auto_workers`; 1: this process only)."""
    n = len(texts)
    cues = [None] * n if cues is None else list(cues)
    truncated = [False] * n if truncated is None else [bool(t) for t in truncated]
    if len(cues) != n or len(truncated) != n:
        raise ValueError(f"parse_answers: {n} texts but {len(cues)} cues and "
                         f"{len(truncated)} truncated flags; give one of each per answer")
    for i, (text, cue) in enumerate(zip(texts, cues)):
        if not isinstance(text, str):
            raise TypeError(f"parse_answers: answer {i} is a {type(text).__name__}, not a string")
        if cue is not None and not isinstance(cue, str):
            raise TypeError(f"parse_answers: cue {i} is a {type(cue).__name__}, not a string")
    workers = auto_workers(n) if workers is None else workers
    if workers < 1:
        raise ValueError(f"parse_answers: workers must be 1 or more, got {workers}")
    items = list(zip(texts, cues, truncated))
    if workers == 1 or n < 2:
        return _parse_items(items)
    workers = min(workers, n)
    bounds = [n * k // workers for k in range(workers + 1)]
    slices = [items[bounds[k]:bounds[k + 1]] for k in range(workers)]
    procs: list[subprocess.Popen] = []
    feeders = ThreadPoolExecutor(len(slices))  # each pipe fed while the other workers run
    try:
        for _ in slices:
            procs.append(subprocess.Popen(_worker_command(), stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE))
        pending = [feeders.submit(_exchange, proc, part) for proc, part in zip(procs, slices)]
        outputs = [_result(f) for f in pending]
    finally:
        for proc in procs:  # the caller stopped (Ctrl-C, SIGTERM, an error): no orphans, and
            if proc.poll() is None:  # no feeder left waiting on a worker's whole slice
                proc.kill()
        feeders.shutdown(wait=True)
        for proc in procs:
            proc.wait()
    return [ParsedAnswer(*fields) for out in outputs for fields in out]


POLL_S = 0.1  # how long Ctrl-C may wait, when the kernel hands it to a feeder thread


def _result(future):
    """The future's result, waited for in short steps. A process-directed SIGINT may go to
    any thread; in a feeder thread its handler only flags it, and a main thread blocked on
    the future without a timeout would raise KeyboardInterrupt only when the worker ended
    its slice (44 s once, under load). A timed wait wakes and runs the handler."""
    while True:
        try:
            return future.result(timeout=POLL_S)
        except futures.TimeoutError:
            continue


def _worker_command() -> list[str]:
    """A fresh interpreter running `_worker` of this copy of align_jax: its folder goes first
    on the path unless the interpreter finds it already (a source tree used without
    installing it must parse as itself; an installed one is left where it is)."""
    root = str(Path(__file__).resolve().parents[2])
    return [sys.executable, "-c", f"import sys; root = sys.argv[1]; root in sys.path or sys.path.insert(0, root); "
            f"from {__name__} import _worker; _worker()", root]


def _exchange(proc: subprocess.Popen, items: list[_Item]) -> list[tuple]:
    out, err = proc.communicate(pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL))
    if proc.returncode != 0:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise AlignJaxError(f"parse_answers: a worker process failed (exit {proc.returncode}): "
                            f"{tail[0]}")
    return pickle.loads(out)


def _worker() -> None:
    """Read pickled (text, cue, truncated) items on stdin, write their parses on stdout."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle
    items = pickle.load(sys.stdin.buffer)
    parsed = [(p.words, p.rule, p.dropped) for p in _parse_items(items)]
    sys.stdout.buffer.write(pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
