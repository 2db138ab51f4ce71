"""Evaluation outputs: metrics.json, a Markdown report, plots, and run comparisons.

Files are written atomically (temporary file in the same folder, then rename), and
metrics.json last, so a folder with a metrics.json holds a complete run and a failed
run never leaves a half-written file in place of a good one.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from align_jax.errors import AlignJaxError
from align_jax.eval.paper import PUBLISHED_P5, paper_line, paper_setting

METRICS = "metrics.json"
REPORT = "report.md"
COMPARE_REPORT = "compare.md"
PER_CUE = "per_cue.jsonl"


# --- atomic files ----------------------------------------------------------------------

def _atomic_write(path: Path, write) -> None:
    """Call ``write(tmp_path)`` then rename onto ``path`` (same folder, so same device).
    The file gets the permissions a plain write would (mkstemp's are owner-only), and a
    failure names the file, not its temporary twin."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise AlignJaxError(f"{path}: cannot write ({e.strerror})") from None
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):  # a full disk, a quota: the file the user asked for
            raise AlignJaxError(f"{path}: cannot write ({e.strerror or e})") from None
        raise


def _read_umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it: put back at once, at import
    os.umask(mask)          # (before any thread of ours could create a file in between)
    return mask


_UMASK = _read_umask()


def write_text(path: Path, text: str) -> None:
    _atomic_write(Path(path), lambda p: p.write_text(text, encoding="utf-8"))


def jsonable(x):
    """NaN/inf → None (strict JSON), numpy scalars → Python, tuples → lists."""
    kind = type(x)
    if kind is str or kind is int or kind is bool or x is None:  # most values: no isinstance walk
        return x
    if kind is float:
        return x if math.isfinite(x) else None
    if isinstance(x, Mapping):
        return {str(k): jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [jsonable(v) for v in x]
    if isinstance(x, (np.floating, float)):
        return None if not math.isfinite(float(x)) else float(x)
    if isinstance(x, np.integer):
        return int(x)
    if isinstance(x, np.bool_):
        return bool(x)
    return x


def write_json(path: Path, obj) -> None:
    write_text(path, json.dumps(jsonable(obj), ensure_ascii=False, indent=2, allow_nan=False))


def read_metrics(run_dir: str | Path) -> dict:
    path = Path(run_dir) / METRICS
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AlignJaxError(f"{path}: no metrics.json (not an evaluation run folder?)") from None
    except json.JSONDecodeError as e:
        raise AlignJaxError(f"{path}:{e.lineno}: invalid JSON ({e.msg})") from None


# --- plots (matplotlib's object API with the Agg canvas: no pyplot global state) -----------

def _figure(w=6.0, h=4.0):
    from matplotlib.figure import Figure  # noqa: PLC0415 (import cost only when plotting)
    return Figure(figsize=(w, h), dpi=100)


def _save(fig, path: Path) -> None:
    fig.tight_layout()
    _atomic_write(path, lambda p: fig.savefig(p, format="png"))


def _pk_points(assoc: Mapping) -> tuple[list, np.ndarray, np.ndarray]:
    """(ks, P@k means, their error bars below and above) of a run's associations."""
    ks = list(assoc["ks"])
    s = [assoc["summary"][f"p@{k}"] for k in ks]
    mean = np.array([_num(x["mean"]) for x in s])
    err = np.array([[_num(x["mean"]) - _num(x["ci_low"]) for x in s],
                    [_num(x["ci_high"]) - _num(x["mean"]) for x in s]])
    if np.any(err < 0):  # (NaN compares false: an undefined interval draws no bar)
        raise ValueError("a P@k mean lies outside its confidence interval")
    return ks, mean, err


def _draw_pk(ax, runs: Mapping[str, Mapping], title: str) -> None:
    for name, assoc in runs.items():
        ks, mean, err = _pk_points(assoc)
        ax.errorbar(ks, mean, yerr=err, marker="o", capsize=3, label=name)
    ax.set_xlabel("k")
    ax.set_ylabel("P@k")
    ax.set_ylim(-0.02, 1.02)  # a run at 0 or 1 stays visible
    ax.set_title(title)
    ax.legend()


def plot_pk(runs: Mapping[str, Mapping], path: Path) -> None:
    """P@k against k with the bootstrap CI as error bars, one line per run."""
    fig = _figure()
    _draw_pk(fig.add_subplot(), runs, "Association precision at k (95% bootstrap CI)")
    _save(fig, path)


def plot_pk_panels(panels: Mapping[str, Mapping[str, Mapping]], path: Path) -> None:
    """plot_pk side by side: one panel per title (e.g. cue split), one line per run."""
    fig = _figure(5.0 * len(panels), 4.0)
    for i, (title, runs) in enumerate(panels.items()):
        _draw_pk(fig.add_subplot(1, len(panels), i + 1), runs, f"P@k, {title} (95% bootstrap CI)")
    _save(fig, path)


def plot_lexical(name: str, medians: Mapping[str, Mapping[str, float]],
                 scale: Sequence[float], path: Path) -> None:
    """Histograms of per-cue medians, model against human."""
    fig = _figure()
    ax = fig.add_subplot()
    bins = np.linspace(scale[0], scale[1], 33)
    for side in ("human", "model"):
        vals = list(medians.get(side, {}).values())
        if vals:
            ax.hist(vals, bins=bins, alpha=0.5, label=f"{side} (n={len(vals)})")
    ax.set_xlabel(f"per-cue median {name}")
    ax.set_ylabel("cues")
    ax.set_title(f"{name}: first 10 words per cue")
    ax.legend()
    _save(fig, path)


def plot_wvs(items, model_probs, indices: Sequence[int], countries: Sequence[str],
             path: Path, n: int = 6) -> None:
    """Model vs each country's distribution on the first ``n`` high-tension items."""
    idx = list(indices)[:n]
    if not idx:
        return
    cols = min(3, len(idx))
    rows = -(-len(idx) // cols)
    fig = _figure(4.0 * cols, 3.0 * rows)
    for j, i in enumerate(idx):
        ax = fig.add_subplot(rows, cols, j + 1)
        k = len(items[i].options)
        x = np.arange(1, k + 1)
        series = [("model", model_probs[i])] + [(c, items[i].selections[c]) for c in countries]
        w = 0.8 / len(series)
        for s, (label, p) in enumerate(series):
            ax.bar(x + (s - (len(series) - 1) / 2) * w, p, width=w, label=label)
        q = items[i].question
        ax.set_title(q if len(q) <= 48 else q[:45] + "...", fontsize=8)
        ax.set_xticks(x)
        ax.set_ylim(0, 1)
        if j == 0:
            ax.legend(fontsize=7)
    _save(fig, path)


def _num(x) -> float:
    return math.nan if x is None else float(x)


# --- Markdown ------------------------------------------------------------------------------

def _fmt(x, digits=3) -> str:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "n/a"
    if isinstance(x, float):
        return f"{x:.{digits}f}"
    return str(x)


def _ci(s: Mapping) -> str:
    return f"{_fmt(s['mean'])} [{_fmt(s['ci_low'])}, {_fmt(s['ci_high'])}]"


def render_report(metrics: Mapping, plots: Sequence[str] = ()) -> str:
    """The Markdown report of one run from its (JSON-ready) metrics."""
    m = jsonable(metrics)
    lines = ["# Evaluation report", ""]
    meta = m.get("meta", {})
    if meta:
        lines += ["| setting | value |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in meta.items()]
        lines.append("")
    a = m.get("associations")
    if a:
        miss = a["missing_cues"]
        lines += ["## Word associations", "",
                  f"{a['n_cues']} cues scored; {len(miss)} generated cue(s) missing from the "
                  "norms (not scored)" + (": " + ", ".join(miss[:20]) + (" …" if len(miss) > 20
                                                                       else "") if miss else "."),
                  "",
                  "P@k = |first k generated ∩ all human responses| / k; the denominator stays "
                  "k when fewer than k words were generated. Mean over cues [95% bootstrap CI].",
                  "", "| metric | mean [95% CI] | cues |", "|---|---|---|"]
        lines += [f"| {k} | {_ci(s)} | {s['n']} |" for k, s in a["summary"].items()]
        lines.append("")
        setting = paper_setting(meta.get("model"), meta.get("language"))
        if setting:
            lines += [paper_line(setting) + f" Measured here: P@5 {_fmt(a['summary']['p@5']['mean'])}.",
                      ""]
        if a.get("parse"):
            lines += _parse_section(a["parse"])
    lex = m.get("lexical")
    if lex:
        lines += ["## Lexical norms (first 10 words per cue)", "",
                  "| norm | model mean median | human mean median | model coverage | "
                  "human coverage | model high share | human high share | Wilcoxon p (n) |",
                  "|---|---|---|---|---|---|---|---|"]
        for name, r in lex.items():
            mo, hu, w = r["model"], r["human"], r["wilcoxon"]
            lines.append(f"| {name} | {_fmt(mo['mean_median'])} | {_fmt(hu['mean_median'])} | "
                         f"{_fmt(mo['coverage'])} | {_fmt(hu['coverage'])} | "
                         f"{_fmt(mo.get('high_share'))} | {_fmt(hu.get('high_share'))} | "
                         f"{_fmt(w['p_value'], 4)} ({w['n_pairs']}) |")
        lines += ["", "High share: rated words above the norm's threshold (concreteness > 3.0).",
                  ""]
    v = m.get("values")
    if v:
        cs = v["countries"]
        lines += ["## World Values Survey", "",
                  f"{v['all']['n_items']} items; dropped: "
                  + ", ".join(f"{k} {n}" for k, n in v.get("dropped", {}).items()) + ".", "",
                  f"Combined distance = 0.5·JS (base 2) + 0.5·EMD/(N−1); KL in nats with "
                  f"ε = {v['kl_eps']}.", ""]
        for part in ("all", "high_tension"):
            s = v[part]
            lines += [f"### {part.replace('_', '-')} ({s['n_items']} items)", "",
                      "| distance | " + " | ".join(cs) + " |", "|---|" + "---|" * len(cs)]
            for k in s[cs[0]]:
                lines.append(f"| {k} | " + " | ".join(_fmt(s[c][k]) for c in cs) + " |")
            lines += ["", "Closer to: " + ", ".join(f"{k} {n}" for k, n in s["closer"].items()),
                      ""]
    for p in plots:
        lines += [f"![{Path(p).stem}]({Path(p).name})", ""]
    return "\n".join(lines)


EMPTY_WARNING = 0.05  # a larger share of answers with nothing parsed is flagged in the report


def _parse_section(parse: Mapping) -> list[str]:
    """How the answers were read (answers.parse_answer): share per rule and of empty ones."""
    rules = parse["rules"]
    lines = ["### How the answers were read", "",
             "| rule | share of answers |", "|---|---|"]
    lines += [f"| {r} | {_fmt(share)} |" for r, share in rules.items()]
    lines += ["", f"{parse['n']} answers; {_fmt(parse['mean_words'], 1)} words parsed on average; "
                  f"{_fmt(parse['dropped_share'])} lost some text (preamble, glosses, remarks: "
                  f"see `dropped` in {PER_CUE}); {_fmt(parse['empty_share'])} had nothing "
                  "parsed (scored P@k = 0)."
                  + (f" {_fmt(parse['truncated_share'])} stopped at the token limit (their "
                     "unfinished last item is not counted)." if parse.get("truncated_share") else ""),
              ""]
    if parse["empty_share"] > EMPTY_WARNING:
        lines += [f"**Warning:** {parse['empty_share']:.0%} of the answers had no readable list: "
                  f"the model may answer in a form the parser does not know ({PER_CUE}).", ""]
    return lines


# What a run's evaluation writes besides report.md and metrics.json (which every run
# rewrites): a rerun into the same folder removes those it did not write this time, so the
# folder never mixes two runs (a lexical plot from the run before, which had --lexical).
RUN_OUTPUTS = ("p_at_k.png", "lexical_*.png", "wvs_high_tension.png", PER_CUE)
COMPARE_OUTPUTS = ("compare_p_at_k.png",)


def _remove_stale(out: Path, patterns: Sequence[str], written: Sequence[Path]) -> None:
    keep = {Path(p).name for p in written}
    for pattern in patterns:
        for path in out.glob(pattern):
            if path.name not in keep and path.is_file():
                path.unlink()


def write_run(output_dir: str | Path, metrics: Mapping, *, associations=None, lexical=None,
              wvs=None) -> list[Path]:
    """Write plots, per_cue.jsonl, report.md and (last) metrics.json into ``output_dir``.

    ``associations`` / ``lexical`` (name → compare_lexical result) / ``wvs`` ((items,
    model_probs, indices, countries)) carry the per-cue data the plots need.
    """
    out = Path(output_dir)
    plots: list[Path] = []
    extra: list[Path] = []
    if associations is not None:
        plots.append(out / "p_at_k.png")
        plot_pk({"model": associations}, plots[-1])
        extra.append(out / PER_CUE)
        parsed = associations.get("parsed", {})
        write_text(extra[-1], "".join(
            json.dumps(jsonable({"cue": c, **m, **(parsed[c].to_json() if c in parsed else {})}),
                       ensure_ascii=False) + "\n"
            for c, m in associations["per_cue"].items()))
    for name, r in (lexical or {}).items():
        plots.append(out / f"lexical_{name}.png")
        plot_lexical(name, r["per_cue_median"], r["scale"], plots[-1])
    if wvs is not None:
        plots.append(out / "wvs_high_tension.png")
        plot_wvs(*wvs, plots[-1])
    _remove_stale(out, RUN_OUTPUTS, plots + extra)
    write_text(out / REPORT, render_report(metrics, [str(p) for p in plots]))
    write_json(out / METRICS, metrics)
    return plots + extra + [out / REPORT, out / METRICS]


# --- comparison ------------------------------------------------------------------------------

def comparison_rows(runs: Mapping[str, Mapping]) -> list[tuple[str, list[str]]]:
    """(metric, value per run) for every metric any run has; missing → "–"."""
    keys: list[str] = []
    values: dict[str, dict[str, str]] = {}

    def put(key, run, text):
        if key not in values:
            keys.append(key)
            values[key] = {}
        values[key][run] = text

    for run, m in runs.items():
        a = m.get("associations")
        if a:
            put("association cues", run, str(a["n_cues"]))
            for k, s in a["summary"].items():
                put(k, run, _ci(s))
            setting = paper_setting(m.get("meta", {}).get("model"), m.get("meta", {}).get("language"))
            if setting:
                p = PUBLISHED_P5[setting]
                put("p@5 published (ALIGN paper): vanilla → SFT", run,
                    f"{p['vanilla']:.3f} → {p['sft']:.3f}")
            if a.get("parse"):
                for rule, share in a["parse"]["rules"].items():
                    put(f"answers read as {rule}", run, _fmt(share))
        for name, r in (m.get("lexical") or {}).items():
            put(f"{name}: model mean median", run, _fmt(r["model"]["mean_median"]))
            put(f"{name}: human mean median", run, _fmt(r["human"]["mean_median"]))
            put(f"{name}: Wilcoxon p", run, _fmt(r["wilcoxon"]["p_value"], 4))
        v = m.get("values")
        if v:
            for part in ("all", "high_tension"):
                for c in v["countries"]:
                    put(f"WVS {part}: combined to {c}", run, _fmt(v[part][c]["combined"]))
                    put(f"WVS {part}: JS to {c}", run, _fmt(v[part][c]["js"]))
                for c, n in v[part]["closer"].items():
                    put(f"WVS {part}: closer to {c}", run, str(n))
    return [(k, [values[k].get(r, "–") for r in runs]) for k in keys]


def _check_comparable(path: Path, metrics) -> None:
    """Refuses a metrics.json that is not an evaluation's (hand-edited, another tool's, or
    damaged) before anything is written, naming the file and what is wrong with it."""
    what = ""
    if not isinstance(metrics, dict):
        kind = {type(None): "null", list: "an array", str: "a string", bool: "a boolean",
                int: "a number", float: "a number"}.get(type(metrics), type(metrics).__name__)
        what = f"{kind}, not a JSON object"
    elif not any(metrics.get(k) for k in ("associations", "lexical", "values")):
        what = "no associations, lexical or values results"
    else:
        try:
            comparison_rows({"run": metrics})
            if metrics.get("associations"):
                _pk_points(metrics["associations"])
        except KeyError as e:
            what = f"no {e} entry"
        except (AttributeError, TypeError, ValueError, IndexError) as e:
            what = str(e) if isinstance(e, ValueError) else f"a value of the wrong type: {e}"
    if what:
        raise AlignJaxError(f"{path}: not an evaluation metrics file ({what})")


def write_comparison(run_dirs: Sequence[str | Path], output_dir: str | Path) -> list[Path]:
    """Side-by-side Markdown table and P@k plot of several run folders."""
    if len(run_dirs) < 1:
        raise AlignJaxError("--compare needs at least one run folder")
    runs: dict[str, dict] = {}
    seen: dict[Path, str] = {}
    for d in run_dirs:
        if Path(d).resolve() in seen:  # it would be one column, silently
            raise AlignJaxError(f"--compare: {d} is given twice (as {seen[Path(d).resolve()]})")
        seen[Path(d).resolve()] = str(d)
        name = Path(d).resolve().name
        if name in runs:  # two folders with one name: fall back to the path given
            name = str(d)
        runs[name] = read_metrics(d)
        _check_comparable(Path(d) / METRICS, runs[name])
    out = Path(output_dir)
    lines = ["# Evaluation comparison", "", "| metric | " + " | ".join(runs) + " |",
             "|---|" + "---|" * len(runs)]
    lines += [f"| {k} | " + " | ".join(vals) + " |" for k, vals in comparison_rows(runs)]
    files = []
    pk = {n: m["associations"] for n, m in runs.items() if m.get("associations")}
    if pk:
        files.append(out / "compare_p_at_k.png")
        plot_pk(pk, files[-1])
        lines += ["", f"![P@k]({files[-1].name})"]
    _remove_stale(out, COMPARE_OUTPUTS, files)
    write_text(out / COMPARE_REPORT, "\n".join(lines) + "\n")
    return files + [out / COMPARE_REPORT]
