"""Lexical norms: loaders with scale conversions, validation, and the model-vs-human test."""

import math
from pathlib import Path

import numpy as np
import pytest

from align_jax.errors import AlignJaxError
from align_jax.eval import lexical as lx

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _write(path: Path, text: str, newline="\n") -> Path:
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def test_brysbaert_tab_crlf(tmp_path):
    p = _write(tmp_path / "conc.txt", "Word\tBigram\tConc.M\tConc.SD\n"
                                      "Apple\t0\t5.00\t0.1\nidea\t0\t1.61\t1.0\na cappella\t1\t2.92\t1\n",
               newline="\r\n")
    n = lx.load_brysbaert_concreteness(p)
    assert n.values == {"apple": 5.0, "idea": 1.61, "a cappella": 2.92}
    assert n.scale == (1.0, 5.0) and n.threshold == 3.0


def test_warriner_columns_and_duplicates_averaged(tmp_path):
    p = _write(tmp_path / "w.csv", ",Word,V.Mean.Sum,V.SD.Sum,A.Mean.Sum\n"
                                   "1,aids,2.0,1,6.0\n2,AIDS,3.0,1,7.0\n3,happy,8.5,1,6.05\n")
    v, a = lx.load_warriner(p, "valence"), lx.load_warriner(p, "arousal")
    assert v.values == {"aids": 2.5, "happy": 8.5}
    assert a.values["aids"] == pytest.approx(6.5)


def test_mandarin_scale_conversions(tmp_path):
    # CVAW on its released 1..9 scale: unchanged.
    p = _write(tmp_path / "cvaw.csv", "word,valence,arousal\n快乐,8.2,6.6\n")
    assert lx.load_cvaw(p, "valence").values == {"快乐": 8.2}
    # Valence −3..3 → 1..9: 1 + (v + 3)·8/6; arousal 0..4 → 1..9: 1 + a·2.
    q = _write(tmp_path / "other.csv", "word,valence,arousal\n快乐,3,4\n平静,0,2\n悲伤,-1.5,0\n")
    v = lx.load_cvaw(q, "valence", scale="-3-3")
    a = lx.load_cvaw(q, "arousal", scale="0-4")
    assert v.values == pytest.approx({"快乐": 9.0, "平静": 5.0, "悲伤": 3.0})
    assert a.values == pytest.approx({"快乐": 9.0, "平静": 5.0, "悲伤": 1.0})
    assert v.scale == (1.0, 9.0)


def test_xu_concreteness_reversed(tmp_path):
    p = _write(tmp_path / "xu.tsv", "CONCEPTICON_ID\tCONCEPTICON_GLOSS\tCHINESE\t"
                                    "CHINESE_CONCRETENESS_MEAN\tLINE_IN_SOURCE\n"
                                    "10\tFIREWOOD\t柴火\t1.5\t624\n11\tIDEA\t想法\t4.75\t9\n")
    n = lx.load_xu_concreteness(p)
    assert n.values == pytest.approx({"柴火": 4.5, "想法": 1.25})   # 6 − x
    assert n.threshold == 3.0


def test_wrong_scale_names_file_and_row(tmp_path):
    # A valence file on 1..9 read as the −3..3 scale: 7.5 is outside → error, not garbage.
    p = _write(tmp_path / "cvaw.csv", "word,valence,arousal\n快乐,2.0,6.6\n平静,7.5,3\n")
    with pytest.raises(AlignJaxError) as e:
        lx.load_cvaw(p, "valence", scale="-3-3")
    msg = str(e.value)
    assert "cvaw.csv:3" in msg and "valence=7.5" in msg and "-3..3" in msg
    # A 1..100 rating in a Warriner-format file.
    w = _write(tmp_path / "w.csv", "Word,V.Mean.Sum,A.Mean.Sum\nhappy,85,60\n")
    with pytest.raises(AlignJaxError, match=r"w\.csv:2: V\.Mean\.Sum=85 outside"):
        lx.load_warriner(w, "valence")


def test_unknown_columns_and_bad_values(tmp_path):
    p = _write(tmp_path / "c.txt", "Wort\tKonkret\nApfel\t5\n")
    with pytest.raises(AlignJaxError, match=r"c\.txt: no column 'Word' .*columns: Wort, Konkret"):
        lx.load_brysbaert_concreteness(p)
    q = _write(tmp_path / "d.txt", "Word\tConc.M\napple\tfive\n")
    with pytest.raises(AlignJaxError, match=r"d\.txt:2: Conc\.M='five' is not a number"):
        lx.load_brysbaert_concreteness(q)
    with pytest.raises(AlignJaxError, match="no lexical norm preset for language 'fr'"):
        lx.load_preset("fr", "valence", q)
    with pytest.raises(AlignJaxError, match="cannot read norm file"):
        lx.load_brysbaert_concreteness(tmp_path / "missing.txt")


NORM = lx.LexicalNorm("concreteness", (1.0, 5.0),
                      {"a": 1.0, "b": 2.0, "c": 4.0, "d": 5.0, "e": 3.0}, threshold=3.0)


def test_compare_lexical_hand_computed():
    model = {"x": ["a", "b", "zz"], "y": ["e", "d", "c"]}
    human = {"x": ["c", "d"], "y": ["a"], "only_human": ["a"]}
    r = lx.compare_lexical(model, human, NORM)
    assert r["n_cues"] == 2
    # model: x → median(1, 2) = 1.5, coverage 2/3, concrete share 0;
    #        y → median(3, 5, 4) = 4,  coverage 1,   concrete share 2/3.
    assert r["model"]["mean_median"] == pytest.approx((1.5 + 4) / 2)
    assert r["model"]["coverage"] == pytest.approx((2 / 3 + 1) / 2)
    assert r["model"]["high_share"] == pytest.approx((0 + 2 / 3) / 2)
    # human: x → 4.5, y → 1.
    assert r["human"]["mean_median"] == pytest.approx(2.75)
    assert r["human"]["high_share"] == pytest.approx(0.5)
    assert r["wilcoxon"]["n_pairs"] == 2
    assert r["wilcoxon"]["mean_diff"] == pytest.approx(((1.5 - 4.5) + (4 - 1)) / 2)


def test_compare_lexical_first_n_and_unrated_cue():
    model = {"x": ["zz", "a", "d"], "y": ["qq"]}
    human = {"x": ["d"], "y": ["a"]}
    r = lx.compare_lexical(model, human, NORM, first_n=2)   # "d" is the 3rd word: ignored
    assert r["per_cue_median"]["model"] == {"x": 1.0}
    assert r["model"]["n_cues_rated"] == 1
    assert r["model"]["coverage"] == pytest.approx((1 / 2 + 0) / 2)
    assert r["wilcoxon"]["n_pairs"] == 1                    # y has no model median


def test_wilcoxon_hand_computed():
    # Differences 1..5, all positive: W− = 0; exact two-sided p = 2 / 2^5 = 0.0625.
    w = lx.wilcoxon_paired([2, 4, 6, 8, 10], [1, 2, 3, 4, 5])
    assert w["statistic"] == 0.0 and w["p_value"] == pytest.approx(0.0625)
    assert w["n_pairs"] == 5 and w["mean_diff"] == 3.0
    z = lx.wilcoxon_paired([1, 2], [1, 2])
    assert math.isnan(z["p_value"]) and z["n_pairs"] == 2


def _human_top10(shared: Path):
    """SWOW-EN R1 human top-10 for the test cues (the project's split, seed 42)."""
    from align_jax.data.norms import load_norms
    from align_jax.data.splits import split_cues

    norms, _ = load_norms(shared / "data" / "swow" / "strength.SWOW-EN.R1.csv", language="en")
    from align_jax.eval.associations import lookup_norms

    test = split_cues(norms.cues, seed=42).test
    # Through the evaluation's own normalisation, exactly as a model run is scored.
    found, missing = lookup_norms(test, norms.cues)
    assert not missing
    return {c: [w for w, _ in h[:10]] for c, h in found.items()}


@pytest.mark.realdata
@pytest.mark.slow
def test_real_human_baseline_swow_en(capsys):
    d = SHARED / "data" / "norms_en"
    needed = [SHARED / "data" / "swow" / "strength.SWOW-EN.R1.csv", d / "Ratings_Warriner_et_al.csv",
              d / "Concreteness_ratings_Brysbaert_et_al_BRM.txt"]
    if not all(p.exists() for p in needed):
        pytest.skip(f"real data absent: {SHARED / 'data'}")
    human = _human_top10(SHARED)
    norms = {"concreteness": lx.load_preset("en", "concreteness",
                                            d / "Concreteness_ratings_Brysbaert_et_al_BRM.txt"),
             "valence": lx.load_preset("en", "valence", d / "Ratings_Warriner_et_al.csv"),
             "arousal": lx.load_preset("en", "arousal", d / "Ratings_Warriner_et_al.csv")}
    lines = [f"SWOW-EN R1 test cues (seed 42, 10%): {len(human)}"]
    results = {}
    for name, norm in norms.items():
        # Humans against themselves: the baseline numbers, and a zero-difference test.
        r = lx.compare_lexical(human, human, norm)
        results[name] = r
        h = r["human"]
        meds = list(r["per_cue_median"]["human"].values())
        lines.append(f"{name}: mean of per-cue medians {h['mean_median']:.3f}, median of "
                     f"per-cue medians {np.median(meds):.3f}, coverage {h['coverage']:.3f}, "
                     f"cues rated {h['n_cues_rated']}"
                     + (f", concrete share {h['high_share']:.3f}" if "high_share" in h else ""))
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert 1150 <= len(human) <= 1300
    assert 3.3 < results["concreteness"]["human"]["mean_median"] < 4.2
    assert 5.0 < results["valence"]["human"]["mean_median"] < 6.2
    assert 3.6 < results["arousal"]["human"]["mean_median"] < 4.8
    assert results["concreteness"]["human"]["coverage"] > 0.8
    assert math.isnan(results["valence"]["wilcoxon"]["p_value"])   # identical sides


@pytest.mark.realdata
def test_real_mandarin_norm_files_load():
    d = SHARED / "data" / "norms_zh"
    if not d.exists():
        pytest.skip(f"real data absent: {d}")
    conc = lx.load_preset("zh", "concreteness", d / "Xu-2020-Concreteness.tsv")
    val = lx.load_preset("zh", "valence", d / "CVAW_valence_arousal.csv")
    aro = lx.load_preset("zh", "arousal", d / "CVAW_valence_arousal.csv")
    assert 900 < len(conc.values) <= 973 and 5000 < len(val.values) <= 5510
    # 柴火 (firewood) is concrete: 1.93 on Xu's 1 = concrete scale → 4.07 after 6 − x.
    assert conc.values["柴火"] == pytest.approx(6 - 1.925926)
    assert all(1 <= x <= 9 for x in val.values.values())
    assert all(1 <= x <= 9 for x in aro.values.values())


def test_mandarin_pipeline_with_converted_norm(tmp_path):
    from align_jax.eval.pipeline import evaluate_associations

    # Arousal given on 0..4 → 1..9 (1 + 2a): 猫 2 → 5, 狗 3 → 7, 老鼠 1 → 3, 鱼 0 → 1.
    p = _write(tmp_path / "zh.csv", "word,valence,arousal\n猫,1,2\n狗,1,3\n老鼠,1,1\n鱼,1,0\n")
    arousal = lx.load_cvaw(p, "arousal", scale="0-4")
    norms = {"宠物": [("猫", 9), ("狗", 7), ("老鼠", 1)]}
    a, lex = evaluate_associations({"宠物": "1. 狗\n2. 鱼\n3. 猫"}, norms, {"arousal": arousal},
                                   ks=(5,), n_boot=50)
    assert a["per_cue"]["宠物"]["p@5"] == pytest.approx(2 / 5)
    r = lex["arousal"]
    assert r["model"]["mean_median"] == pytest.approx(5.0)     # median(7, 1, 5)
    assert r["human"]["mean_median"] == pytest.approx(5.0)     # median(5, 7, 3)
    assert r["model"]["coverage"] == 1.0 and "high_share" not in r["model"]


@pytest.mark.parametrize("bad", ["inf", "-Infinity", "1e400"])
def test_infinite_rating_is_refused(tmp_path, bad):
    # It was refused as "outside the declared scale", which misleads: the value is broken.
    p = _write(tmp_path / "w.csv", f"Word,V.Mean.Sum,A.Mean.Sum\nhappy,8.5,6\nodd,{bad},5\n")
    with pytest.raises(AlignJaxError) as e:
        lx.load_warriner(p, "valence")
    assert str(e.value) == f"{p}:3: V.Mean.Sum={bad!r} is not a finite number"


def test_empty_na_and_nan_ratings_are_skipped(tmp_path):
    # Empty cells, NA and NaN (R's, pandas' and numpy's missing value) mean "no rating".
    p = _write(tmp_path / "w.csv", "Word,V.Mean.Sum,A.Mean.Sum\nhappy,8.5,6\nodd,,5\nodder, NA ,5\n"
               "oddest,NaN,5\nstranger,nan,5\n")
    assert lx.load_warriner(p, "valence").values == {"happy": 8.5}
