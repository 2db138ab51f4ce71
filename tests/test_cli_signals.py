"""A SIGTERM during start-up that Python drops (raised inside a garbage-collector callback,
as JAX's _xla_gc_callback is one) still stops the script with one line, `error: stopped by
…`, and status 143, whether the script then ends or a training loop would take over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from align_jax.errors import StopOnSignal, Stopped
from align_jax.train.preemption import Preemption

# A launch script whose start-up receives SIGTERM while a gc callback runs.
SCRIPT = textwrap.dedent("""
    import gc, os, signal
    from align_jax import cli

    def main(argv):
        def callback(phase, info):
            if phase == "start":
                os.kill(os.getpid(), signal.SIGTERM)
                sum(range(1000))  # bytecode for the handler to run in, inside the callback
        gc.callbacks.append(callback)
        try:
            gc.collect()
        finally:
            gc.callbacks.remove(callback)
        print("main finished")

    cli.run(main)
""")


def test_a_stop_dropped_inside_a_gc_callback_still_stops_the_script(tmp_path):
    script = tmp_path / "script.py"
    script.write_text(SCRIPT)
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert "main finished" in proc.stdout  # Python did drop the first Stopped: main went on
    assert proc.returncode == 128 + signal.SIGTERM, proc.stderr
    # One line, not Python's "Exception ignored in … Traceback" for the dropped one.
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()], proc.stderr
    assert proc.stderr.startswith("error: stopped by SIGTERM")


def test_a_training_loop_taking_over_raises_a_dropped_stop():
    stop = StopOnSignal()
    original = signal.signal(signal.SIGTERM, stop)
    try:
        stop.pending = signal.SIGTERM  # as the handler leaves it when its exception was dropped
        with pytest.raises(Stopped) as raised:
            with Preemption():
                pytest.fail("the loop must not start")
        assert raised.value.signum == signal.SIGTERM
        assert signal.getsignal(signal.SIGTERM) is stop  # handlers given back
        stop.pending = None
        with Preemption() as preemption:  # nothing pending: the loop takes over the signals
            assert signal.getsignal(signal.SIGTERM) == preemption._handle
    finally:
        signal.signal(signal.SIGTERM, original)


# A launch script that joins a jax.distributed run (of one process, so it needs no partner)
# and then receives SIGTERM during its start-up, before a training loop takes the signals.
DISTRIBUTED_SCRIPT = textwrap.dedent("""
    import os, signal, time
    from align_jax import cli

    def main(argv):
        cli.maybe_initialize_distributed()
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(100):  # start-up work (loading, compiling) the stop must interrupt
            time.sleep(0.05)
        print("main finished")

    cli.run(main)
""")


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_stop_during_a_distributed_start_up_is_not_taken_by_jax(tmp_path):
    """jax.distributed.initialize starts JAX's preemption service by default, whose notifier
    takes SIGTERM at the C level: the Python handler never ran, so a multi-host job told to
    stop during start-up went on (and was killed at the end of its grace period)."""
    script = tmp_path / "script.py"
    script.write_text(DISTRIBUTED_SCRIPT)
    env = {**os.environ, "ALIGN_JAX_COORDINATOR": f"127.0.0.1:{_free_port()}",
           "ALIGN_JAX_NUM_PROCESSES": "1", "ALIGN_JAX_PROCESS_ID": "0", "JAX_PLATFORMS": "cpu"}
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120, env=env)
    assert "main finished" not in proc.stdout, proc.stderr[-2000:]
    assert proc.returncode == 128 + signal.SIGTERM, proc.stderr[-2000:]
    assert proc.stderr.strip().splitlines()[-1].startswith("error: stopped by SIGTERM"), proc.stderr
