"""Association metrics on hand-computed cases (English and Mandarin)."""

import math

import pytest

from align_jax.eval.associations import (cue_metrics, lookup_norms, normalise_word,
                                         parse_associations, score_associations)
from align_jax.eval.stats import bootstrap_mean


@pytest.mark.parametrize("text, expected", [
    ("dog, cat,mouse", ["dog", "cat", "mouse"]),
    ("dog\ncat\n\nmouse\n", ["dog", "cat", "mouse"]),
    ("1. Dog\n2. cat\n3) Mouse\n4)pet", ["dog", "cat", "mouse", "pet"]),
    ("1. dog 2. cat 3) hot dog", ["dog", "cat", "hot dog"]),
    ("- dog\n* cat\n• fur", ["dog", "cat", "fur"]),
    ("Dog, dog, DOG, cat", ["dog", "cat"]),                       # dedupe after lowercasing
    ("ＤＯＧ，ｃａｔ", ["dog", "cat"]),                              # NFKC full-width Latin
    ('"dog", cat., \'fur\'', ["dog", "cat", "fur"]),              # wrapping punctuation
    ("3.5 apples, pi", ["3.5 apples", "pi"]),                     # a decimal is no numbering
    ("猫，狗、老鼠\n宠物", ["猫", "狗", "老鼠", "宠物"]),
    ("1. 猫\n2. 狗\n3．老鼠\n4.鱼", ["猫", "狗", "老鼠", "鱼"]),
    ("猫，猫，狗", ["猫", "狗"]),
    ("", []),
    (" , ,\n", []),
])
def test_parse_forms(text, expected):
    assert parse_associations(text) == expected


def test_normalise_word():
    assert normalise_word("  Ｈｏｔ   Dog. ") == "hot dog"
    assert normalise_word("老鼠。") == "老鼠"


HUMAN = [("dog", 10), ("mouse", 5), ("pet", 3), ("fur", 2)]  # total 20


def test_cue_metrics_hand_computed():
    m = cue_metrics(["dog", "pet", "car", "fur", "tail"], HUMAN, ks=(2, 5, 10))
    assert m["p@2"] == 1.0                 # dog, pet
    assert m["p@5"] == pytest.approx(3 / 5)
    # Only 5 words generated: the denominator stays 10.
    assert m["p@10"] == pytest.approx(3 / 10)
    assert m["recall@2"] == pytest.approx(1 / 2)   # human top-2 = dog, mouse
    assert m["recall@5"] == pytest.approx(3 / 4)   # fewer than 5 human responses: of 4
    assert m["coverage"] == pytest.approx((10 + 3 + 2) / 20)
    assert m["spearman"] == pytest.approx(1.0)     # dog > pet > fur, as generated
    assert m["n_generated"] == 5


def test_spearman_hand_computed():
    # generated pet(3), dog(10), mouse(5): position ranks 1,2,3 vs human ranks 3,1,2
    # d = (-2, 1, 1), Σd² = 6, ρ = 1 − 6·6 / (3·(9−1)) = −0.5
    assert cue_metrics(["pet", "dog", "mouse"], HUMAN, ks=(5,))["spearman"] == pytest.approx(-0.5)
    assert cue_metrics(["fur", "pet", "mouse", "dog"], HUMAN, ks=(5,))["spearman"] == \
        pytest.approx(-1.0)
    # Fewer than two overlapping words: undefined, not 0.
    assert math.isnan(cue_metrics(["dog", "car"], HUMAN, ks=(5,))["spearman"])


def test_mandarin_cue_metrics():
    human = [("猫", 8), ("狗", 4), ("老鼠", 2)]
    m = cue_metrics(parse_associations("狗，猫、鱼"), human, ks=(3, 5))
    assert m["p@3"] == pytest.approx(2 / 3)
    assert m["p@5"] == pytest.approx(2 / 5)
    assert m["coverage"] == pytest.approx(12 / 14)
    assert m["spearman"] == pytest.approx(-1.0)    # 狗 (4) before 猫 (8)


def test_score_associations_means_missing_and_normalisation():
    norms = {"Dog": [("Cat", 6), ("cat", 2), ("bone", 4), ("leash", 1)],   # Cat+cat merge: 8
             "sun": [("hot", 5), ("moon", 5), ("sky", 1)]}
    outputs = {"dog": "cat, bone, ball, leash, walk",   # matches norms cue "Dog"
               "sun": "1. moon\n2. star",
               "unicorn": "horn, magic"}                # not in the norms
    r = score_associations(outputs, norms, ks=(5,), n_boot=200, seed=1)
    assert r["missing_cues"] == ["unicorn"]
    assert r["n_cues"] == 2
    assert r["human"]["dog"] == [("cat", 8), ("bone", 4), ("leash", 1)]
    assert r["per_cue"]["dog"]["p@5"] == pytest.approx(3 / 5)
    assert r["per_cue"]["sun"]["p@5"] == pytest.approx(1 / 5)
    assert r["summary"]["p@5"]["mean"] == pytest.approx(0.4)
    assert r["summary"]["p@5"]["n"] == 2
    assert r["per_cue"]["dog"]["coverage"] == pytest.approx(13 / 13)
    assert r["per_cue"]["sun"]["coverage"] == pytest.approx(5 / 11)
    # Spearman: dog has cat(8), bone(4), leash(1) in order → 1; sun has one hit → NaN,
    # excluded from the mean rather than counted as 0.
    assert r["summary"]["spearman"]["mean"] == pytest.approx(1.0)
    assert r["summary"]["spearman"]["n"] == 1


def test_lookup_norms_pools_cues_that_normalise_alike():
    found, missing = lookup_norms(["Ｃａｔ", "x"], {"cat": [("dog", 2)], "Cat": [("dog", 1),
                                                                          ("mouse", 5)]})
    assert found == {"Ｃａｔ": [("mouse", 5), ("dog", 3)]}
    assert missing == ["x"]


def test_bootstrap_mean():
    a = bootstrap_mean([0.0, 1.0, 0.5, 0.5], n_boot=500, seed=3)
    b = bootstrap_mean([0.0, 1.0, 0.5, 0.5], n_boot=500, seed=3)
    assert a == b                                   # seeded
    assert a["mean"] == pytest.approx(0.5) and a["n"] == 4
    assert 0.0 <= a["ci_low"] < 0.5 < a["ci_high"] <= 1.0
    c = bootstrap_mean([0.3, 0.3, 0.3])
    assert c["ci_low"] == pytest.approx(0.3) and c["ci_high"] == pytest.approx(0.3)
    assert bootstrap_mean([math.nan, 2.0])["mean"] == 2.0
    assert math.isnan(bootstrap_mean([])["mean"])
