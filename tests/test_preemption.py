"""The preemption flag of several processes: a signal is never lost, and every process
decides the same, whenever the signal lands (tests/test_multiprocess_preempt.py runs two
real processes; these place the signal where a real run lands it only by chance)."""

import signal

import numpy as np
import pytest
from jax.experimental import multihost_utils

from align_jax.train import preemption
from align_jax.train.preemption import EVERY, Preemption


@pytest.fixture
def two_processes(monkeypatch):
    """This process as one of two; `gathered` lists what each agreement sent, and `during`
    runs while the gather is in flight (as a signal handler may)."""
    monkeypatch.setattr(preemption.jax, "process_count", lambda: 2)
    calls = {"gathered": [], "during": None, "peer": 0}

    def allgather(flag):
        calls["gathered"].append(int(flag))
        if calls["during"] is not None:
            calls["during"]()
            calls["during"] = None
        return np.array([int(flag), calls["peer"]], np.int32)

    monkeypatch.setattr(multihost_utils, "process_allgather", allgather)
    return calls


def test_a_signal_during_an_agreement_is_kept_for_the_next_one(two_processes):
    with Preemption() as preempt:
        # SIGTERM lands while the flags are being gathered: this agreement missed it ...
        two_processes["during"] = lambda: preempt._handle(signal.SIGTERM, None)
        assert not preempt.agreed(EVERY)
        assert not preempt.requested       # ... so no process stops or saves in a hurry here
        assert not preempt.agreed(EVERY + 1)  # no agreement between agreement steps
        # ... and the next agreement carries it: every process stops there.
        assert preempt.agreed(2 * EVERY)
        assert two_processes["gathered"] == [0, 1]
        assert preempt.requested


def test_a_peer_signalled_stops_this_process_too(two_processes):
    with Preemption() as preempt:
        two_processes["peer"] = 1
        assert not preempt.agreed(EVERY + 1)  # not an agreement step: nothing gathered
        assert preempt.agreed(EVERY + 2, sync=True)
        assert two_processes["gathered"] == [0] and preempt.requested


def test_one_process_stops_at_the_step_after_its_signal():
    with Preemption() as preempt:
        assert not preempt.agreed(3)
        preempt._handle(signal.SIGINT, None)
        assert preempt.agreed(4) and preempt.requested
