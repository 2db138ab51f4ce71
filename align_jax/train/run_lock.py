"""One run per run folder: an advisory lock on `<workdir>/run.lock` naming its holder.

The lock is `flock` on the file, which the kernel releases when the holding process
dies however it dies (SIGKILL included), so the lock of a dead process never blocks a
resume and nothing has to guess whether a lock is stale. The file itself stays; while
held it says who holds it (host, pid, start time, command), and it is emptied on release.

File systems without `flock` (some FUSE mounts) fall back to the file's content: a
holder on this host whose pid is alive blocks; one on another host blocks while its
heartbeat (the file's mtime, touched every HEARTBEAT_S) is younger than STALE_S.

Only process 0 of a multi-process run takes the lock: the run's processes are one job
that writes the folder together, and a second job also has a process 0 that is refused.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import socket
import sys
import threading
import time
from pathlib import Path

from align_jax.errors import AlignJaxError

LOCK_FILE = "run.lock"
HEARTBEAT_S = 30.0
STALE_S = 300.0
_NO_FLOCK = (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS)


class RunLock:
    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.path = self.folder / LOCK_FILE
        self._fd: int | None = None
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    def acquire(self) -> None:
        """Takes the lock or raises AlignJaxError naming the holder."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise AlignJaxError(f"{self.folder}: cannot write in the run folder ({e.strerror}); "
                                "choose a writable --workdir") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            raise AlignJaxError(f"{self.folder} is in use by another run ({_describe(holder)}); "
                                "one run per folder: wait for it, stop it, or choose another "
                                "--workdir") from None
        except OSError as e:
            if e.errno not in _NO_FLOCK:
                os.close(fd)
                raise AlignJaxError(f"{self.path}: cannot lock ({e.strerror})") from None
            self._fallback_check(fd)
            self._start_heartbeat()
        self._fd = fd
        try:
            _write(fd, json.dumps(holder_info()))
        except OSError as e:
            self.release()
            raise AlignJaxError(f"{self.folder}: cannot write in the run folder ({e.strerror}); "
                                "choose a writable --workdir") from None

    def release(self) -> None:
        if self._fd is None:
            return
        self._stop.set()
        try:
            os.ftruncate(self._fd, 0)
        except OSError:
            pass  # a full or vanished disk: the kernel still drops the flock below
        os.close(self._fd)  # closing releases the flock
        self._fd = None

    def _fallback_check(self, fd: int) -> None:
        holder = _read_holder(fd)
        if holder and _alive_elsewhere(holder, self.path):
            os.close(fd)
            raise AlignJaxError(f"{self.folder} is in use by another run ({_describe(holder)}); "
                                "one run per folder: wait for it, stop it, or choose another "
                                "--workdir")

    def _start_heartbeat(self) -> None:
        def beat():
            while not self._stop.wait(HEARTBEAT_S):
                try:
                    os.utime(self.path)
                except OSError:
                    pass
        self._beat = threading.Thread(target=beat, name="run-lock-heartbeat", daemon=True)
        self._beat.start()

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()


def holder_info() -> dict:
    return {"host": socket.gethostname(), "pid": os.getpid(), "started": time.strftime("%Y-%m-%d %H:%M:%S"),
            "process_start": _process_start(os.getpid()), "command": " ".join(sys.argv)[:300]}


def _describe(holder: dict | None) -> str:
    if not holder:
        return "holder unknown"
    return (f"pid {holder.get('pid')} on host {holder.get('host')}, started {holder.get('started')}")


def _read_holder(fd: int) -> dict | None:
    try:
        text = os.pread(fd, 65536, 0).decode("utf-8", "replace")
        return json.loads(text) if text.strip() else None
    except (OSError, ValueError):
        return None


def _write(fd: int, text: str) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, text.encode() + b"\n", 0)


def _alive_elsewhere(holder: dict, path: Path) -> bool:
    """Whether the holder of a lock without flock may still be running."""
    if holder.get("host") == socket.gethostname():
        pid = int(holder.get("pid", -1))
        if pid == os.getpid():
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        # The pid may have been reused by another program since.
        return holder.get("process_start") in (None, _process_start(pid))
    try:
        return time.time() - path.stat().st_mtime < STALE_S
    except OSError:
        return False


def _process_start(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (Linux), to tell reused pids."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None
