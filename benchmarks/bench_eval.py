"""Evaluation speed: association + lexical scoring of SWOW-EN cues from a JSONL of
generations (the ~1,200 test cues, then all ~12,000: the largest run one file can hold), the answer parser on 100,000 chat-style answers, and WVS scoring of ~250
synthetic items in one batched pass of a tiny model.

  .venv/bin/python benchmarks/bench_eval.py [--shared ../shared] [--items 250] [--answers 100000]

Needs ../shared/data for the association part and the SWOW vocabulary of the parser part
(which falls back to the test corpus' words otherwise).

The parser answers are SWOW response lists (5–25 words) rendered in the forms of
tests/answer_corpus.py: bare comma lists, preamble + numbered list + closing remark, bold
bullets with glosses, "word: gloss" lines, Mandarin-style preambles. "distinct" renders
every answer from invented words that never repeat, the parser's worst case (its caches of
cleaned lines and pieces never hit). Each is parsed in this process, then by
`answer_batch.parse_answers` on one worker process per core.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def read_swow(path: Path) -> dict[str, list[tuple[str, int]]]:
    """SWOW-EN through the project's loader (cue → [(response, count)], descending)."""
    from align_jax.data.norms import load_norms
    return load_norms(path, language="en")[0].cues


def test_cues(cues):
    """The project's test split (seed 42, 70/20/10)."""
    from align_jax.data.splits import split_cues
    return split_cues(cues, seed=42).test


def synth_outputs(norms, cues, seed=0):
    """Noisy "model" lists: the human responses, locally shuffled, some dropped, some
    invented words added, in mixed formats (comma / numbered)."""
    rng = random.Random(seed)
    out = {}
    for c in cues:
        words = [w for w, _ in norms[c][:60] if rng.random() > 0.3]
        for i in range(len(words) - 1):
            if rng.random() < 0.3:
                words[i], words[i + 1] = words[i + 1], words[i]
        for _ in range(rng.randrange(6)):  # invented words anywhere in the list
            words.insert(rng.randrange(len(words) + 1), f"zz{rng.randrange(10**6)}")
        out[c] = ("\n".join(f"{i}. {w}" for i, w in enumerate(words, 1)) if rng.random() < 0.3
                  else ", ".join(words))
    return out


def bench_associations(shared: Path) -> None:
    from align_jax.eval.lexical import load_preset

    data = shared / "data"
    swow = data / "swow" / "strength.SWOW-EN.R1.csv"
    if not swow.exists():
        print(f"associations: skipped ({swow} absent)")
        return
    t = time.perf_counter()
    norms = read_swow(swow)
    cues = test_cues(list(norms))
    print(f"read SWOW-EN R1: {len(norms)} cues in {time.perf_counter() - t:.2f} s; "
          f"test cues: {len(cues)}")
    t = time.perf_counter()
    lexical = {
        "concreteness": load_preset("en", "concreteness",
                                    data / "norms_en" / "Concreteness_ratings_Brysbaert_et_al_BRM.txt"),
        "valence": load_preset("en", "valence", data / "norms_en" / "Ratings_Warriner_et_al.csv"),
        "arousal": load_preset("en", "arousal", data / "norms_en" / "Ratings_Warriner_et_al.csv"),
    }
    print(f"load lexical norms (3): {time.perf_counter() - t:.2f} s")
    for label, run_cues in (("test split", cues), ("every SWOW-EN cue", list(norms))):
        _score_run(label, norms, run_cues, lexical)


def _score_run(label: str, norms, cues, lexical) -> None:
    """evaluate.py's work on one run: read its generations, score them, write the report."""
    from align_jax.eval import pipeline, report
    from align_jax.eval.generations import read_generations

    with tempfile.TemporaryDirectory() as tmp:
        gen = Path(tmp) / "gen.jsonl"
        with gen.open("w", encoding="utf-8") as f:
            for c, o in synth_outputs(norms, cues).items():
                f.write(json.dumps({"cue": c, "output": o}) + "\n")
        t0 = time.perf_counter()
        gens = read_generations(gen)
        t1 = time.perf_counter()
        a, lex = pipeline.evaluate_associations({g.cue: g.output for g in gens}, norms, lexical)
        t2 = time.perf_counter()
        metrics = pipeline.summary_metrics(a, lex, None, {"bench": True})
        report.write_run(Path(tmp) / "run", metrics, associations=a, lexical=lex)
        t3 = time.perf_counter()
    print(f"associations ({label}): {a['n_cues']} cues | read JSONL {t1 - t0:.3f} s | metrics + "
          f"bootstrap + lexical {t2 - t1:.3f} s | report + plots {t3 - t2:.3f} s | "
          f"total {t3 - t0:.3f} s")
    print(f"  synthetic P@5 = {a['summary']['p@5']['mean']:.3f}, human mean median "
          + ", ".join(f"{n} {r['human']['mean_median']:.3f}" for n, r in lex.items()))


FORMS = (
    lambda ws, c: ", ".join(ws),
    lambda ws, c: (f'Here are {len(ws)} words that come to mind when I read the word "{c}":\n\n'
                   + "\n".join(f"{i}. {w.capitalize()}" for i, w in enumerate(ws, 1))
                   + "\n\nLet me know if you'd like more!"),
    lambda ws, c: "\n".join(f"- **{w}** (a common association)" for w in ws),
    lambda ws, c: "\n".join(f"{w.capitalize()}: people often say this" for w in ws),
    lambda ws, c: f"好的，以下是与“{c}”有关的联想词：\n\n" + "，".join(ws) + "\n\n希望这些联想词能满足你的需求。",
    lambda ws, c: f"Sure! Here are some words associated with '{c}': " + ", ".join(ws) + ".",
)


def chat_answers(vocab: dict[str, list[str]], n: int, distinct: bool, seed: int = 0) -> list[str]:
    """`n` answers in the FORMS, from each cue's responses (or invented unique words)."""
    rng = random.Random(seed)
    cues = list(vocab)
    out = []
    for i in range(n):
        cue = cues[rng.randrange(len(cues))]
        k = rng.randrange(5, 26)
        words = ([f"w{i}x{j}" for j in range(k)] if distinct
                 else rng.sample(vocab[cue], min(k, len(vocab[cue]))))
        out.append(FORMS[i % len(FORMS)](words, cue))
    return out


def bench_parse(shared: Path, n: int) -> None:
    from align_jax.eval.answer_batch import available_cpus, parse_answers
    from align_jax.eval.answers import parse_answer

    swow = shared / "data" / "swow" / "strength.SWOW-EN.R1.csv"
    if swow.exists():
        vocab = {c: [w for w, _ in r[:40]] for c, r in read_swow(swow).items() if len(r) >= 5}
        source = "SWOW-EN R1 responses"
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from answer_corpus import LISTS
        vocab = {c.id: c.words for c in LISTS if len(c.words) >= 5}
        source = "the test corpus' words (no ../shared)"
    workers = available_cpus()
    for distinct in (False, True):
        answers = chat_answers(vocab, n, distinct)
        label = "distinct invented words" if distinct else source
        t0, c0 = time.perf_counter(), time.process_time()
        words = sum(len(parse_answer(a).words) for a in answers)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"parse: {n:,} chat-style answers ({label}): {dt:.2f} s wall, {cpu:.2f} s CPU, "
              f"{cpu / n * 1e6:.1f} us CPU/answer, {words / n:.1f} words/answer")
        if workers > 1:
            t0 = time.perf_counter()
            parallel = parse_answers(answers, workers=workers)
            dt = time.perf_counter() - t0
            assert sum(len(p.words) for p in parallel) == words
            print(f"  parse_answers on {workers} worker processes: {dt:.2f} s wall")


def bench_wvs(n_items: int) -> None:
    import jax
    import jax.numpy as jnp
    import numpy as np

    from align_jax.eval.values import score_options
    from align_jax.models import init_params, preset

    cfg = preset("tiny")
    params = init_params(cfg, jax.random.PRNGKey(0), jnp.float32)
    rng = np.random.default_rng(0)
    # Prompt lengths like a real WVS prompt (60-200 tokens), 2-9 options.
    prompts = [list(rng.integers(3, cfg.vocab_size, rng.integers(60, 200))) for _ in range(n_items)]
    options = [list(range(10, 10 + rng.integers(2, 10))) for _ in range(n_items)]
    t = time.perf_counter()
    probs = score_options(cfg, params, prompts, options)
    t1 = time.perf_counter()
    probs = score_options(cfg, params, prompts, options)
    t2 = time.perf_counter()
    assert all(abs(sum(p) - 1) < 1e-5 for p in probs)
    print(f"WVS: {n_items} items, one batched pass (tiny model, CPU): first call "
          f"{t1 - t:.2f} s (with compile), second {t2 - t1:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--items", type=int, default=250)
    ap.add_argument("--answers", type=int, default=100_000)
    ap.add_argument("--parts", default="associations,parse,wvs")
    args = ap.parse_args()
    parts = args.parts.split(",")
    if "associations" in parts:
        bench_associations(args.shared)
    if "parse" in parts:
        bench_parse(args.shared, args.answers)
    if "wvs" in parts:
        bench_wvs(args.items)


if __name__ == "__main__":
    main()
