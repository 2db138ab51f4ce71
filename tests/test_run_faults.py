"""Faults a run folder must survive, end to end (real processes, the tiny demo model):
a full disk during an asynchronous save, flipped bytes in the newest checkpoint, a second
run in the same folder, a resume of a finished run, a resume with other settings, a
read-only folder and SIGTERM during start-up.

The disk-full and read-only tests mount a small tmpfs (or a read-only bind mount) in a
private mount namespace (`unshare -rm`); where that is not possible they are skipped and
tests/test_checkpoint.py's injected write failure remains.
"""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import time

import numpy as np
import pytest
from safetensors.numpy import load_file

from launch_harness import ROOT, SFT_FAST, env, error_lines, snapshot

FAST = SFT_FAST
STEPS = "--config.train.max_steps=6"


def _cmd(workdir, *args) -> list[str]:
    return [sys.executable, str(ROOT / "launch/train_sft.py"), f"--config={ROOT}/configs/demo.py",
            f"--workdir={workdir}", *FAST, *args]


def _train(workdir, *args, check=True, **kw):
    p = subprocess.run(_cmd(workdir, *args), capture_output=True, text=True,
                       env=kw.pop("env", None) or env(), timeout=600, **kw)
    if check and p.returncode != 0:
        raise AssertionError(f"exit {p.returncode}\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}")
    return p


def _losses(workdir):
    return [(r["step"], r["loss"]) for r in map(json.loads, (workdir / "metrics.jsonl").read_text().splitlines())]


def _same_adapter(a, b):
    wa, wb = (load_file(str(w / "adapter/adapter_model.safetensors")) for w in (a, b))
    assert wa.keys() == wb.keys()
    for k in wa:
        np.testing.assert_array_equal(wa[k], wb[k], err_msg=k)


def _one_error(p, expect: str, status: int = 1) -> str:
    text = p.stdout + p.stderr
    assert p.returncode == status, text[-3000:]
    errors = error_lines(p.stderr)
    assert len(errors) == 1 and expect in errors[0], text[-3000:]
    assert "Traceback" not in text, text[-3000:]
    return errors[0]


def _namespaces() -> bool:
    try:
        return subprocess.run(["unshare", "-rm", "true"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


needs_namespace = pytest.mark.skipif(not _namespaces(), reason="needs `unshare -rm` (a private mount "
                                     "namespace) for a small tmpfs or a read-only mount")


@pytest.fixture(scope="module")
def finished(finished_sft_run):
    """An uninterrupted 6-step run: the reference every fault must end equal to."""
    return finished_sft_run


@pytest.mark.slow
def test_resume_of_a_finished_run_says_so_and_changes_nothing(finished):
    before = snapshot(finished)
    p = _train(finished, STEPS, "--resume")
    assert f"the run in {finished} is complete (step 6)" in p.stdout
    assert "loss nan" not in p.stdout and "done:" not in p.stdout
    assert snapshot(finished) == before


@pytest.mark.slow
def test_resume_with_other_settings_is_refused_unless_allowed(finished, tmp_path):
    work = tmp_path / "run"
    shutil.copytree(finished, work)
    before = snapshot(work)
    p = _train(work, "--config.train.max_steps=8", "--config.train.lr=0.001", "--resume", check=False)
    line = _one_error(p, "--resume with train.lr=0.001 (and 1 more: train.max_steps)")
    assert "--allow_changes=train.lr,train.max_steps" in line
    assert snapshot(work) == before
    p = _train(work, "--config.train.max_steps=8", "--resume", "--allow_changes=train.max_steps")
    assert "resumed from step 6" in p.stdout
    steps = [s for s, _ in _losses(work)]
    assert steps == list(range(1, 9))  # continued, no step twice
    assert _losses(work)[:6] == _losses(finished)
    assert json.loads((work / "config.json").read_text())["train"]["max_steps"] == 8


@pytest.mark.slow
def test_flipped_bytes_in_the_newest_checkpoint_fall_back_to_the_previous(finished, tmp_path):
    work = tmp_path / "run"
    killed = _train(work, STEPS, env=env(ALIGN_JAX_TEST_SIGKILL_AT_STEP="4"), check=False)
    assert killed.returncode == -signal.SIGKILL
    state = work / "ckpt" / "4" / "state"
    data = max((f for f in state.rglob("*") if f.is_file()), key=lambda f: f.stat().st_size)
    raw = bytearray(data.read_bytes())
    mid = len(raw) // 2
    raw[mid:mid + 64] = bytes(b ^ 0xFF for b in raw[mid:mid + 64])
    data.write_bytes(bytes(raw))
    p = _train(work, STEPS, "--resume")
    assert "warning: checkpoint step 4" in p.stdout and "resumed from step 2" in p.stdout
    assert _losses(work) == _losses(finished)  # bitwise: the corrupt step was never used
    _same_adapter(work, finished)


@pytest.mark.slow
def test_a_second_run_in_the_same_folder_is_refused(tmp_path):
    work = tmp_path / "run"
    first = subprocess.Popen(_cmd(work, "--config.train.max_steps=1000", "--config.train.save_every=5"),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
    try:
        deadline = time.time() + 300
        while time.time() < deadline and not ((work / "metrics.jsonl").exists() and any(work.glob("ckpt/*"))
                                              and (work / "run.lock").read_text().strip()):
            time.sleep(0.3)
        second = _train(work, "--config.train.max_steps=1000", "--resume", check=False)
        line = _one_error(second, f"{work} is in use by another run (pid {first.pid} on host "
                                  f"{socket.gethostname()}")
        # Without --resume too: the holder is named, not "pass --resume" (which would then fail).
        third = _train(work, "--config.train.max_steps=1000", check=False)
        _one_error(third, f"{work} is in use by another run (pid {first.pid} on host")
        assert first.poll() is None, "the first run must go on"
        first.send_signal(signal.SIGTERM)
        out, err = first.communicate(timeout=300)
    finally:
        first.kill()
    assert first.returncode == 0, err[-2000:]
    steps = [s for s, _ in _losses(work)]
    assert steps == list(range(1, len(steps) + 1))  # one writer: no duplicated or reordered steps
    assert (work / "run.lock").read_text() == ""  # released
    assert line.count("error:") == 1


@needs_namespace
@pytest.mark.slow
def test_disk_full_during_an_async_save_stops_cleanly_and_resumes(finished, tmp_path):
    work = tmp_path / "run"
    (work / "ckpt").mkdir(parents=True)
    logs = tmp_path / "logs"
    logs.mkdir()
    first, resumed = (" ".join(f"'{a}'" for a in _cmd(work, STEPS, *extra)) for extra in ((), ("--resume",)))
    # The checkpoint folder is an 800 KiB tmpfs: one demo checkpoint (~0.5 MiB) fits, two do not.
    script = f"""
        mount -t tmpfs -o size=800k none {work}/ckpt || exit 90
        {first} > {logs}/out1 2> {logs}/err1; echo $? > {logs}/rc1
        ls -a {work}/ckpt > {logs}/ls1
        mount -o remount,size=32m {work}/ckpt || exit 91
        {resumed} > {logs}/out2 2> {logs}/err2; echo $? > {logs}/rc2
    """
    p = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True,
                       env=env(), timeout=900)
    assert p.returncode == 0, p.stderr
    read = lambda name: (logs / name).read_text()  # noqa: E731
    assert read("rc1").strip() == "1", read("out1")[-2000:] + read("err1")[-3000:]
    errors = error_lines(read("err1"))
    assert len(errors) == 1, read("err1")[-3000:]
    assert errors[0].startswith(f"error: saving checkpoint step 4 in {work}/ckpt failed: no space left "
                                "on device (")
    assert "free there); the last complete checkpoint is step 2; free space, then rerun with --resume" in errors[0]
    assert "Traceback" not in read("err1") and len(read("err1").splitlines()) < 10, read("err1")[-3000:]
    assert read("ls1").split() == [".", "..", "2"]  # no half-written step left
    assert "done:" not in read("out1")  # stopped at the failed save (as soon as it is known)
    assert read("rc2").strip() == "0", read("err2")[-3000:]
    assert "resumed from step 2" in read("out2")
    assert _losses(work) == _losses(finished)
    _same_adapter(work, finished)


@needs_namespace
@pytest.mark.slow
def test_a_read_only_run_folder_is_one_line(finished, tmp_path):
    work = tmp_path / "run"
    shutil.copytree(finished, work)
    before = snapshot(work)
    logs = tmp_path / "logs"
    logs.mkdir()
    resume = " ".join(f"'{a}'" for a in _cmd(work, "--config.train.max_steps=8", "--resume",
                                            "--allow_changes=train.max_steps"))
    fresh = " ".join(f"'{a}'" for a in _cmd(work / "new", STEPS))
    script = f"""
        mount --bind {work} {work} && mount -o remount,ro,bind {work} || exit 90
        {resume} > {logs}/out1 2> {logs}/err1; echo $? > {logs}/rc1
        {fresh} > {logs}/out2 2> {logs}/err2; echo $? > {logs}/rc2
    """
    p = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True,
                       env=env(), timeout=600)
    assert p.returncode == 0, p.stderr
    for n, expect in (("1", f"error: {work}: cannot write in the run folder (Read-only file system)"),
                      ("2", f"error: {work / 'new'}: cannot create the run folder (Read-only file system)")):
        err = (logs / f"err{n}").read_text()
        assert (logs / f"rc{n}").read_text().strip() == "1", err[-3000:]
        assert error_lines(err) == [expect + "; choose a writable --workdir"
                                    if n == "1" else expect], err[-3000:]
        assert "Traceback" not in err
    assert snapshot(work) == before


@pytest.mark.slow
def test_sigterm_during_start_up_is_one_line(tmp_path):
    work = tmp_path / "run"
    proc = subprocess.Popen(_cmd(work, STEPS), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env(ALIGN_JAX_CACHE=str(tmp_path / "cache")))
    try:
        line = proc.stdout.readline()  # "data: loaded 48 cues …": preparing the data, before step 1
        assert line.startswith("data:"), line + proc.stderr.read()[-2000:]
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=300)
    finally:
        proc.kill()
    assert proc.returncode == 128 + signal.SIGTERM, err[-3000:]
    assert error_lines(err) == [error_lines(err)[0]] and "stopped by SIGTERM" in err, err[-3000:]
    assert "Traceback" not in err
    assert not (work / "config.json").exists() and not list(work.glob("ckpt/*"))
    assert not [p for p in work.glob(".*tmp*")]  # no half-prepared data left
