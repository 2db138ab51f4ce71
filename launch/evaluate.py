"""Score model outputs: word associations, lexical norms, World Values Survey answers.

Model-free mode (outputs from any model):

  python launch/evaluate.py --generations=gen.jsonl --norms=strength.SWOW-EN.R1.csv \
      --language=en --lexical=concreteness=Concreteness_ratings_Brysbaert_et_al_BRM.txt \
      --lexical=valence=Ratings_Warriner_et_al.csv --lexical=arousal=Ratings_Warriner_et_al.csv \
      --wvs=GlobalOpinionQA.csv --wvs_answers=answers.jsonl --output_dir=runs/vanilla

Side by side:  python launch/evaluate.py --compare --output_dir=runs/compare runs/a runs/b

Writes metrics.json, report.md and PNG plots (atomically) into --output_dir.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from absl import app, flags

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align_jax.errors import AlignJaxError  # noqa: E402

FLAGS = flags.FLAGS
flags.DEFINE_string("output_dir", None, "Folder for metrics.json, report.md and plots.")
flags.DEFINE_string("generations", None, 'JSONL of {"cue": ..., "output": ...} per line.')
flags.DEFINE_list("norms", [], "Association norms file(s) (SWOW strength / raw / counts).")
flags.DEFINE_string("norms_format", "auto", "auto, strength, raw or counts.")
flags.DEFINE_string("response_set", "R123", "R1 or R123 (raw SWOW files).")
flags.DEFINE_string("language", "en", "Language of cues and prompts: en, zh, ...")
flags.DEFINE_multi_string("lexical", [], "name=path of a lexical norm file (concreteness, "
                          "valence, arousal), read with the --language preset. Repeatable.")
flags.DEFINE_list("ks", ["5", "10", "20", "30", "40", "50"], "k values for P@k / recall@k.")
flags.DEFINE_integer("first_n", 10, "Words per cue compared on lexical norms.")
flags.DEFINE_integer("n_boot", 1000, "Bootstrap resamples for the confidence intervals.")
flags.DEFINE_integer("seed", 0, "Bootstrap seed.")
flags.DEFINE_string("wvs", None, "GlobalOpinionQA CSV or WVS JSONL items.")
flags.DEFINE_string("wvs_answers", None, 'JSONL of {"question": ..., "probs": [...]} per line.')
flags.DEFINE_list("countries", ["United States", "China"], "The two countries compared.")
flags.DEFINE_string("wvs_source", "WVS", "Keep items of this source ('' keeps all).")
flags.DEFINE_integer("high_tension_n", 50, "Size of the high-tension subset.")
flags.DEFINE_bool("compare", False, "Compare the run folders given as arguments.")
# Model mode: generation from a checkpoint is not built yet (needs align_jax.generate).
flags.DEFINE_string("model", None, "HF model folder (not yet supported).")
flags.DEFINE_string("lora", None, "LoRA checkpoint (not yet supported).")
flags.DEFINE_string("peft", None, "PEFT adapter folder (not yet supported).")


def _lexical_norms(specs, language):
    from align_jax.eval.lexical import load_preset

    norms = {}
    for spec in specs:
        name, sep, path = spec.partition("=")
        if not sep or not name or not path:
            raise AlignJaxError(f"--lexical={spec!r}: expected name=path")
        norms[name] = load_preset(language, name, path)
    return norms


def _load_norms():
    try:
        from align_jax.data.norms import load_norms
    except ImportError:
        raise AlignJaxError("align_jax.data.norms is not available in this checkout") from None
    norms, _ = load_norms(FLAGS.norms, fmt=FLAGS.norms_format, language=FLAGS.language,
                          response_set=FLAGS.response_set)
    return norms.cues


def run(argv) -> None:
    from align_jax.eval import pipeline, report
    from align_jax.eval.generations import read_generations
    from align_jax.eval import values as wvs

    if FLAGS.output_dir is None:
        raise AlignJaxError("--output_dir is required")
    if FLAGS.compare:
        if len(argv) < 2:
            raise AlignJaxError("--compare needs run folders as arguments")
        files = report.write_comparison(argv[1:], FLAGS.output_dir)
        print(f"wrote {', '.join(str(f) for f in files)}")
        return
    if len(argv) > 1:
        raise AlignJaxError(f"unexpected arguments: {' '.join(argv[1:])}")
    if FLAGS.model or FLAGS.lora or FLAGS.peft:
        raise AlignJaxError("--model/--lora/--peft: checkpoint evaluation is not yet supported "
                            "(needs the generation module); score a --generations JSONL instead")
    if not FLAGS.generations and not FLAGS.wvs:
        raise AlignJaxError("nothing to evaluate: give --generations (with --norms) and/or --wvs")
    try:
        ks = [int(k) for k in FLAGS.ks]
    except ValueError:
        raise AlignJaxError(f"--ks={','.join(FLAGS.ks)}: not integers") from None
    if any(k < 1 for k in ks):
        raise AlignJaxError("--ks: every k must be at least 1")

    t0 = time.perf_counter()
    meta = {"language": FLAGS.language, "generations": FLAGS.generations,
            "norms": ",".join(FLAGS.norms), "wvs": FLAGS.wvs, "wvs_answers": FLAGS.wvs_answers,
            "n_boot": FLAGS.n_boot, "seed": FLAGS.seed}
    a = lexical = values = wvs_plot = None
    if FLAGS.generations:
        if not FLAGS.norms:
            raise AlignJaxError("--generations needs --norms")
        gens = read_generations(FLAGS.generations)
        lexical_norms = _lexical_norms(FLAGS.lexical, FLAGS.language)
        norms = _load_norms()
        a, lexical = pipeline.evaluate_associations(
            {g.cue: g.output for g in gens}, norms, lexical_norms, ks=ks,
            n_boot=FLAGS.n_boot, seed=FLAGS.seed, first_n=FLAGS.first_n)
    if FLAGS.wvs:
        if len(FLAGS.countries) != 2:
            raise AlignJaxError(f"--countries: expected two names, got {len(FLAGS.countries)}")
        if not FLAGS.wvs_answers:
            raise AlignJaxError("--wvs needs --wvs_answers in model-free mode")
        items, dropped = wvs.select_items(wvs.load_wvs(FLAGS.wvs), FLAGS.countries,
                                          FLAGS.wvs_source or None)
        if not items:
            raise AlignJaxError(f"{FLAGS.wvs}: no {FLAGS.wvs_source or ''} item has "
                                f"distributions for {' and '.join(FLAGS.countries)}")
        values, kept, probs = pipeline.evaluate_values(
            items, wvs.load_wvs_answers(FLAGS.wvs_answers), countries=FLAGS.countries,
            n_tension=FLAGS.high_tension_n)
        values["dropped"] = dropped
        wvs_plot = (kept, probs, values["high_tension_items"], FLAGS.countries)
    meta["seconds"] = round(time.perf_counter() - t0, 3)
    metrics = pipeline.summary_metrics(a, lexical, values, meta)
    files = report.write_run(FLAGS.output_dir, metrics, associations=a, lexical=lexical,
                             wvs=wvs_plot)
    if a is not None:
        print(f"{a['n_cues']} cues scored, {len(a['missing_cues'])} missing from the norms; "
              f"P@5 = {a['summary']['p@5']['mean']:.3f}")
    print(f"wrote {', '.join(str(f) for f in files)}")


def main(argv) -> None:
    try:
        run(argv)
    except AlignJaxError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    app.run(main)
