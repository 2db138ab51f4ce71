"""A SIGTERM during start-up that Python drops (raised inside a garbage-collector callback,
as JAX's _xla_gc_callback is one) still stops the script with one line, `error: stopped by
…`, and status 143, whether the script then ends or a training loop would take over."""

from __future__ import annotations

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
