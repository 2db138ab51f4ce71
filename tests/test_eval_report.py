"""Reports: metrics.json, Markdown, plots, comparisons, and the launch script end to end."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from align_jax.errors import AlignJaxError
from align_jax.eval import pipeline, report
from align_jax.eval import values as wv
from align_jax.eval.lexical import LexicalNorm

ROOT = Path(__file__).resolve().parents[1]
NORMS = {"dog": [("cat", 8), ("bone", 4), ("leash", 1)], "sun": [("hot", 5), ("moon", 3)]}
CONC = LexicalNorm("concreteness", (1.0, 5.0), {"cat": 5.0, "bone": 4.8, "moon": 4.5,
                                                "hot": 2.5, "walk": 3.5}, threshold=3.0)


def _run(tmp_path, outputs, name="run"):
    a, lex = pipeline.evaluate_associations(outputs, NORMS, {"concreteness": CONC}, ks=(5, 10),
                                            n_boot=100)
    items = [wv.WVSItem("Q1", ("a", "b"), {"United States": (0.9, 0.1), "China": (0.2, 0.8)}),
             wv.WVSItem("Q2", ("a", "b", "c"), {"United States": (0.3, 0.3, 0.4),
                                                "China": (0.3, 0.3, 0.4)})]
    v, kept, probs = pipeline.evaluate_values(items, {"Q1": [0.3, 0.7]}, n_tension=1)
    m = pipeline.summary_metrics(a, lex, v, {"language": "en"})
    files = report.write_run(tmp_path / name, m, associations=a, lexical=lex,
                             wvs=(kept, probs, v["high_tension_items"], wv.TARGETS))
    return m, files


def test_write_run(tmp_path):
    m, files = _run(tmp_path, {"dog": "cat, walk, bone", "sun": "1. moon", "zebra": "stripes"})
    names = sorted(f.name for f in files)
    assert names == ["lexical_concreteness.png", "metrics.json", "p_at_k.png", "per_cue.jsonl",
                     "report.md", "wvs_high_tension.png"]
    assert all(f.stat().st_size > 0 for f in files)
    assert not list((tmp_path / "run").glob(".*tmp"))            # no temporary files left
    text = (tmp_path / "run" / "metrics.json").read_text()
    assert "NaN" not in text                                     # strict JSON
    saved = json.loads(text)
    assert saved["associations"]["missing_cues"] == ["zebra"]
    assert saved["associations"]["summary"]["p@5"]["mean"] == pytest.approx((2 / 5 + 1 / 5) / 2)
    # Spearman: dog → cat (8) before bone (4): ρ = 1; sun has one hit → undefined, left out.
    assert saved["associations"]["summary"]["spearman"]["mean"] == pytest.approx(1.0)
    assert saved["associations"]["summary"]["spearman"]["n"] == 1
    assert saved["values"]["n_unanswered"] == 1
    assert saved["values"]["all"]["closer"] == {"United States": 0, "China": 1, "tie": 0}
    # Lexical: model dog → cat 5, walk 3.5, bone 4.8 → median 4.8; sun → moon 4.5.
    assert saved["lexical"]["concreteness"]["model"]["mean_median"] == pytest.approx(4.65)
    assert "per_cue_median" not in saved["lexical"]["concreteness"]
    md = (tmp_path / "run" / "report.md").read_text()
    assert "1 generated cue(s) missing from the norms (not scored): zebra" in md
    assert "| p@5 | 0.300 [" in md and "the denominator stays k" in md
    assert "Closer to: United States 0, China 1, tie 0" in md
    assert "![p_at_k](p_at_k.png)" in md
    per_cue = [json.loads(l) for l in (tmp_path / "run" / "per_cue.jsonl").read_text().splitlines()]
    assert [r["cue"] for r in per_cue] == ["dog", "sun"]


def test_report_says_how_answers_were_read(tmp_path):
    outputs = {"dog": "Sure! Here are some words:\n1. cat\n2. bone (a treat)\n\nHope this helps!",
               "sun": "I cannot answer that."}
    m, _ = _run(tmp_path, outputs)
    parse = m["associations"]["parse"]
    assert parse["n"] == 2 and parse["rules"]["enumerated"] == 0.5 and parse["empty_share"] == 0.5
    md = (tmp_path / "run" / "report.md").read_text()
    assert "| enumerated | 0.500 |" in md and "**Warning:** 50% of the answers" in md
    rows = {r["cue"]: r for r in map(json.loads,
                                     (tmp_path / "run" / "per_cue.jsonl").read_text().splitlines())}
    assert rows["dog"]["parse_rule"] == "enumerated" and rows["dog"]["parsed"] == ["cat", "bone"]
    assert {d["kind"] for d in rows["dog"]["dropped"]} == {"preamble", "gloss", "remark"}
    assert rows["sun"]["parse_rule"] == "empty" and rows["sun"]["p@5"] == 0.0


def test_published_p5_beside_a_known_setting(tmp_path):
    a, lex = pipeline.evaluate_associations({"dog": "cat, bone"}, NORMS, {}, ks=(5,), n_boot=10)
    for name, model, language in (("llama_zh", "/models/Meta-Llama-3.1-8B-Instruct", "zh"),
                                  ("qwen_en", "Qwen2.5-7B-Instruct", "en"),
                                  ("other", "/models/tiny", "en")):
        meta = {"language": language, "model": model}
        report.write_run(tmp_path / name, pipeline.summary_metrics(a, lex, None, meta),
                         associations=a)
    md = (tmp_path / "llama_zh" / "report.md").read_text()
    assert ("Published (ALIGN paper, Llama-3.1-8B-Instruct, zh): P@5 vanilla 0.260 → SFT 0.690. "
            "Measured here: P@5 0.400.") in md
    assert "vanilla 0.634 → SFT 0.762" in (tmp_path / "qwen_en" / "report.md").read_text()
    assert "Published" not in (tmp_path / "other" / "report.md").read_text()
    report.write_comparison([tmp_path / "qwen_en", tmp_path / "other"], tmp_path / "cmp")
    md = (tmp_path / "cmp" / "compare.md").read_text()
    assert "| p@5 published (ALIGN paper): vanilla → SFT | 0.634 → 0.762 | – |" in md


def test_compare(tmp_path):
    _run(tmp_path, {"dog": "cat, walk", "sun": "hot"}, "vanilla")
    _run(tmp_path, {"dog": "cat, bone, leash", "sun": "hot, moon"}, "sft")
    files = report.write_comparison([tmp_path / "vanilla", tmp_path / "sft"], tmp_path / "cmp")
    md = (tmp_path / "cmp" / "compare.md").read_text()
    assert "| metric | vanilla | sft |" in md
    row = next(l for l in md.splitlines() if l.startswith("| p@5 |"))
    assert "0.200 [" in row.split("|")[2] and "0.500 [" in row.split("|")[3]
    assert "| WVS high_tension: closer to China | 1 | 1 |" in md
    assert (tmp_path / "cmp" / "compare_p_at_k.png").stat().st_size > 0
    with pytest.raises(Exception, match="no metrics.json"):
        report.write_comparison([tmp_path / "nothing"], tmp_path / "cmp2")


def _launch(*args):
    return subprocess.run([sys.executable, str(ROOT / "launch" / "evaluate.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_launch_model_free_end_to_end(tmp_path):
    pytest.importorskip("align_jax.data.norms")
    norms = tmp_path / "norms.csv"
    # One malformed row: scored without it, and said so.
    norms.write_text("cue,response,count\ndog,cat,8\ndog,bone,4\nsun,hot,5\nsun,moon,3\nsun,sky,lots\n")
    conc = tmp_path / "conc.txt"
    conc.write_text("Word\tConc.M\r\ncat\t5\r\nbone\t4.8\r\nhot\t2.5\r\nmoon\t4.5\r\n")
    gen = tmp_path / "gen.jsonl"
    # "dog" stopped at its token limit inside its third word.
    gen.write_text('{"cue": "dog", "output": "cat, bone, lea", "finish_reason": "length"}\n'
                   '{"cue": "sun", "output": "moon"}\n')
    wvs = tmp_path / "wvs.jsonl"
    wvs.write_text(json.dumps({"question": "Q1", "options": ["a", "b"], "selections": {
        "United States": [0.9, 0.1], "China": [0.2, 0.8]}}) + "\n")
    ans = tmp_path / "ans.jsonl"
    ans.write_text('{"question": "Q1", "probs": [0.8, 0.2]}\n')
    out = tmp_path / "run"
    r = _launch(f"--generations={gen}", f"--norms={norms}", "--language=en",
                f"--lexical=concreteness={conc}", f"--wvs={wvs}", f"--wvs_answers={ans}",
                f"--output_dir={out}", "--n_boot=50", "--model_name=Llama-3.1-8B-Instruct")
    assert r.returncode == 0, r.stderr
    assert (f"norms: skipped 1 malformed row(s) of 5; first: {norms}: row 6: count 'lots' is not "
            "a whole number >= 0") in r.stdout
    assert "vanilla 0.755 → SFT 0.875" in (out / "report.md").read_text()
    m = json.loads((out / "metrics.json").read_text())
    assert m["associations"]["summary"]["p@5"]["mean"] == pytest.approx((2 / 5 + 1 / 5) / 2)
    assert m["values"]["all"]["closer"]["United States"] == 1
    assert m["associations"]["parse"]["truncated_share"] == 0.5
    assert "0.500 stopped at the token limit" in (out / "report.md").read_text()
    rows = [json.loads(l) for l in (out / "per_cue.jsonl").read_text().splitlines()]
    assert rows[0]["parsed"] == ["cat", "bone"]
    before = (out / "metrics.json").read_bytes()

    # A bad generations line: one clear line on stderr, exit 1, the old run left intact.
    gen.write_text('{"cue": "dog", "output": "cat"}\n{"output": "moon"}\n')
    r = _launch(f"--generations={gen}", f"--norms={norms}", f"--output_dir={out}")
    assert r.returncode == 1
    assert r.stderr.strip() == f"error: {gen}:2: missing or empty 'cue'"
    assert (out / "metrics.json").read_bytes() == before

    r = _launch("--model=/some/model", f"--output_dir={out}")
    assert r.returncode == 1 and "--model needs --data" in r.stderr
    assert r.stderr.count("\n") == 1
    r = _launch("--model=/some/model", f"--data={tmp_path}", f"--output_dir={out}")
    assert r.returncode == 1 and "not a prepared data folder" in r.stderr
    assert (out / "metrics.json").read_bytes() == before

    r = _launch("--compare", f"--output_dir={tmp_path / 'cmp'}", out, out)  # one column, silently
    assert r.returncode == 1 and r.stderr == f"error: --compare: {out} is given twice (as {out})\n"
    r = _launch("--compare", f"--output_dir={tmp_path / 'cmp'}", out)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "cmp" / "compare.md").exists()


def test_jsonable_gives_strict_json_values():
    import math

    import numpy as np

    value = {"words": ("cat", "bone"), 1: [float("nan"), math.inf, -math.inf, 0.25, 3, True, None],
             "numpy": [np.float32(1.5), np.float64(np.nan), np.int64(7), np.bool_(False)],
             "nested": {"k": (np.float64(2.0), {"x": float("nan")})}}
    out = report.jsonable(value)
    assert out == {"words": ["cat", "bone"], "1": [None, None, None, 0.25, 3, True, None],
                   "numpy": [1.5, None, 7, False], "nested": {"k": [2.0, {"x": None}]}}
    assert [type(v) for v in out["numpy"]] == [float, type(None), int, bool]
    json.dumps(out, allow_nan=False)  # strict JSON: no NaN or Infinity left


def test_a_rerun_into_the_same_folder_leaves_nothing_of_the_run_before(tmp_path):
    _run(tmp_path, {"dog": "cat, walk", "sun": "hot"})   # with lexical norms and WVS
    a, lex = pipeline.evaluate_associations({"dog": "cat"}, NORMS, {}, ks=(5,), n_boot=10)
    (tmp_path / "run" / "notes.txt").write_text("the user's own file\n")
    files = report.write_run(tmp_path / "run", pipeline.summary_metrics(a, lex, None, {}),
                             associations=a)
    assert sorted(p.name for p in (tmp_path / "run").iterdir()) == sorted(
        [f.name for f in files] + ["notes.txt"])
    assert not (tmp_path / "run" / "lexical_concreteness.png").exists()
    assert not (tmp_path / "run" / "wvs_high_tension.png").exists()
    # A comparison without associations drops the P@k plot of the comparison before.
    report.write_comparison([tmp_path / "run"], tmp_path / "cmp")
    assert (tmp_path / "cmp" / "compare_p_at_k.png").exists()
    v, kept, _ = pipeline.evaluate_values(
        [wv.WVSItem("Q1", ("a", "b"), {"United States": (0.9, 0.1), "China": (0.2, 0.8)})],
        {"Q1": [0.3, 0.7]}, n_tension=1)
    report.write_run(tmp_path / "wvs_only", pipeline.summary_metrics(None, {}, v, {}))
    report.write_comparison([tmp_path / "wvs_only"], tmp_path / "cmp")
    assert sorted(p.name for p in (tmp_path / "cmp").iterdir()) == ["compare.md"]


@pytest.mark.parametrize("content,why", [
    ("[1, 2]", "an array, not a JSON object"),
    ("null", "null, not a JSON object"),
    ("{}", "no associations, lexical or values results"),
    ('{"associations": "x", "meta": 5}', "a value of the wrong type"),
    ('{"associations": {"summary": {"p@5": "abc"}}}', "no 'n_cues' entry"),
    ('{"associations": {"n_cues": 2, "ks": [5], "summary": {"p@5": '
     '{"mean": 0.9, "ci_low": 0.1, "ci_high": 0.2}}}}', "a P@k mean lies outside its confidence interval"),
])
def test_compare_refuses_a_metrics_file_that_is_not_an_evaluations(tmp_path, content, why):
    _run(tmp_path, {"dog": "cat, walk", "sun": "hot"}, "good")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "metrics.json").write_text(content)
    with pytest.raises(AlignJaxError) as e:
        report.write_comparison([tmp_path / "good", tmp_path / "bad"], tmp_path / "cmp")
    assert str(e.value).startswith(f"{tmp_path / 'bad' / 'metrics.json'}: not an evaluation metrics file (")
    assert why in str(e.value)
    assert not (tmp_path / "cmp").exists()  # refused before anything is written


def test_outputs_get_the_permissions_of_a_plain_write(tmp_path):
    import os
    import stat

    _, files = _run(tmp_path, {"dog": "cat"})
    expected = 0o666 & ~report._UMASK  # mkstemp's 0600 would hide a shared cluster's reports
    assert {stat.S_IMODE(os.stat(f).st_mode) for f in files} == {expected}


def test_a_failed_write_names_the_file_not_its_temporary_twin(tmp_path, monkeypatch):
    def full_disk(path, text, encoding=None):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(report.Path, "write_text", full_disk)
    with pytest.raises(AlignJaxError) as e:
        report.write_text(tmp_path / "report.md", "text")
    assert str(e.value) == f"{tmp_path / 'report.md'}: cannot write (No space left on device)"
    assert list(tmp_path.iterdir()) == []  # no temporary file left
