"""launch/prepare_data.py on bad flags, templates and paths, and its cache's integrity: each
refusal is one `error:` line naming the flag, file or key, exit status 1, no traceback and
no output; a prepared folder shares no file with the cache, and a damaged cache entry is
rebuilt, never served."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from launch_harness import ROOT, error_lines, run_in_process, snapshot

FIXTURE = str(ROOT / "align_jax/data/fixtures/illustrative_en.csv")
PREP = ["--tokenizer=tiny", "--tiny_vocab_size=400", "--target_examples=300", "--seq_len=512"]


def refused(capsys, args: list[str], expected: str, never: Path) -> None:
    """Runs prepare_data.py, which must end with one error line containing `expected`."""
    code = run_in_process("prepare_data.py", args)
    err = capsys.readouterr().err
    assert code == 1, err
    assert error_lines(err) == [error_lines(err)[0]] and expected in error_lines(err)[0], err
    assert "Traceback" not in err and not never.exists()


@pytest.mark.parametrize("flag, value, minimum", [
    ("seed", -1, 0), ("min_count", -5, 0), ("target_examples", 0, 1), ("val_examples", -1, 0),
    ("seq_len", -8, 1), ("ranking_k", 1, 2), ("questions_per_cue", -2, 1), ("tiny_vocab_size", -3, 1)])
def test_prepare_refuses_out_of_range_int_flags(tmp_path, capsys, flag, value, minimum):
    out = tmp_path / "out"
    refused(capsys, [f"--norms={FIXTURE}", *PREP, "--cache_dir=none", f"--output={out}", f"--{flag}={value}"],
            f"error: --{flag}={value}: must be >= {minimum}", out)


@pytest.mark.parametrize("templates, expected", [
    ({"sft_instruction": 5}, "sft_instruction must be a string"),
    ({"final_ranking": ["Final"]}, "final_ranking must be a string"),
    ({"list_separator": ""}, "list_separator must not be empty"),
    ({"sft_instruction": "Words please"}, "sft_instruction must contain {cue}"),
    ({"ranking_instruction": "Rank the words for {cue}."}, "ranking_instruction must contain {words}"),
    ({"ranking_instruction": "Rank {words}."}, "ranking_instruction must contain {cue}"),
    ({"sft_instruction": "{cue.upper_}"}, "sft_instruction does not format"),
])
def test_prepare_refuses_bad_templates(tmp_path, capsys, templates, expected):
    path, out = tmp_path / "t.json", tmp_path / "out"
    path.write_text(json.dumps(templates), encoding="utf-8")
    refused(capsys, [f"--norms={FIXTURE}", *PREP, "--cache_dir=none", f"--templates={path}",
                     f"--output={out}"],
            f"error: {path}: {expected}", out)


def test_prepare_names_a_file_where_a_folder_is_needed(tmp_path, capsys):
    afile, out = tmp_path / "afile", tmp_path / "out"
    afile.write_text("x", encoding="utf-8")
    refused(capsys, [f"--norms={FIXTURE}", *PREP, f"--cache_dir={afile}", f"--output={out}"],
            f"error: --cache_dir={afile}: {afile} is a file, where a folder is needed", out)
    refused(capsys, [f"--norms={FIXTURE}", *PREP, f"--cache_dir={afile}/sub", f"--output={out}"],
            f"error: --cache_dir={afile}/sub: {afile} is a file, where a folder is needed", out)
    refused(capsys, [f"--norms={FIXTURE}", *PREP, "--cache_dir=none", f"--output={afile}/prep"],
            f"error: --output={afile}/prep: {afile} is a file, where a folder is needed", afile / "prep")
    assert afile.read_text(encoding="utf-8") == "x"


def test_prepare_says_a_norms_folder_is_a_folder(tmp_path, capsys):
    adir, out = tmp_path / "adir", tmp_path / "out"
    adir.mkdir()
    refused(capsys, [f"--norms={adir}", *PREP, "--cache_dir=none", f"--output={out}"],
            f"error: {adir}: is a folder, not a norms file", out)


def prepared(capsys, out: Path, cache: Path) -> str:
    """Runs prepare_data.py (which must succeed); returns its stdout."""
    code = run_in_process("prepare_data.py", [f"--norms={FIXTURE}", *PREP, f"--cache_dir={cache}",
                                              f"--output={out}"])
    std = capsys.readouterr()
    assert code == 0, std.err
    return std.out


def test_prepare_output_shares_no_file_with_the_cache(tmp_path, capsys):
    cache = tmp_path / "cache"
    assert "(from cache)" not in prepared(capsys, tmp_path / "a", cache)
    (entry,) = cache.iterdir()
    for out in (tmp_path / "a", tmp_path / "b"):  # built, then served from the cache
        files = [p for p in out.rglob("*") if p.is_file()]
        assert len(files) > 5 and all(p.stat().st_nlink == 1 for p in files)  # copies, not links
        original = (entry / "ranking.jsonl").read_bytes()
        (out / "ranking.jsonl").write_text("edited\n", encoding="utf-8")
        assert (entry / "ranking.jsonl").read_bytes() == original
        if out.name == "a":
            assert "(from cache)" in prepared(capsys, tmp_path / "b", cache)


def test_prepare_rebuilds_a_damaged_cache_entry(tmp_path, capsys):
    cache = tmp_path / "cache"
    prepared(capsys, tmp_path / "a", cache)
    (entry,) = cache.iterdir()
    original = (entry / "ranking.jsonl").read_bytes()
    # A file deleted, or edited: rebuilt, saying so in one line, never served.
    for damage, why in [(lambda: (entry / "splits.json").unlink(), "splits.json is missing"),
                        (lambda: (entry / "ranking.jsonl").write_bytes(original[:-2] + b"x\n"),
                         "ranking.jsonl was changed")]:
        damage()
        out = tmp_path / f"rebuilt-{why.split()[0]}"
        stdout = prepared(capsys, out, cache)
        assert f"cache entry {entry} is damaged ({why}); rebuilding it" in stdout.splitlines()
        assert "(from cache)" not in stdout
        assert snapshot(out / "sft_train") == snapshot(tmp_path / "a" / "sft_train")
        assert (out / "ranking.jsonl").read_bytes() == original and (out / "splits.json").is_file()
    assert "(from cache)" in prepared(capsys, tmp_path / "c", cache)  # the rebuilt entry serves
    assert [p.name for p in cache.iterdir()] == [entry.name]  # nothing left aside
