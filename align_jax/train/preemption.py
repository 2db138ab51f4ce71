"""Preemption of a training loop: SIGTERM/SIGINT → save a checkpoint and stop cleanly.

The engine (train/engine.py) asks after each step whether to stop:

    with Preemption() as preempt:
        ...
        stop = preempt.agreed(step, sync=due)
        if due or stop:
            preempt.save(ckpt, step, state, record, best)
        if preempt.stop(ckpt, log, f"step {step} in {workdir}/ckpt"):
            return ...

A signal sets only a local flag. With several processes (a pod, a SLURM job), hosts get
SIGTERM at different steps, and a save that one process starts alone would wait for the
others forever; so the decision is collective: every `EVERY` steps and at every sync
point (steps that log or save, the same on every process), each process contributes its
flag to an all-reduce (the maximum, by `process_allgather`), and all of them stop at the
same step when any one was signalled.
"""

from __future__ import annotations

import os
import signal
import time

import jax
import numpy as np

from align_jax.errors import StopOnSignal, Stopped
from align_jax.train.hosts import say

EVERY = 10  # steps between agreements of several processes (besides every sync point)

# Tests only: SIGKILL this process right after the checkpoint of this step is complete.
KILL_ENV = "ALIGN_JAX_TEST_SIGKILL_AT_STEP"


class Preemption:
    """Turns SIGTERM/SIGINT into a flag the loop checks after each step."""

    def __init__(self):
        self.signalled = False   # this process got SIGTERM/SIGINT (set by the handler)
        self.requested = False   # the decision to save and stop: every process's the same
        self.signum: int | None = None  # the signal this process got, if any
        self.kill_at = int(os.environ.get(KILL_ENV, "-1"))
        self._old = {}

    def __enter__(self):
        for sig in (signal.SIGTERM, signal.SIGINT):
            self._old[sig] = signal.signal(sig, self._handle)
        pending = next((old.pending for old in self._old.values()
                        if isinstance(old, StopOnSignal) and old.pending is not None), None)
        if pending is not None:  # a stop during start-up that Python dropped: still a start-up stop
            self.__exit__()
            raise Stopped(pending)
        return self

    def _handle(self, signum, frame):
        self.signalled = True
        self.signum = signum

    def __exit__(self, *exc):
        for sig, old in self._old.items():
            signal.signal(sig, old)

    def agreed(self, step: int, sync: bool = False) -> bool:
        """Whether to save and stop after `step`: the local flag with one process; with
        several, the flags of all processes, combined at agreement steps (else False).
        The local flag is never cleared: a signal that lands while the flags are being
        gathered (the handler runs between any two bytecodes) is sent at the next agreement."""
        if jax.process_count() == 1:
            self.requested = self.signalled
            return self.requested
        if not (sync or step % EVERY == 0):
            return False
        from jax.experimental import multihost_utils

        flags = multihost_utils.process_allgather(np.int32(self.signalled))
        self.requested = bool(np.max(flags))
        return self.requested

    def save(self, ckpt, step: int, state, record: dict, best) -> None:
        """Saves (at once, not in the background, when preempted); the test hook may crash."""
        ckpt.save(step, state, record, best, force=self.requested)
        if step == self.kill_at:
            ckpt.wait()
            if jax.process_count() > 1 and jax.process_index() == 0:
                # Process 0 hosts jax.distributed's coordination service: dying first, it can
                # abort (SIGABRT) a peer still returning from the save's last barrier.
                time.sleep(2.0)
            os.kill(os.getpid(), signal.SIGKILL)

    def stop(self, ckpt, log, where: str) -> bool:
        """When preempted: closes the checkpoints and the log, says so; True = return now."""
        if not self.requested:
            return False
        ckpt.close()
        log.close()
        say(f"preempted: saved a checkpoint at {where}; rerun with --resume to continue")
        return True
