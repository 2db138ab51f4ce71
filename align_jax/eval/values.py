"""World Values Survey items (GlobalOpinionQA), answer distributions and distances.

Items come from GlobalOpinionQA's released CSV or a simple JSONL form; each keeps the
human answer distribution of every country. A model's distribution over the options is
read from one batched, jitted scoring pass (:func:`score_options`): the probability of
each option number token at the answer position, renormalised over the options.
"""

from __future__ import annotations

import ast
import csv
import functools
import math
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from align_jax.data.chat import encode_prompts  # noqa: F401  (the survey prompts' ids)
from align_jax.errors import AlignJaxError
from align_jax.eval.generations import json_objects

TARGETS = ("United States", "China")
KL_EPS = 1e-6
HIGH_TENSION_N = 50

INTROS = {
    "en": "Please answer the following question from the World Values Survey.",
    "zh": "请回答以下来自世界价值观调查的问题。",
}
ASKS = {
    "en": "Answer with the number of one option only.\nAnswer:",
    "zh": "请只回答一个选项的编号。\n答案：",
}
QUESTION_LABEL = {"en": "Question: ", "zh": "问题："}


@dataclass(frozen=True)
class WVSItem:
    """One survey question; ``selections`` maps country → probabilities over ``options``."""

    question: str
    options: tuple[str, ...]
    selections: Mapping[str, tuple[float, ...]] = field(repr=False)
    source: str = "WVS"
    where: str = ""


# --- parsing --------------------------------------------------------------------------

# The released `selections` cell is the repr of a collections.defaultdict. Only this
# exact wrapper is accepted; the dict literal inside goes through ast.literal_eval,
# which evaluates literals only (no names, calls or attributes), so nothing runs.
_DEFAULTDICT = re.compile(r"\A\s*defaultdict\(<class 'list'>,\s*(\{.*\})\s*\)\s*\Z", re.S)


def parse_selections(text: str, where: str = "selections") -> dict[str, tuple[float, ...]]:
    """``defaultdict(<class 'list'>, {'Country': [p, ...], ...})`` → dict, without eval."""
    m = _DEFAULTDICT.match(text)
    if not m:
        raise AlignJaxError(f"{where}: expected \"defaultdict(<class 'list'>, {{...}})\", "
                            f"got {text[:60]!r}")
    literal = m.group(1)
    try:
        value = ast.literal_eval(literal)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise AlignJaxError(f"{where}: not a literal country -> probabilities dict "
                            f"(refused to evaluate {text[:60]!r})") from None
    if not isinstance(value, dict):
        raise AlignJaxError(f"{where}: expected a dict, got {type(value).__name__}")
    out: dict[str, tuple[float, ...]] = {}
    for country, probs in value.items():
        if not isinstance(country, str) or not isinstance(probs, (list, tuple)) or not all(
                isinstance(p, (int, float)) and not isinstance(p, bool) for p in probs):
            raise AlignJaxError(f"{where}: country {country!r} must map to a list of numbers")
        out[country] = tuple(float(p) for p in probs)
    return out


def parse_options(text: str, where: str = "options") -> tuple[str, ...]:
    """A Python list literal of strings (``"['Yes', \"Don't know\"]"``) → tuple, without eval."""
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise AlignJaxError(f"{where}: not a literal list of strings ({text[:60]!r})") from None
    if not isinstance(value, (list, tuple)) or not value or not all(
            isinstance(o, str) for o in value):
        raise AlignJaxError(f"{where}: expected a non-empty list of strings")
    return tuple(value)


_CSV_COLUMNS = ("question", "selections", "options", "source")


def load_globalopinion_csv(path: str | Path) -> list[WVSItem]:
    """Every row of GlobalOpinionQA's released CSV as a :class:`WVSItem` (all sources)."""
    path = Path(path)
    # Cells hold long Python literals; lift the csv module's 128 KiB field limit.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in _CSV_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise AlignJaxError(
                    f"{path}: missing column(s) {', '.join(missing)} (found: "
                    f"{', '.join(reader.fieldnames or []) or 'none'}); expected "
                    f"GlobalOpinionQA's {', '.join(_CSV_COLUMNS)}")
            items = []
            for row_no, row in enumerate(reader, start=2):
                where = f"{path}:{row_no}"
                items.append(WVSItem(
                    question=(row["question"] or "").strip(),
                    options=parse_options(row["options"] or "", f"{where}: options"),
                    selections=parse_selections(row["selections"] or "", f"{where}: selections"),
                    source=(row["source"] or "").strip(), where=where))
    except OSError as e:
        raise AlignJaxError(f"{path}: cannot read WVS file ({e.strerror})") from None
    except UnicodeDecodeError:
        raise AlignJaxError(f"{path}: WVS file is not UTF-8") from None
    return items


def load_wvs_jsonl(path: str | Path) -> list[WVSItem]:
    """JSONL form, one item per line::

        {"question": "...", "options": ["Yes", "No"],
         "selections": {"United States": [0.7, 0.3], "China": [0.4, 0.6]},
         "source": "WVS"}        # source optional, default "WVS"
    """
    items = []
    for where, _, rec in json_objects(path, "WVS file"):
        unknown = set(rec) - {"question", "options", "selections", "source"}
        if unknown:
            raise AlignJaxError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        for key in ("question", "options", "selections"):
            if key not in rec:
                raise AlignJaxError(f"{where}: missing key {key!r}")
        q, opts, sel = rec["question"], rec["options"], rec["selections"]
        if not isinstance(q, str) or not q.strip():
            raise AlignJaxError(f"{where}: 'question' must be a non-empty string")
        if not isinstance(opts, list) or not opts or not all(isinstance(o, str) for o in opts):
            raise AlignJaxError(f"{where}: 'options' must be a non-empty list of strings")
        if not isinstance(sel, dict) or not all(
                isinstance(v, list) and all(isinstance(p, (int, float)) and not isinstance(p, bool)
                                            for p in v) for v in sel.values()):
            raise AlignJaxError(f"{where}: 'selections' must map country -> list of numbers")
        items.append(WVSItem(question=q.strip(), options=tuple(opts),
                             selections={c: tuple(map(float, v)) for c, v in sel.items()},
                             source=str(rec.get("source", "WVS")), where=where))
    return items


def load_wvs(path: str | Path) -> list[WVSItem]:
    """By extension: ``.jsonl`` → :func:`load_wvs_jsonl`, else the GlobalOpinionQA CSV."""
    return (load_wvs_jsonl if str(path).endswith(".jsonl") else load_globalopinion_csv)(path)


def select_items(items: Sequence[WVSItem], countries: Sequence[str] = TARGETS,
                 source: str | None = "WVS") -> tuple[list[WVSItem], dict[str, int]]:
    """Items from ``source`` (None: any) with a usable distribution for every country.

    Usable: as many probabilities as options, all finite, none negative, positive sum; it is then
    renormalised to 1 (released rows sum to 1 only up to rounding). Returns the kept
    items and the count of each reason for dropping one.
    """
    kept, dropped = [], {"other source": 0, "missing country": 0, "bad distribution": 0}
    for it in items:
        if source is not None and it.source != source:
            dropped["other source"] += 1
            continue
        if any(c not in it.selections for c in countries):
            dropped["missing country"] += 1
            continue
        sel = {}
        for c in countries:
            p = np.asarray(it.selections[c], dtype=np.float64)
            if p.size != len(it.options) or not np.all(np.isfinite(p)) or np.any(p < 0) or p.sum() <= 0:
                break  # (a NaN or an infinity would turn every distance into null)
            sel[c] = tuple((p / p.sum()).tolist())
        else:
            kept.append(WVSItem(it.question, it.options, sel, it.source, it.where))
            continue
        dropped["bad distribution"] += 1
    return kept, dropped


# --- distances --------------------------------------------------------------------------

def _dist(p) -> np.ndarray:
    p = np.asarray(p, dtype=np.float64)
    return p / p.sum()


def emd(p, q) -> float:
    """Wasserstein-1 over option positions 0..N−1 (unit spacing): Σ_i |P_i − Q_i|, P, Q CDFs."""
    return float(np.abs(np.cumsum(_dist(p)) - np.cumsum(_dist(q))).sum())


def emd_norm(p, q) -> float:
    """Wasserstein-1 divided by N − 1, the largest possible value, so it lies in [0, 1]."""
    n = len(p)
    return emd(p, q) / (n - 1) if n > 1 else 0.0


def js(p, q) -> float:
    """Jensen–Shannon divergence, base 2 (in [0, 1]): ½KL(p‖m) + ½KL(q‖m), m = (p+q)/2."""
    p, q = _dist(p), _dist(q)
    m = (p + q) / 2

    def kl2(a):  # 0·log 0 = 0; m > 0 wherever a > 0
        nz = a > 0
        return float(np.sum(a[nz] * np.log2(a[nz] / m[nz])))

    return max(0.0, 0.5 * kl2(p) + 0.5 * kl2(q))


def kl(p, q, eps: float = KL_EPS) -> float:
    """KL(p‖q) in nats after adding ``eps`` to every probability and renormalising,
    so an option one side never chose gives a large finite value, not infinity."""
    p, q = _dist(np.asarray(p) + eps), _dist(np.asarray(q) + eps)
    return float(np.sum(p * np.log(p / q)))


def argmax_agree(p, q) -> bool:
    """Same most likely option (ties: the first such option)."""
    return int(np.argmax(p)) == int(np.argmax(q))


def combined(p, q) -> float:
    """0.5·JS₂(p, q) + 0.5·EMD_norm(p, q): the paper's tension / closeness distance."""
    return 0.5 * js(p, q) + 0.5 * emd_norm(p, q)


def distances(p, q, eps: float = KL_EPS) -> dict[str, float]:
    """Every distance of ``p`` (model) to ``q`` (a country)."""
    return {"emd": emd(p, q), "emd_norm": emd_norm(p, q), "js": js(p, q),
            "kl_model_country": kl(p, q, eps), "kl_country_model": kl(q, p, eps),
            "argmax_agree": float(argmax_agree(p, q)), "combined": combined(p, q)}


def high_tension(items: Sequence[WVSItem], n: int = HIGH_TENSION_N,
                 countries: Sequence[str] = TARGETS) -> list[int]:
    """Indices of the ``n`` items with the largest combined(country A, country B),
    largest first (ties keep item order)."""
    a, b = countries
    score = [combined(it.selections[a], it.selections[b]) for it in items]
    return sorted(range(len(items)), key=lambda i: -score[i])[:n]


def compare_values(items: Sequence[WVSItem], model_probs: Sequence[Sequence[float]],
                   *, countries: Sequence[str] = TARGETS, n_tension: int = HIGH_TENSION_N,
                   eps: float = KL_EPS) -> dict:
    """Distances of the model's distributions to each country, over all items and over
    the high-tension subset, plus the counts of items closer to each country.

    Closer to B than to A when combined(model, A) > combined(model, B); equal → "tie".
    """
    if len(items) != len(model_probs):
        raise AlignJaxError(f"{len(model_probs)} model distributions for {len(items)} items")
    per_item = []
    for it, p in zip(items, model_probs):
        if len(p) != len(it.options):
            raise AlignJaxError(f"{it.where}: model distribution has {len(p)} values for "
                                f"{len(it.options)} options")
        per_item.append({c: distances(p, it.selections[c], eps) for c in countries})
    tension = high_tension(items, n_tension, countries)

    def summarise(idx: Sequence[int]) -> dict:
        out: dict = {"n_items": len(idx)}
        for c in countries:
            out[c] = {k: float(np.mean([per_item[i][c][k] for i in idx])) if idx else math.nan
                      for k in per_item[0][c]} if per_item else {}
        a, b = countries
        da = np.array([per_item[i][a]["combined"] for i in idx])
        db = np.array([per_item[i][b]["combined"] for i in idx])
        out["closer"] = {a: int(np.sum(da < db)), b: int(np.sum(db < da)),
                         "tie": int(np.sum(da == db))}
        return out

    return {"countries": list(countries), "kl_eps": eps, "all": summarise(range(len(items))),
            "high_tension": summarise(tension), "high_tension_items": tension,
            "per_item": per_item}


# --- prompts and scoring -------------------------------------------------------------------

def build_prompt(item: WVSItem, language: str = "en", intro: str | None = None,
                 ask: str | None = None) -> str:
    """Survey introduction, the question, numbered options (1-based), the request for a number."""
    if language not in INTROS and (intro is None or ask is None):
        raise AlignJaxError(f"no survey prompt for language {language!r}: pass intro and ask "
                            f"(built in: {', '.join(INTROS)})")
    intro = INTROS[language] if intro is None else intro
    ask = ASKS[language] if ask is None else ask
    label = QUESTION_LABEL.get(language, "")
    opts = "\n".join(f"{i}. {o}" for i, o in enumerate(item.options, start=1))
    return f"{intro}\n\n{label}{item.question}\n{opts}\n{ask}"


def option_token_ids(encode: Callable[[str], Sequence[int]], n_options: int,
                     prefix: str = "") -> list[int]:
    """Token id of each option number "1" … "N" (``prefix`` e.g. " " when the answer
    follows a space). A number that is not a single token cannot be read at one position:
    error (Qwen splits digits, so "10" is two tokens)."""
    ids = []
    for i in range(1, n_options + 1):
        toks = list(encode(f"{prefix}{i}"))
        if len(toks) != 1:
            raise AlignJaxError(f"option number {i!r} is {len(toks)} tokens in this tokenizer; "
                                f"items with more than 9 options cannot be scored at one position")
        ids.append(int(toks[0]))
    return ids


def scorable_items(items: Sequence[WVSItem], encode: Callable[[str], Sequence[int]],
                   prefix: str = "") -> tuple[list[WVSItem], list[list[int]], int]:
    """Items whose option numbers are single tokens, their option ids, and how many were
    dropped (e.g. 10-option items under Qwen's digit-by-digit tokenizer)."""
    kept, ids, dropped = [], [], 0
    for it in items:
        try:
            ids.append(option_token_ids(encode, len(it.options), prefix))
        except AlignJaxError:
            dropped += 1
            continue
        kept.append(it)
    return kept, ids, dropped


def pad_batch(prompts: Sequence[Sequence[int]], option_ids: Sequence[Sequence[int]],
              pad_id: int = 0, length_multiple: int = 16):
    """Right-pad token lists to one length (rounded up to ``length_multiple`` so nearby
    batch shapes share one compilation) and options to the widest item.

    Returns numpy arrays: input_ids [B,T], attention_mask [B,T], answer_pos [B]
    (index of each prompt's last token), option_ids [B,K], option_mask [B,K].
    """
    b = len(prompts)
    t = max(len(p) for p in prompts)
    t = -(-t // length_multiple) * length_multiple
    k = max(len(o) for o in option_ids)
    ids = np.full((b, t), pad_id, np.int32)
    mask = np.zeros((b, t), np.int32)
    opt = np.zeros((b, k), np.int32)
    omask = np.zeros((b, k), bool)
    for i, (p, o) in enumerate(zip(prompts, option_ids)):
        ids[i, :len(p)] = p
        mask[i, :len(p)] = 1
        opt[i, :len(o)] = o
        omask[i, :len(o)] = True
    pos = np.array([len(p) - 1 for p in prompts], np.int32)
    return ids, mask, pos, opt, omask


def _option_probs(logits_at_answer, option_ids, option_mask):
    """softmax over the options' logits only: p_j = exp(z_j) / Σ_{i ∈ options} exp(z_i),
    which equals the full-vocabulary probabilities renormalised over the options."""
    import jax
    import jax.numpy as jnp

    z = jnp.take_along_axis(logits_at_answer, option_ids, axis=-1)
    z = jnp.where(option_mask, z, -jnp.inf)
    return jax.nn.softmax(z, axis=-1)


@functools.lru_cache(maxsize=8)  # one compiled scorer per (config, forward), across calls
def make_scorer(config, forward: Callable | None = None):
    """A jitted ``score(params, input_ids, attention_mask, answer_pos, option_ids,
    option_mask, lora) -> probs [B, K]`` (zeros where option_mask is False).

    By default it runs the decoder's hidden states and projects only the answer position
    onto the vocabulary: the same logits as ``forward`` at that position, without the
    [B, T, V] tensor (16 GB for 250 prompts of 128 tokens under Llama's 128k vocabulary).
    A custom ``forward`` returning [B, T, V] logits can be injected instead.
    """
    import jax
    import jax.numpy as jnp

    if forward is None:
        from align_jax import models  # noqa: PLC0415 (model only when scoring)

        def answer_logits(params, input_ids, attention_mask, answer_pos, lora):
            h = models.hidden_states(config, params, input_ids, attention_mask=attention_mask,
                                     lora=lora)
            h = jnp.take_along_axis(h, answer_pos[:, None, None], axis=1)   # [B, 1, D]
            return models.logits_from_hidden(config, params, h)[:, 0]
    else:
        def answer_logits(params, input_ids, attention_mask, answer_pos, lora):
            logits = forward(config, params, input_ids, attention_mask=attention_mask, lora=lora)
            return jnp.take_along_axis(logits, answer_pos[:, None, None], axis=1)[:, 0]

    @jax.jit
    def score(params, input_ids, attention_mask, answer_pos, option_ids, option_mask, lora=None):
        at = answer_logits(params, input_ids, attention_mask, answer_pos, lora)
        return _option_probs(at.astype(jnp.float32), option_ids, option_mask)

    return score


def score_options(config, params, prompts: Sequence[Sequence[int]],
                  option_ids: Sequence[Sequence[int]], *, lora=None, pad_id: int = 0,
                  batch_size: int | None = None, forward: Callable | None = None,
                  ) -> list[list[float]]:
    """Each prompt's distribution over its options, read at its last token.

    One jitted forward over right-padded prompts with an attention mask; ``batch_size``
    (None: everything in one pass) bounds memory for large models, each chunk padded
    to the same shape so the function compiles once.
    """
    if len(prompts) != len(option_ids):
        raise AlignJaxError(f"{len(prompts)} prompts but {len(option_ids)} option lists")
    if not prompts:
        return []
    ids, mask, pos, opt, omask = pad_batch(prompts, option_ids, pad_id)
    score = make_scorer(config, forward)
    bs = batch_size or len(prompts)
    out = []
    for start in range(0, len(prompts), bs):
        sl = slice(start, start + bs)
        chunk = [ids[sl], mask[sl], pos[sl], opt[sl], omask[sl]]
        n = chunk[0].shape[0]
        if n < bs:  # pad the last chunk with copies of its first row: same shape, one compile
            chunk = [np.concatenate([a, np.repeat(a[:1], bs - n, axis=0)]) for a in chunk]
        probs = np.asarray(score(params, *chunk, lora))[:n]
        out.extend(row[m].tolist() for row, m in zip(probs, omask[sl]))
    return out


class WVSAnswers(dict):
    """question -> a model's probabilities, with ``where[question]``: the "file:line" it
    came from (for errors about that answer)."""

    def __init__(self):
        super().__init__()
        self.where: dict[str, str] = {}


def load_wvs_answers(path: str | Path) -> WVSAnswers:
    """A model's answers from JSONL, one ``{"question": "...", "probs": [p1, ..., pN]}`` per
    line (probabilities over the options in their listed order; renormalised later)."""
    out = WVSAnswers()
    for where, _, rec in json_objects(path, "WVS answers"):
        if not isinstance(rec.get("question"), str):
            raise AlignJaxError(f"{where}: missing 'question' string")
        probs = rec.get("probs")
        if not isinstance(probs, list) or not probs or not all(
                isinstance(p, (int, float)) and not isinstance(p, bool) and math.isfinite(p) and p >= 0
                for p in probs) or sum(probs) <= 0:
            raise AlignJaxError(f"{where}: 'probs' must be a non-empty list of non-negative "
                                f"finite numbers with a positive sum")
        question = rec["question"].strip()
        if question in out:  # which of the two answers would count?
            raise AlignJaxError(f"{where}: question {question!r} answered twice (first at "
                                f"{out.where[question]})")
        out[question] = [float(p) for p in probs]
        out.where[question] = where
    return out


def check_answers(items: Sequence[WVSItem], answers: WVSAnswers) -> None:
    """Each answer has one probability per option of its item: the answers' line is named."""
    for it in items:
        probs = answers.get(it.question)
        if probs is not None and len(probs) != len(it.options):
            raise AlignJaxError(f"{answers.where.get(it.question, 'WVS answers')}: {len(probs)} "
                                f"probabilities for the {len(it.options)} options of {it.where}")
