"""Prepare word-association norms for SFT and PPO: splits, examples, tokens, ranking tasks.

  python launch/prepare_data.py --norms=strength.SWOW-EN.R1.csv \
      --tokenizer=/path/Llama-3.1-8B-Instruct --output=checkpoints/data/swow_en

A second run with the same inputs and flags is served from the cache (--cache_dir).
"""

from __future__ import annotations

import sys
from pathlib import Path

from absl import flags

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without install

from align_jax import cli  # noqa: E402
from align_jax.data import norms as norms_lib  # noqa: E402
from align_jax.data.prepare import PrepareConfig, default_cache_dir, load_templates, prepare  # noqa: E402
from align_jax.data.ranking import RankingConfig  # noqa: E402
from align_jax.data.sft import SFTConfig  # noqa: E402
from align_jax.errors import AlignJaxError  # noqa: E402

F = flags.FLAGS
flags.DEFINE_list("norms", None, "Norms file(s); counts of several files are summed.")
flags.DEFINE_enum("format", "auto", norms_lib.FORMATS, "Norms file format (auto: from the header).")
flags.DEFINE_string("language", None, "en, zh, ... (default: detected from the cues).")
flags.DEFINE_enum("response_set", "R123", norms_lib.RESPONSE_SETS, "Raw files: count R1 only or R1+R2+R3.")
flags.DEFINE_string("country", None, "Raw files: keep only rows of this country (e.g. 'United States').")
flags.DEFINE_string("native_language", None, "Raw files: keep only rows of this nativeLanguage.")
flags.DEFINE_integer("min_count", 1, "Drop cue-response pairs with a smaller count.")
flags.DEFINE_string("tokenizer", None, "Tokenizer folder (Hugging Face), or 'tiny' to train a small one.")
flags.DEFINE_integer("tiny_vocab_size", 2048, "Vocabulary of the 'tiny' tokenizer.")
flags.DEFINE_string("output", None, "Output folder.")
flags.DEFINE_bool("overwrite", False, "Replace an existing prepared-data folder (one with manifest.json).")
flags.DEFINE_integer("seq_len", 2048, "Sequence length for the packing summary.")
flags.DEFINE_integer("seed", 42, "Seed of the splits, augmentation and ranking tasks.")
flags.DEFINE_list("fractions", ["0.7", "0.2", "0.1"], "Cue fractions for SFT train, PPO, test.")
flags.DEFINE_integer("target_examples", 1_000_000, "SFT examples to aim for (ALIGN augmentation).")
flags.DEFINE_float("keep_fraction", 0.7, "Fraction of a cue's associations kept per SFT copy.")
flags.DEFINE_integer("val_examples", 800, "SFT examples held out for validation.")
flags.DEFINE_integer("ranking_k", 10, "Words per PPO ranking task.")
flags.DEFINE_integer("questions_per_cue", 6, "PPO ranking tasks per cue.")
flags.DEFINE_string("templates", None, "JSON file overriding prompt templates (see align_jax/data/templates.py).")
flags.DEFINE_string("cache_dir", None, "Cache folder (default ~/.cache/align_jax/prepared; 'none' disables).")

# The smallest value of each integer flag: a negative seed reached numpy as a traceback, and
# a negative count or size was taken silently.
INT_MINIMUM = {"min_count": 0, "tiny_vocab_size": 1, "seq_len": 1, "seed": 0, "target_examples": 1,
               "val_examples": 0, "ranking_k": 2, "questions_per_cue": 1}


def _check_int_flags() -> None:
    """Refuses an integer flag below its INT_MINIMUM, naming the flag and its value."""
    for name, minimum in INT_MINIMUM.items():
        value = F[name].value
        if value < minimum:
            raise AlignJaxError(f"--{name}={value}: must be >= {minimum}")


def _check_folder_flag(name: str, path: str | Path, itself: bool) -> None:
    """Refuses a path under a regular file (mkdir would say only 'File exists'); with
    ``itself``, also a path that is a file."""
    path = Path(path)
    for p in ([path] if itself else []) + list(path.parents):
        if p.exists() and not p.is_dir():
            raise AlignJaxError(f"--{name}={path}: {p} is a file, where a folder is needed")


def _config() -> PrepareConfig:
    if not F.norms:
        raise AlignJaxError("--norms is required")
    if not F.tokenizer:
        raise AlignJaxError("--tokenizer is required (a folder, or 'tiny')")
    if not F.output:
        raise AlignJaxError("--output is required")
    _check_int_flags()
    try:
        fractions = tuple(float(x) for x in F.fractions)
    except ValueError:
        raise AlignJaxError(f"--fractions: not numbers: {','.join(F.fractions)}") from None
    templates = load_templates(F.templates or "")
    return PrepareConfig(
        norms=tuple(F.norms), tokenizer=F.tokenizer, fmt=F.format, language=F.language,
        response_set=F.response_set, country=F.country, native_language=F.native_language,
        min_count=F.min_count, seed=F.seed, fractions=fractions,
        sft=SFTConfig(target_examples=F.target_examples, keep_fraction=F.keep_fraction,
                      val_examples=F.val_examples),
        ranking=RankingConfig(k=F.ranking_k, questions_per_cue=F.questions_per_cue),
        templates=templates, seq_len=F.seq_len, tiny_vocab_size=F.tiny_vocab_size)


def _print_summary(summary: dict, cached: bool, output: str) -> None:
    s = summary
    print(f"prepared {output}{' (from cache)' if cached else ''}")
    print(f"  cues: {s['cues']} ({s['language']}), pairs {s['cue_response_pairs']}; "
          f"split train/ppo/test = {s['split_sizes']['train']}/{s['split_sizes']['ppo']}/{s['split_sizes']['test']}")
    print(f"  SFT examples: {s['sft_train_examples']} train, {s['sft_val_examples']} val; "
          f"ranking tasks: {s['ranking_tasks']['train']} train, {s['ranking_tasks']['val']} val")
    print(f"  tokens: {s['sft_train_tokens']} ({s['response_tokens']} response), "
          f"mean {s['mean_example_tokens']}, max {s['max_example_tokens']} per example")
    print(f"  packing at {s['seq_len']}: {s['packed_rows']} rows, efficiency {s['packing_efficiency']:.3f}, "
          f"{s['too_long_examples']} examples too long")
    print(f"  rows read {s['rows_read']}, skipped {s['skipped_rows']}; dropped responses: "
          f"{s['missing_responses']} missing, {s['masked_responses']} masked; "
          f"{s['filtered_rows']} rows filtered; {s['below_min_count']} pairs below min count")
    for line in s["skipped_examples"]:
        print(f"    skipped: {line}")
    print(f"  {s['seconds']} s")


def main(argv):
    if len(argv) > 1:
        raise AlignJaxError(f"unexpected arguments: {' '.join(argv[1:])}")
    config = _config()
    cache = None if (F.cache_dir or "").lower() == "none" else (F.cache_dir or default_cache_dir())
    # Before the work: the output is written, and the cache filled, only at the end.
    _check_folder_flag("output", F.output, itself=False)  # an output that is a file: prepare()
    if cache:
        _check_folder_flag("cache_dir", cache, itself=True)
    summary, cached = prepare(config, F.output, cache_dir=cache, overwrite=F.overwrite,
                              log=lambda m: print(m, flush=True))
    _print_summary(summary, cached, F.output)


if __name__ == "__main__":
    cli.run(main)
