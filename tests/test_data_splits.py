"""Cue splits: sizes, disjointness, determinism, independence from row order, JSON form."""

import json
import random
from pathlib import Path

import pytest

from align_jax.data.norms import load_norms
from align_jax.data.splits import load_splits, save_splits, split_cues
from align_jax.errors import AlignJaxError

SWOW_EN = Path(__file__).resolve().parents[2] / "shared" / "data" / "swow" / "strength.SWOW-EN.R1.csv"


def check_sizes(s, n):
    assert len(s.train) + len(s.ppo) + len(s.test) == n
    for part, f in zip((s.train, s.ppo, s.test), (0.7, 0.2, 0.1)):
        assert abs(len(part) - f * n) <= 1
    assert not (set(s.train) & set(s.ppo) or set(s.train) & set(s.test) or set(s.ppo) & set(s.test))


@pytest.mark.parametrize("n", [1, 2, 7, 10, 101, 1004, 10_043])
def test_sizes_within_one_cue(n):
    check_sizes(split_cues([f"c{i}" for i in range(n)]), n)


def test_deterministic_and_order_free():
    cues = [f"w{i}" for i in range(500)]
    a = split_cues(cues, seed=42)
    shuffled = cues[:]
    random.Random(1).shuffle(shuffled)
    assert split_cues(shuffled + cues[:10], seed=42) == a  # order and duplicates do not matter
    b = split_cues(cues, seed=43)
    assert b.train != a.train


def test_json_round_trip_and_contract(tmp_path):
    s = split_cues(["狗", "猫", "dog", "cat", "sun", "moon", "sea", "sky", "tea", "car"])
    path = tmp_path / "splits.json"
    save_splits(s, path)
    obj = json.loads(path.read_text(encoding="utf-8"))
    assert set(obj) == {"seed", "fractions", "train", "ppo", "test"}
    assert obj["seed"] == 42 and obj["fractions"] == [0.7, 0.2, 0.1]
    assert load_splits(path) == s


def test_bad_fractions_and_files(tmp_path):
    with pytest.raises(AlignJaxError, match="fractions"):
        split_cues(["a"], fractions=(0.5, 0.2, 0.1))
    bad = tmp_path / "splits.json"
    bad.write_text(json.dumps({"seed": 42, "fractions": [0.7, 0.2, 0.1], "train": ["a"], "ppo": ["a"], "test": []}))
    with pytest.raises(AlignJaxError, match="overlap"):
        load_splits(bad)
    bad.write_text(json.dumps({"seed": 42, "train": []}))
    with pytest.raises(AlignJaxError, match="lack key"):
        load_splits(bad)


@pytest.mark.realdata
@pytest.mark.skipif(not SWOW_EN.is_file(), reason="../shared/data/swow/strength.SWOW-EN.R1.csv is absent")
def test_real_swow_en_split(tmp_path):
    norms, _ = load_norms(SWOW_EN, response_set="R1")
    s = split_cues(norms.cues, seed=42)
    check_sizes(s, 12_217)
    assert (len(s.train), len(s.ppo), len(s.test)) == (8552, 2443, 1222)
    assert split_cues(norms.cues, seed=42) == s
    # The file's rows shuffled (cues now first seen in another order): same split.
    lines = SWOW_EN.read_text(encoding="utf-8").splitlines(keepends=True)
    body = lines[1:]
    random.Random(7).shuffle(body)
    shuffled = tmp_path / "shuffled.csv"
    shuffled.write_text(lines[0] + "".join(body), encoding="utf-8")
    assert split_cues(load_norms(shuffled, response_set="R1")[0].cues, seed=42) == s
