"""parse_answers: many answers at once, in worker processes, with parse_answer's results."""

import importlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from align_jax.errors import AlignJaxError
from align_jax.eval import answer_batch
from align_jax.eval.answer_batch import auto_workers, parse_answers
from align_jax.eval.answers import parse_answer

ROOT = Path(__file__).resolve().parents[1]


def _corpus_answers() -> tuple[list[str], list[str], list[bool]]:
    """Every association answer of three blind corpora, English and Mandarin, with its cue
    and whether it was cut by the token limit."""
    texts, cues, cut = [], [], []
    for n in (25, 31, 32):
        corpus = importlib.import_module(f"answer_corpus_blind{n}")
        for case_id, cue, text, _ in corpus.LISTS:
            texts.append(text)
            cues.append(cue)
            cut.append(case_id in corpus.TRUNCATED)
    return texts, cues, cut


def test_workers_give_the_results_of_parse_answer_in_order():
    texts, cues, cut = _corpus_answers()
    expected = [parse_answer(t, cue=c, truncated=k) for t, c, k in zip(texts, cues, cut)]
    assert len(texts) > 300 and any(cut)
    assert parse_answers(texts, cues, cut, workers=2) == expected
    assert parse_answers(texts, cues, cut, workers=1) == expected
    # Without cues and flags: parse_answer's defaults.
    assert parse_answers(texts[:40], workers=3) == [parse_answer(t) for t in texts[:40]]


def test_workers_parse_with_this_copy_of_the_parser(tmp_path, monkeypatch):
    """A worker imports the align_jax beside answer_batch.py, not another one first on the
    caller's PYTHONPATH or in its working folder (a source tree used without installing it
    must parse as itself)."""
    decoy = tmp_path / "align_jax" / "eval"
    decoy.mkdir(parents=True)
    (tmp_path / "align_jax" / "__init__.py").write_text("raise ImportError('the decoy was imported')\n")
    (decoy / "__init__.py").write_text("")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    monkeypatch.chdir(tmp_path)  # nor the one in the working folder
    assert parse_answers(["money, river", "钱，河"], workers=2) == [
        parse_answer("money, river"), parse_answer("钱，河")]


def test_how_many_workers():
    per = answer_batch.MIN_ANSWERS_PER_WORKER
    assert auto_workers(10, cpus=16) == 1          # a run's few answers: this process
    assert auto_workers(per - 1, cpus=16) == 1
    assert auto_workers(2 * per, cpus=16) == 2
    assert auto_workers(100 * per, cpus=16) == 16  # never more than the cores
    assert auto_workers(100 * per, cpus=1) == 1


def test_bad_arguments_say_what_is_wrong():
    with pytest.raises(ValueError, match="3 texts but 2 cues and 3 truncated"):
        parse_answers(["a", "b", "c"], cues=["x", "y"])
    with pytest.raises(ValueError, match="2 texts but 2 cues and 1 truncated"):
        parse_answers(["a", "b"], truncated=[True])
    with pytest.raises(TypeError, match="answer 1 is a NoneType, not a string"):
        parse_answers(["a", None, "c"], workers=2)
    with pytest.raises(TypeError, match="cue 0 is a int, not a string"):
        parse_answers(["a"], cues=[3])
    with pytest.raises(ValueError, match="workers must be 1 or more, got 0"):
        parse_answers(["a", "b"], workers=0)
    assert parse_answers([], workers=4) == []


def test_a_failed_worker_is_one_clear_error(monkeypatch):
    monkeypatch.setattr(answer_batch, "__name__", "align_jax.eval.no_such_module")  # workers cannot start
    with pytest.raises(AlignJaxError, match=r"a worker process failed \(exit 1\): .*No module named"):
        parse_answers(["money, river"] * 4, workers=2)


# Ctrl-C as a terminal delivers it, whatever this test runner's process left: a suite run as a
# background job (`make test &`) ignores SIGINT, and its children inherit that.
_AS_IN_A_TERMINAL = ("signal.signal(signal.SIGINT, signal.default_int_handler); "
                     "signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})")


def test_ctrl_c_stops_the_caller_and_leaves_no_worker(tmp_path):
    """SIGINT to the process group (Ctrl-C) interrupts the caller at once (not after its
    workers end their slices, ~20 s here); the workers ignore it and are killed on the way
    out, so none outlives the caller."""
    script = tmp_path / "caller.py"
    pids = tmp_path / "pids"
    script.write_text(textwrap.dedent(f"""
        import signal, subprocess, sys
        {_AS_IN_A_TERMINAL}
        sys.path.insert(0, {str(ROOT)!r})
        from align_jax.eval import answer_batch
        popen = subprocess.Popen
        def recording(*args, **kwargs):
            proc = popen(*args, **kwargs)
            with open({str(pids)!r}, "a") as f:
                f.write(f"{{proc.pid}}\\n")
            return proc
        answer_batch.subprocess.Popen = recording
        texts = [f"Sure! Here you go:\\n1. w{{i}}a\\n2. w{{i}}b - a gloss" for i in range(400000)]
        try:
            answer_batch.parse_answers(texts, workers=2)
        except KeyboardInterrupt:
            print("interrupted", flush=True)
            sys.exit(130)
    """))
    caller = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                              start_new_session=True)
    deadline = time.monotonic() + 60
    while (not pids.exists() or len(pids.read_text().split()) < 2) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # the workers are parsing
    os.killpg(caller.pid, signal.SIGINT)
    stopped = time.monotonic()
    out, _ = caller.communicate(timeout=60)
    assert time.monotonic() - stopped < 5
    assert caller.returncode == 130 and "interrupted" in out
    for pid in map(int, pids.read_text().split()):
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


@pytest.mark.skipif(answer_batch.available_cpus() < 2, reason="one core: no workers to compare")
def test_a_large_run_is_scored_on_workers_as_on_one_process(monkeypatch):
    from align_jax.eval.associations import score_associations

    texts, cues, cut = _corpus_answers()
    outputs = dict(zip(cues, texts))
    norms = {cue: [(w, 3) for w in parse_answer(text, cue=cue).words[:3]] + [("x", 1)]
             for cue, text in outputs.items()}
    truncated = {c for c, k in zip(cues, cut) if k}
    serial = score_associations(outputs, norms, ks=(5,), n_boot=50, truncated=truncated)
    monkeypatch.setattr(answer_batch, "MIN_ANSWERS_PER_WORKER", 10)
    assert auto_workers(len(outputs)) >= 2
    started = []
    popen = answer_batch.subprocess.Popen
    monkeypatch.setattr(answer_batch.subprocess, "Popen",
                        lambda *a, **k: started.append(1) or popen(*a, **k))
    assert score_associations(outputs, norms, ks=(5,), n_boot=50, truncated=truncated) == serial
    assert len(started) >= 2


def test_ctrl_c_that_the_kernel_hands_to_another_thread_still_stops_the_caller(tmp_path):
    """A process-directed SIGINT may be delivered to any thread; in a feeder thread its C
    handler only flags it, and a main thread blocked on a future without a timeout would
    see it only when its workers end their slices (the full suite once waited 44 s)."""
    script = tmp_path / "caller.py"
    script.write_text(textwrap.dedent(f"""
        import signal, subprocess, sys, threading, time
        {_AS_IN_A_TERMINAL}
        sys.path.insert(0, {str(ROOT)!r})
        from align_jax.eval import answer_batch
        popen = subprocess.Popen
        started = []
        def recording(*args, **kwargs):
            proc = popen(*args, **kwargs)
            started.append(proc.pid)
            if len(started) == 2:  # both workers run: Ctrl-C lands in a thread that is not main
                def interrupt_me():
                    time.sleep(0.5)
                    signal.pthread_kill(threading.get_ident(), signal.SIGINT)
                threading.Thread(target=interrupt_me, daemon=True).start()
            return proc
        answer_batch.subprocess.Popen = recording
        texts = [f"Sure! Here you go:\\n1. w{{i}}a\\n2. w{{i}}b - a gloss" for i in range(400000)]
        t0 = time.monotonic()
        try:
            answer_batch.parse_answers(texts, workers=2)
        except KeyboardInterrupt:
            print(f"interrupted after {{time.monotonic() - t0:.1f}} s", flush=True)
            sys.exit(130)
    """))
    p = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert p.returncode == 130 and "interrupted" in p.stdout, p.stdout + p.stderr[-2000:]
    assert float(p.stdout.split("after ")[1].split(" s")[0]) < 5, p.stdout
