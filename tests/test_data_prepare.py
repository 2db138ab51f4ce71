"""The whole preparation: outputs, cache, atomic replacement, and the launch script's errors."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from align_jax.data import fixture_path
from align_jax.data.norms import load_norms
from align_jax.data.packing import PackedBatches
from align_jax.data.prepare import PrepareConfig, load_ranking, load_sft, prepare
from align_jax.data.sft import SFTConfig
from align_jax.data.splits import load_splits
from align_jax.errors import AlignJaxError

ROOT = Path(__file__).resolve().parents[1]


def config(language="zh", **kw):
    kw.setdefault("sft", SFTConfig(target_examples=400, val_examples=20))
    return PrepareConfig(norms=(str(fixture_path(language)),), tokenizer="tiny", tiny_vocab_size=500,
                         seq_len=1024, **kw)


def test_prepare_outputs_and_cache(tmp_path):
    out, cache = tmp_path / "prepared", tmp_path / "cache"
    summary, hit = prepare(config(), out, cache_dir=cache, log=lambda m: None)
    assert not hit and summary["language"] == "zh" and summary["cues"] == 49
    splits = load_splits(out / "splits.json")
    assert (len(splits.train), len(splits.ppo), len(splits.test)) == (34, 10, 5)
    train = load_sft(out, "train")
    assert len(train) == summary["sft_train_examples"] == 34 * (400 // 34) - 20
    assert len(load_sft(out, "val")) == 20
    import datasets
    ds = datasets.load_from_disk(str(out / "sft_train"))
    assert set(ds["cue"]) == set(splits.train)
    assert all(r.count("，") >= 1 for r in ds["response"][:20])
    tasks = load_ranking(out)
    assert {t["cue"] for t in tasks} == set(splits.ppo) and tasks[0]["prompt"].count("最终排名") == 1
    assert load_norms(out / "norms.csv")[0].cues == load_norms(fixture_path("zh"))[0].cues
    batch = PackedBatches(train, 1024, global_batch=2).batch(0, 0)
    assert batch["input_ids"].shape == (2, 1024) and batch["loss_mask"].sum() > 0
    assert 0.9 <= summary["packing_efficiency"] <= 1

    # Same inputs and config: served from the cache, same files.
    t0 = time.perf_counter()
    again, hit = prepare(config(), tmp_path / "again", cache_dir=cache, log=lambda m: None)
    assert hit and time.perf_counter() - t0 < 1.0 and again == summary
    assert np.array_equal(load_sft(tmp_path / "again").tokens, train.tokens)
    # A changed config is a miss.
    _, hit = prepare(config(seed=7), tmp_path / "seed7", cache_dir=cache, log=lambda m: None)
    assert not hit
    assert load_splits(tmp_path / "seed7" / "splits.json").train != splits.train


def test_failure_leaves_existing_output_intact(tmp_path):
    out = tmp_path / "prepared"
    prepare(config("en"), out, log=lambda m: None)
    before = sorted(p.name for p in out.iterdir())
    bad = tmp_path / "bad.csv"
    bad.write_text("cue,response\ndog,cat\n", encoding="utf-8")
    with pytest.raises(AlignJaxError, match="exists"):
        prepare(config("en"), out, log=lambda m: None)
    cfg = PrepareConfig(norms=(str(bad),), tokenizer="tiny")
    with pytest.raises(AlignJaxError, match="bad.csv: row 1: unrecognised header"):
        prepare(cfg, out, overwrite=True, log=lambda m: None)
    assert sorted(p.name for p in out.iterdir()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "prepared"]  # no temp folders left


def run_cli(*args):
    env = dict(os.environ, HF_HUB_OFFLINE="1", JAX_PLATFORMS="cpu")
    return subprocess.run([sys.executable, str(ROOT / "launch" / "prepare_data.py"), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_launch_script(tmp_path):
    out = tmp_path / "out"
    args = [f"--norms={fixture_path('en')}", "--tokenizer=tiny", "--tiny_vocab_size=400",
            f"--output={out}", f"--cache_dir={tmp_path / 'cache'}", "--target_examples=300", "--seq_len=512"]
    r = run_cli(*args)
    assert r.returncode == 0, r.stderr
    assert "cues: 48 (en)" in r.stdout and "packing at 512" in r.stdout and "skipped 0" in r.stdout
    assert json.loads((out / "manifest.json").read_text())["summary"]["cues"] == 48

    bad = tmp_path / "latin1.csv"
    bad.write_bytes("cue,response,count\ncafé,latte,2\n".encode("latin-1"))
    r = run_cli(f"--norms={bad}", "--tokenizer=tiny", f"--output={tmp_path / 'never'}", "--cache_dir=none")
    assert r.returncode == 1
    assert r.stderr.strip().splitlines()[-1] == f"error: {bad}: row 2: not UTF-8 text (byte 0xe9); save the file as UTF-8"
    assert "Traceback" not in r.stderr and not (tmp_path / "never").exists()


def test_separator_responses_are_counted(tmp_path):
    rows = fixture_path("en").read_text(encoding="utf-8").splitlines()
    cues = sorted({r.split(",")[0] for r in rows[1:]})
    norms = tmp_path / "norms.csv"
    norms.write_text("\n".join(rows + [f'{c},"kidnap, steal",1' for c in cues]) + "\n", encoding="utf-8")
    out = tmp_path / "prepared"
    summary, _ = prepare(PrepareConfig(norms=(str(norms),), tokenizer="tiny", tiny_vocab_size=500,
                                       seq_len=1024, sft=SFTConfig(target_examples=200, val_examples=0)),
                         out, cache_dir=tmp_path / "cache", log=lambda m: None)
    assert summary["separator_responses_left_out"] == len(load_splits(out / "splits.json").train) > 0
    assert not any("kidnap" in r for r in load_sft_texts(out))
    assert len(load_sft(out, "val")) == 0  # val_examples=0: an empty validation split


def load_sft_texts(out):
    import datasets

    return datasets.load_from_disk(str(out / "sft_train"))["response"]
