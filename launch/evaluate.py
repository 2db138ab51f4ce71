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

import os
import sys
import time
from pathlib import Path

from absl import flags

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align_jax.errors import AlignJaxError  # noqa: E402

FLAGS = flags.FLAGS
flags.DEFINE_string("output_dir", None, "Folder for metrics.json, report.md and plots.")
flags.DEFINE_string("generations", None, 'JSONL of {"cue": ..., "output": ...} per line.')
flags.DEFINE_string("model_name", None, "Name of the model that wrote --generations (e.g. "
                    "Llama-3.1-8B-Instruct): labels the report, and a model the ALIGN paper "
                    "reports gets its published P@5 beside the measured one.")
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
# Model mode: generate the association lists (and score WVS answers) with a model.
flags.DEFINE_string("model", None, "Base model: a HF folder, an orbax folder from "
                    "launch/convert.py, or a training run folder (its base model).")
flags.DEFINE_string("lora", None, "LoRA adapter: a PEFT folder, or a training run folder "
                    "(its adapter/). Omit for the vanilla model.")
flags.DEFINE_string("data", None, "Prepared data folder (launch/prepare_data.py): the test "
                    "cues, their norms and, by default, the tokenizer and language.")
flags.DEFINE_string("tokenizer", None, "Tokenizer folder (default: the data's tokenizer).")
flags.DEFINE_enum("split", "test", ["test", "ppo", "train"], "Which cues of --data to generate for.")
flags.DEFINE_integer("max_cues", 0, "Evaluate only the first N cues of the split (0 = all).")
flags.DEFINE_integer("max_new_tokens", 128, "Generation length limit.")
flags.DEFINE_integer("batch_size", 64, "Prompts per generation call.")
flags.DEFINE_list("length_range", ["10", "20"], "The list length the prompt asks for: low,high.")
flags.DEFINE_bool("one_shot", True, "Prepend a one-shot example (a training cue's human list).")
flags.DEFINE_enum("dtype", "bfloat16", ["bfloat16", "float32"], "Model dtype.")


def _lexical_norms(specs, language):
    from align_jax.eval.lexical import load_preset

    norms = {}
    for spec in specs:
        name, sep, path = spec.partition("=")
        if not sep or not name or not path:
            raise AlignJaxError(f"--lexical={spec!r}: expected name=path")
        if name in norms:  # which of the two files would the report be about?
            raise AlignJaxError(f"--lexical={spec!r}: {name} is given twice")
        norms[name] = load_preset(language, name, path)
    return norms


def _load_norms():
    try:
        from align_jax.data.norms import load_norms
    except ImportError:
        raise AlignJaxError("align_jax.data.norms is not available in this checkout") from None
    norms, stats = load_norms(FLAGS.norms, fmt=FLAGS.norms_format, language=FLAGS.language,
                              response_set=FLAGS.response_set)
    if stats.bad_rows:  # scored without them: say so, as prepare_data.py does
        print(f"norms: skipped {stats.bad_rows} malformed row(s) of {stats.rows}; first: "
              f"{stats.bad_examples[0]}", flush=True)
    return norms.cues


def _check_output_dir() -> Path:
    if FLAGS.output_dir is None:
        raise AlignJaxError("--output_dir is required")
    out = Path(FLAGS.output_dir)
    if out.exists() and not out.is_dir():
        raise AlignJaxError(f"--output_dir={out} is a file, not a folder; choose another --output_dir")
    return out


def run(argv) -> None:
    """Reads and checks every input first, then generates (model mode), scores, and only
    then writes the outputs: a failure at any point leaves an earlier report as it was."""
    from align_jax.eval import pipeline, report
    from align_jax.eval.generations import read_generations
    from align_jax.eval import values as wvs

    out_dir = _check_output_dir()
    if FLAGS.compare:
        if len(argv) < 2:
            raise AlignJaxError("--compare needs run folders as arguments")
        files = report.write_comparison(argv[1:], FLAGS.output_dir)
        print(f"wrote {', '.join(str(f) for f in files)}")
        return
    if len(argv) > 1:
        raise AlignJaxError(f"unexpected arguments: {' '.join(argv[1:])}")
    if not FLAGS.model and (FLAGS.lora or FLAGS.data):
        raise AlignJaxError("--lora and --data need --model")
    if not FLAGS.generations and not FLAGS.wvs and not FLAGS.model:
        raise AlignJaxError("nothing to evaluate: give --generations (with --norms) and/or --wvs")
    try:
        ks = [int(k) for k in FLAGS.ks]
    except ValueError:
        raise AlignJaxError(f"--ks={','.join(FLAGS.ks)}: not integers") from None
    if any(k < 1 for k in ks):
        raise AlignJaxError("--ks: every k must be at least 1")

    # Inputs, each checked before anything is generated or written.
    outputs = norms = None
    truncated: set[str] = set()
    if FLAGS.generations and not FLAGS.model:
        if not FLAGS.norms:
            raise AlignJaxError("--generations needs --norms")
        generations = read_generations(FLAGS.generations)
        if not generations:
            raise AlignJaxError(f"{FLAGS.generations}: no generations in the file; nothing to score")
        outputs = {g.cue: g.output for g in generations}
        truncated = {g.cue for g in generations if g.truncated}
        norms = _load_norms()
        if not any(cue in norms for cue in outputs):
            raise AlignJaxError(f"{FLAGS.generations}: none of its {len(outputs)} cue(s) is in the "
                                f"norms ({','.join(FLAGS.norms)}); nothing to score")
    items = dropped = answers = None
    if FLAGS.wvs:
        if len(FLAGS.countries) != 2:
            raise AlignJaxError(f"--countries: expected two names, got {len(FLAGS.countries)}")
        if not FLAGS.wvs_answers and not FLAGS.model:
            raise AlignJaxError("--wvs needs --wvs_answers in model-free mode")
        items, dropped = wvs.select_items(wvs.load_wvs(FLAGS.wvs), FLAGS.countries,
                                          FLAGS.wvs_source or None)
        if not items:
            raise AlignJaxError(f"{FLAGS.wvs}: no {FLAGS.wvs_source or ''} item has "
                                f"distributions for {' and '.join(FLAGS.countries)}")
        if not FLAGS.model:
            answers = wvs.load_wvs_answers(FLAGS.wvs_answers)
            wvs.check_answers(items, answers)
            if not any(it.question in answers for it in items):
                raise AlignJaxError(f"{FLAGS.wvs_answers}: answers none of the {len(items)} items "
                                    f"of {FLAGS.wvs}; nothing to score")
    model = _model_outputs() if FLAGS.model else None
    language = model["language"] if model else FLAGS.language
    lexical_norms = _lexical_norms(FLAGS.lexical, language)

    t0 = time.perf_counter()
    meta = {"language": language, "model": FLAGS.model_name, "generations": FLAGS.generations,
            "norms": ",".join(FLAGS.norms), "wvs": FLAGS.wvs, "wvs_answers": FLAGS.wvs_answers,
            "n_boot": FLAGS.n_boot, "seed": FLAGS.seed}
    if model:
        (outputs, truncated), norms = model["generate"](), model["norms"]
        meta.update(model["meta"])
    a = lexical = values = wvs_plot = None
    if outputs is not None:
        a, lexical = pipeline.evaluate_associations(
            outputs, norms, lexical_norms, ks=ks,
            n_boot=FLAGS.n_boot, seed=FLAGS.seed, first_n=FLAGS.first_n, truncated=truncated)
        if a["n_cues"] == 0:
            raise AlignJaxError(f"{FLAGS.generations or FLAGS.data}: no cue could be scored "
                                "(none is in the norms); the earlier report is kept")
    if items is not None:
        if model is not None:
            answers = model["score_wvs"](items, language)
        values, kept, probs = pipeline.evaluate_values(
            items, answers, countries=FLAGS.countries, n_tension=FLAGS.high_tension_n)
        values["dropped"] = dropped
        wvs_plot = (kept, probs, values["high_tension_items"], FLAGS.countries)
    meta["seconds"] = round(time.perf_counter() - t0, 3)
    metrics = pipeline.summary_metrics(a, lexical, values, meta)
    if model:
        _write_generations(out_dir / "generations.jsonl", outputs, truncated)
    files = report.write_run(FLAGS.output_dir, metrics, associations=a, lexical=lexical,
                             wvs=wvs_plot)
    if a is not None:
        print(f"{a['n_cues']} cues scored, {len(a['missing_cues'])} missing from the norms; "
              f"P@5 = {a['summary']['p@5']['mean']:.3f}")
    print(f"wrote {', '.join(str(f) for f in files)}")


def _write_generations(path: Path, outputs: dict, truncated: set[str]) -> None:
    """generations.jsonl, renamed into place so that a failure keeps the earlier one."""
    from align_jax.eval import model_outputs as mo

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    mo.write_generations(tmp, outputs, truncated)
    os.replace(tmp, path)


def _model_outputs() -> dict:
    """Loads the data and the model (and adapter); `generate()` makes the association lists
    for the split's cues. A tokenizer the model cannot embed is refused before any weights
    are read."""
    from align_jax.eval import model_outputs as mo
    from align_jax.eval.loading import load_eval_data, load_eval_model

    try:
        low, high = (int(x) for x in FLAGS.length_range)
    except ValueError:
        raise AlignJaxError(f"--length_range={','.join(FLAGS.length_range)}: expected low,high") from None
    if not 1 <= low <= high:
        raise AlignJaxError(f"--length_range={low},{high}: expected 1 <= low <= high")
    if not FLAGS.data:
        raise AlignJaxError("--model needs --data (a prepared data folder with the test cues)")
    data = load_eval_data(FLAGS.data, FLAGS.split, FLAGS.tokenizer)
    cues = data["cues"][: FLAGS.max_cues or None]
    if not cues:
        raise AlignJaxError(f"{FLAGS.data}: the {FLAGS.split} split has no cues; nothing to evaluate")
    config, params, lora, source = load_eval_model(FLAGS.model, FLAGS.lora, FLAGS.dtype,
                                                   tokenizer=data["tokenizer"],
                                                   tokenizer_source=data["tokenizer_source"])
    one_shot = (mo.one_shot_example(data["norms"], data["train_cues"], data["templates"])
                if FLAGS.one_shot else None)
    meta = {"model": source, "lora": FLAGS.lora, "data": FLAGS.data, "split": FLAGS.split,
            "n_cues": len(cues), "one_shot": one_shot, "length_range": [low, high]}

    def generate():
        t0 = time.perf_counter()
        outputs = mo.generate_associations(config, params, data["tokenizer"], cues, data["templates"],
                                           lora=lora, length_range=(low, high), one_shot=one_shot,
                                           max_new_tokens=FLAGS.max_new_tokens,
                                           batch_size=FLAGS.batch_size, return_truncated=True)
        seconds = time.perf_counter() - t0
        meta["generation_seconds"] = round(seconds, 2)
        print(f"generated for {len(cues)} cues in {seconds:.1f}s (model {source}"
              f"{', adapter ' + FLAGS.lora if FLAGS.lora else ''})", flush=True)
        return outputs  # (cue → text, cues cut at --max_new_tokens)

    def score_wvs(items, language):
        kept, probs, dropped = mo.wvs_answers(config, params, data["tokenizer"], items, language,
                                              lora=lora)
        if dropped:
            print(f"WVS: {dropped} items not scorable at one token position (dropped)")
        return {it.question: p for it, p in zip(kept, probs)}

    return {"generate": generate, "norms": data["norms"], "language": data["language"],
            "score_wvs": score_wvs, "meta": meta}


if __name__ == "__main__":
    from align_jax import cli

    cli.run(run)
