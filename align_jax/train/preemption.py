"""Preemption of a training loop: SIGTERM/SIGINT → save a checkpoint and stop cleanly.

Both loops (SFT, PPO) use it the same way after each step or iteration:

    with Preemption() as preempt:
        ...
        if due or preempt.requested:
            preempt.save(ckpt, step, state, record, best)
        if preempt.stop(ckpt, log, f"step {step} in {workdir}/ckpt"):
            return ...
"""

from __future__ import annotations

import os
import signal
import time

import jax

# Tests only: SIGKILL this process right after the checkpoint of this step is complete.
KILL_ENV = "ALIGN_JAX_TEST_SIGKILL_AT_STEP"


class Preemption:
    """Turns SIGTERM/SIGINT into a flag the loop checks after each step."""

    def __init__(self):
        self.requested = False
        self.kill_at = int(os.environ.get(KILL_ENV, "-1"))
        self._old = {}

    def __enter__(self):
        for sig in (signal.SIGTERM, signal.SIGINT):
            self._old[sig] = signal.signal(sig, self._handle)
        return self

    def _handle(self, signum, frame):
        self.requested = True

    def __exit__(self, *exc):
        for sig, old in self._old.items():
            signal.signal(sig, old)

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
        print(f"preempted: saved a checkpoint at {where}; rerun with --resume to continue", flush=True)
        return True
