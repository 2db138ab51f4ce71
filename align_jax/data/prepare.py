"""The whole preparation: norms -> cue splits -> SFT examples and ranking tasks -> tokens, cached.

Output folder (every later stage reads these):
  manifest.json   config, cache key and summary
  splits.json     the cue splits (train / ppo / test)
  norms.csv       the cleaned norms (cue,response,count), e.g. the gold lists for evaluation
  sft_train/, sft_val/   ``datasets`` Arrow folders: cue, instruction, response, input_ids, prompt_len
  ranking.jsonl   PPO ranking tasks (cue, prompt, shown, gold, gold_counts, split)
  tokenizer/      only when a tiny tokenizer was trained for this run

A run whose inputs and config hash to a cached entry copies that entry instead of
recomputing, once every file matches the size and SHA-256 its manifest records (a damaged
entry is rebuilt, never served). The output's files are copies, not links: editing one
changes neither the cache nor another folder. Outputs are built in a temporary folder and
renamed into place, so a failed run leaves an existing output untouched.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from align_jax.data import norms as norms_lib
from align_jax.data.chat import ChatFormat
from align_jax.data.packing import PackedBatches
from align_jax.data.ranking import RankingConfig, build_ranking_tasks
from align_jax.data.sft import (SFTConfig, SFTExamples, build_sft_examples, split_validation,
                                usable_responses)
from align_jax.data.splits import DEFAULT_FRACTIONS, save_splits, split_cues
from align_jax.data.templates import PromptTemplates, load_templates  # noqa: F401  (re-exported)
from align_jax.data.tokens import TokenizedExamples, tokenize_examples
from align_jax.errors import AlignJaxError

FORMAT_VERSION = 1
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
                   "chat_template.jinja", "vocab.json", "merges.txt", "tokenizer.model",
                   "added_tokens.json")
TINY = "tiny"


@dataclasses.dataclass(frozen=True)
class PrepareConfig:
    norms: tuple[str, ...]
    tokenizer: str                        # a tokenizer folder, or "tiny" (trained on the norms)
    fmt: str = "auto"
    language: str | None = None           # None: detect from the cues
    response_set: str = "R123"
    country: str | None = None
    native_language: str | None = None
    min_count: int = 1
    seed: int = 42
    fractions: tuple[float, float, float] = DEFAULT_FRACTIONS
    sft: SFTConfig = SFTConfig()
    ranking: RankingConfig = RankingConfig()
    templates: dict | None = None         # overrides of the language's PromptTemplates
    seq_len: int = 2048                   # for the packing summary
    tiny_vocab_size: int = 2048


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 22), b""):
            h.update(block)
    return h.hexdigest()


def cache_key(config: PrepareConfig) -> str:
    """Hash of the inputs' bytes (norms, tokenizer files) and the whole config."""
    parts = {"version": FORMAT_VERSION, "config": dataclasses.asdict(config)}
    # The code that makes the data is an input too: a changed module invalidates the cache.
    here = Path(__file__).parent
    parts["code_sha"] = [_sha256_file(p) for p in sorted(here.glob("*.py"))]
    parts["norms_sha"] = [_sha256_file(Path(p)) if Path(p).is_file() else str(p) for p in config.norms]
    if config.tokenizer != TINY:
        tdir = Path(config.tokenizer)
        parts["tokenizer_sha"] = {n: _sha256_file(tdir / n) for n in TOKENIZER_FILES if (tdir / n).is_file()}
    parts["config"]["norms"] = [os.path.basename(p) for p in config.norms]  # content, not location
    parts["config"]["tokenizer"] = TINY if config.tokenizer == TINY else "folder"
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:24]


def load_tokenizer(path: str):
    """A transformers fast tokenizer from a local folder (offline)."""
    from transformers import AutoTokenizer

    if not Path(path, "tokenizer.json").is_file() and not Path(path, "tokenizer_config.json").is_file():
        raise AlignJaxError(f"{path}: not a tokenizer folder (no tokenizer.json or tokenizer_config.json)")
    try:
        return AutoTokenizer.from_pretrained(path, local_files_only=True)
    except Exception as e:  # transformers raises many types, over several lines: one line
        missing = "" if Path(path, "tokenizer.json").is_file() else "no tokenizer.json; "
        reason = " ".join(str(e).split())[:240]
        raise AlignJaxError(f"{path}: cannot load the tokenizer ({missing}{reason})") from None


def check_vocab(tokenizer_size: int, tokenizer_source: str, model_vocab: int, model_source: str) -> None:
    """Refuses a tokenizer whose ids do not all have an embedding in the model."""
    if tokenizer_size > model_vocab:
        raise AlignJaxError(f"the tokenizer ({tokenizer_source}) has {tokenizer_size} tokens but the "
                            f"model ({model_source}) only {model_vocab} embeddings; use the data "
                            "prepared with the model's own tokenizer")


def _sft_dataset(examples: SFTExamples, tokens: TokenizedExamples):
    import datasets
    import pyarrow as pa

    datasets.disable_progress_bars()  # the launch script prints its own summary
    table = tokens.to_arrow()
    for name in ("cue", "instruction", "response"):
        table = table.append_column(name, pa.array(getattr(examples, name), pa.large_string()))
    return datasets.Dataset(table)


def build(config: PrepareConfig, out: Path, log=print, setting_prefix: str = "--") -> dict:
    """Run the preparation into the (empty) folder ``out``; returns the summary.

    Data that cannot train (no example fits `seq_len`) is refused, naming the setting
    as `setting_prefix` + name (`--seq_len` for the launch script, `data.seq_len` in a run)."""
    t0 = time.perf_counter()
    norms, stats = norms_lib.load_norms(
        list(config.norms), fmt=config.fmt, language=config.language,
        response_set=config.response_set, country=config.country,
        native_language=config.native_language, min_count=config.min_count)
    log(f"loaded {len(norms.cues)} cues, {norms.n_pairs} cue-response pairs ({norms.language})")
    splits = split_cues(norms.cues, config.seed, config.fractions)
    templates = PromptTemplates.for_language(norms.language)
    if config.templates:
        templates = PromptTemplates.from_dict(templates, dict(config.templates))
    sft_cfg = dataclasses.replace(config.sft, seed=config.seed)
    examples = build_sft_examples(norms.cues, splits.train, templates, sft_cfg)
    train, val = split_validation(examples, sft_cfg.val_examples, config.seed)
    tasks = build_ranking_tasks(norms.cues, splits.ppo, templates,
                                dataclasses.replace(config.ranking, seed=config.seed))

    if config.tokenizer == TINY:
        from align_jax.data.tiny_tokenizer import build_tiny_tokenizer

        texts = [templates.sft_instruction, templates.ranking_instruction, *examples.response[::7],
                 *norms.cues]
        build_tiny_tokenizer(texts, out / "tokenizer", vocab_size=config.tiny_vocab_size)
        tokenizer = load_tokenizer(str(out / "tokenizer"))
    else:
        tokenizer = load_tokenizer(config.tokenizer)
    chat = ChatFormat.from_tokenizer(tokenizer)
    tok_train = tokenize_examples(tokenizer, chat, train.instruction, train.response)
    tok_val = tokenize_examples(tokenizer, chat, val.instruction, val.response)

    save_splits(splits, out / "splits.json")
    norms_lib.write_counts_csv(norms, out / "norms.csv")
    _sft_dataset(train, tok_train).save_to_disk(str(out / "sft_train"))
    _sft_dataset(val, tok_val).save_to_disk(str(out / "sft_val"))
    with open(out / "ranking.jsonl", "w", encoding="utf-8") as f:
        for t in tasks:
            f.write(json.dumps(t.to_json(), ensure_ascii=False) + "\n")

    packed = PackedBatches(tok_train, config.seq_len, global_batch=1, seed=config.seed)
    if len(tok_train) and packed.plan(0).n_rows == 0:
        raise AlignJaxError(f"{setting_prefix}seq_len={config.seq_len}: no SFT example fits in a row "
                            f"(the shortest has {int(tok_train.lengths.min())} tokens); raise it")
    n_tok = int(tok_train.lengths.sum())
    summary = {
        "language": norms.language,
        "cues": len(norms.cues),
        "cue_response_pairs": norms.n_pairs,
        "split_sizes": {"train": len(splits.train), "ppo": len(splits.ppo), "test": len(splits.test)},
        "sft_train_examples": len(train),
        # Multi-word responses with the list separator in them ("kidnap, steal") would not
        # parse back as one item, so the SFT targets leave them out; this many, of train cues.
        "separator_responses_left_out": sum(
            len(norms.cues[c]) - len(usable_responses(norms.cues[c], templates.list_separator))
            for c in splits.train),
        "sft_val_examples": len(val),
        "ranking_tasks": {"train": sum(t.split == "train" for t in tasks),
                          "val": sum(t.split == "val" for t in tasks)},
        "sft_train_tokens": n_tok,
        "response_tokens": int(n_tok - tok_train.prompt_lens.sum()),
        "mean_example_tokens": round(n_tok / max(1, len(tok_train)), 1),
        "max_example_tokens": int(tok_train.lengths.max()),
        "seq_len": config.seq_len,
        "packed_rows": packed.plan(0).n_rows,
        "packing_efficiency": round(packed.efficiency(0), 4),
        "too_long_examples": packed.too_long,
        "chat_template": bool(getattr(tokenizer, "chat_template", None)),
        "rows_read": stats.rows,
        "skipped_rows": stats.bad_rows,
        "skipped_examples": stats.bad_examples,
        "missing_responses": stats.missing,
        "masked_responses": stats.masked,
        "filtered_rows": stats.filtered,
        "below_min_count": stats.below_min_count,
        "seconds": round(time.perf_counter() - t0, 2),
    }
    _write_manifest(out / "manifest.json", config, summary, _file_table(out))
    return summary


def _write_manifest(path: Path, config: PrepareConfig, summary: dict, files: dict,
                    from_cache: str | None = None) -> None:
    manifest = {"format_version": FORMAT_VERSION, "config": dataclasses.asdict(config),
                "summary": summary, "files": files, "from_cache": from_cache}
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")


def _files(folder: Path) -> list[str]:
    """The relative paths of a prepared folder's files, but its own manifest."""
    rels = (p.relative_to(folder).as_posix() for p in sorted(folder.rglob("*")) if p.is_file())
    return [rel for rel in rels if rel != "manifest.json"]


def _file_table(folder: Path) -> dict:
    """{relative path: {size, sha256}} of a prepared folder's files: what a cache hit checks."""
    return {rel: {"size": (folder / rel).stat().st_size, "sha256": _sha256_file(folder / rel)}
            for rel in _files(folder)}


def _damage(folder: Path) -> str:
    """What makes a prepared folder differ from its manifest's file list ('' if nothing)."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        expected = {rel: (int(f["size"]), str(f["sha256"])) for rel, f in manifest["files"].items()}
    except FileNotFoundError:
        return "no manifest.json"
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return "manifest.json unreadable or without its file list"
    if not isinstance(manifest.get("summary"), dict):
        return "manifest.json has no summary"
    present = set(_files(folder))
    if set(expected) - present:
        return f"{min(set(expected) - present)} is missing"
    if present - set(expected):
        return f"{min(present - set(expected))} is not in its manifest"
    for rel, (size, sha) in sorted(expected.items()):
        if (folder / rel).stat().st_size != size or _sha256_file(folder / rel) != sha:
            return f"{rel} was changed"
    return ""


def default_cache_dir() -> Path:
    return Path(os.environ.get("ALIGN_JAX_CACHE", Path.home() / ".cache" / "align_jax")) / "prepared"


def prepare(config: PrepareConfig, output: str | Path, *, cache_dir: str | Path | None = None,
            overwrite: bool = False, log=print, setting_prefix: str = "--") -> tuple[dict, bool]:
    """Prepare into ``output`` (atomically); returns (summary, whether it came from the cache).

    An existing ``output`` is replaced only with ``overwrite`` and only when it is a
    prepared-data folder (it holds manifest.json) or an empty folder."""
    output = Path(output)
    if output.exists() or output.is_symlink():
        replaceable = output.is_dir() and ((output / "manifest.json").is_file() or not any(output.iterdir()))
        if not replaceable:
            raise AlignJaxError(f"{output}: not a prepared data folder (no manifest.json); "
                                "prepare replaces only its own output: name another folder")
        if not overwrite:
            raise AlignJaxError(f"{output}: output folder exists; pass --overwrite to replace it")
    for p in config.norms:
        if Path(p).is_dir():
            raise AlignJaxError(f"{p}: is a folder, not a norms file; name the CSV file itself")
        if not Path(p).is_file():
            raise AlignJaxError(f"{p}: norms file not found")
    key = cache_key(config)
    entry = Path(cache_dir) / key if cache_dir else None
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{output.name}.tmp-", dir=output.parent))
    try:
        summary = _from_cache(entry, tmp, config, key, log) if entry else None
        hit = summary is not None
        if not hit:
            summary = build(config, tmp, log=log, setting_prefix=setting_prefix)
            if entry:
                _store(tmp, entry)
        _replace(tmp, output)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return summary, hit


def _from_cache(entry: Path, tmp: Path, config: PrepareConfig, key: str, log) -> dict | None:
    """Copy a sound cache entry into the empty folder ``tmp``; returns its summary, or None
    when there is no entry or it is damaged (then it is removed, for the rebuilt one)."""
    if not entry.exists():
        return None
    problem = _damage(entry)
    if problem:
        log(f"cache entry {entry} is damaged ({problem}); rebuilding it")
        _discard(entry)
        return None
    shutil.rmtree(tmp)
    shutil.copytree(entry, tmp)  # copies: an edit of the output must not reach the cache
    manifest_path = tmp / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    # This run's own config (paths may differ).
    _write_manifest(manifest_path, config, manifest["summary"], manifest["files"], from_cache=key)
    return manifest["summary"]


def _discard(entry: Path) -> None:
    """Remove a cache entry: renamed aside first, so that no run finds it half-deleted."""
    aside = entry.with_name(f".{entry.name}.damaged-{os.getpid()}")
    try:
        os.rename(entry, aside)
    except OSError:
        return  # another run removed (or replaced) it already
    if aside.is_dir():
        shutil.rmtree(aside, ignore_errors=True)
    else:  # a file where the entry's folder should be
        aside.unlink(missing_ok=True)


def _store(src: Path, entry: Path) -> None:
    """Add a finished folder to the cache (atomic rename; a concurrent winner is kept)."""
    entry.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{entry.name}.tmp-", dir=entry.parent))
    shutil.rmtree(tmp)
    shutil.copytree(src, tmp)  # copies, not links: the output folder is the user's to edit
    try:
        os.rename(tmp, entry)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)


def _replace(tmp: Path, output: Path) -> None:
    """Move ``tmp`` to ``output``, replacing an existing folder only once the new one is whole."""
    if output.exists():
        old = output.with_name(f".{output.name}.old-{os.getpid()}")
        os.rename(output, old)
        os.rename(tmp, output)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(tmp, output)


def load_sft(folder: str | Path, split: str = "train") -> TokenizedExamples:
    """The tokenized SFT examples of a prepared folder (memory-mapped Arrow)."""
    import datasets

    path = Path(folder) / f"sft_{split}"
    if not path.is_dir():
        raise AlignJaxError(f"{path}: no prepared SFT data; run launch/prepare_data.py first")
    if not any(path.glob("*.arrow")):  # saved with no rows (data.val_examples=0): datasets
        return TokenizedExamples.empty()  # writes no shard and cannot load it back
    ds = datasets.load_from_disk(str(path))
    return TokenizedExamples.from_arrow(ds.data.table.select(["input_ids", "prompt_len"]))


def load_ranking(folder: str | Path) -> list[dict]:
    path = Path(folder) / "ranking.jsonl"
    if not path.is_file():
        raise AlignJaxError(f"{path}: no prepared ranking tasks; run launch/prepare_data.py first")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


__all__ = ["PrepareConfig", "prepare", "build", "cache_key", "load_sft", "load_ranking",
           "load_tokenizer", "check_vocab", "default_cache_dir"]
