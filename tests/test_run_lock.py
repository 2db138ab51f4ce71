"""One run per folder: a live holder blocks and is named, a dead one never does."""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import time

import pytest

from align_jax.errors import AlignJaxError
from align_jax.train import run_lock
from align_jax.train.run_lock import RunLock

HOLD = ("import sys, time; from align_jax.train.run_lock import RunLock; "
        "RunLock(sys.argv[1]).acquire(); print('held', flush=True); time.sleep(120)")


@pytest.fixture
def holder(tmp_path):
    """Another process holding the lock of tmp_path."""
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "held"
    yield p
    p.kill()
    p.wait()


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_a_live_holder_is_refused_and_named(tmp_path, holder):
    with pytest.raises(AlignJaxError) as e:
        RunLock(tmp_path).acquire()
    msg = str(e.value)
    assert msg.startswith(f"{tmp_path} is in use by another run (pid {holder.pid} on host "
                          f"{socket.gethostname()}, started ")
    assert "one run per folder" in msg


def test_the_lock_of_a_killed_process_does_not_block(tmp_path, holder):
    holder.kill()
    holder.wait()
    assert json.loads((tmp_path / run_lock.LOCK_FILE).read_text())["pid"] == holder.pid  # left behind
    lock = RunLock(tmp_path)
    lock.acquire()
    assert json.loads((tmp_path / run_lock.LOCK_FILE).read_text())["pid"] == os.getpid()
    lock.release()
    assert (tmp_path / run_lock.LOCK_FILE).read_text() == ""  # released: emptied, not removed


def test_a_read_only_folder_is_one_line(tmp_path, monkeypatch):
    def read_only(*a, **k):
        raise OSError(errno.EROFS, "Read-only file system")
    monkeypatch.setattr(run_lock.os, "open", read_only)
    with pytest.raises(AlignJaxError, match=r"cannot write in the run folder \(Read-only file system\)"):
        RunLock(tmp_path).acquire()


@pytest.fixture
def no_flock(monkeypatch):
    """A file system without flock: the lock falls back to the file's content."""
    def unsupported(fd, op):
        raise OSError(errno.ENOLCK, "No locks available")
    monkeypatch.setattr(run_lock.fcntl, "flock", unsupported)


def _write_holder(tmp_path, **holder):
    (tmp_path / run_lock.LOCK_FILE).write_text(json.dumps(holder))


def test_without_flock_a_live_pid_blocks(tmp_path, no_flock, holder):
    _write_holder(tmp_path, host=socket.gethostname(), pid=holder.pid,
                  process_start=run_lock._process_start(holder.pid))
    with pytest.raises(AlignJaxError, match=f"pid {holder.pid}"):
        RunLock(tmp_path).acquire()


def test_without_flock_a_dead_or_reused_pid_does_not(tmp_path, no_flock, holder):
    for pid, start in ((_dead_pid(), None), (holder.pid, "not its start time")):
        _write_holder(tmp_path, host=socket.gethostname(), pid=pid, process_start=start)
        lock = RunLock(tmp_path)
        lock.acquire()
        lock.release()


def test_without_flock_another_host_blocks_until_its_heartbeat_stops(tmp_path, no_flock):
    _write_holder(tmp_path, host="elsewhere", pid=1)
    with pytest.raises(AlignJaxError, match="on host elsewhere"):
        RunLock(tmp_path).acquire()
    old = time.time() - run_lock.STALE_S - 1
    os.utime(tmp_path / run_lock.LOCK_FILE, (old, old))
    lock = RunLock(tmp_path)
    lock.acquire()
    lock.release()
