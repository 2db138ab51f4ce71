"""Training-curve plots from metrics.jsonl: valid PNGs, written atomically, clear errors."""

import json

import numpy as np
import pytest
from PIL import Image

from align_jax.errors import AlignJaxError
from align_jax.eval import report
from align_jax.train import plots

PNG = b"\x89PNG\r\n\x1a\n"


def _png_size(path):
    assert path.read_bytes()[:8] == PNG
    with Image.open(path) as im:
        im.verify()
    with Image.open(path) as im:
        return im.size


def _write_log(folder, rows):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_sft_and_ppo_curves_are_valid_pngs(tmp_path):
    sft = [{"step": s, "loss": 10.0 / s, **({"val_loss": 11.0 / s} if s % 10 == 0 else {})}
           for s in range(1, 51)]
    _write_log(tmp_path / "sft", sft)
    ppo = [{"step": i, "reward_mean": 0.4 + 0.01 * i, "reward_std": 0.2, "kl": 0.1 * i,
            "reward_parse_fail": 0.05, **({"val_reward": 0.8} if i % 5 == 0 else {})}
           for i in range(1, 21)]
    _write_log(tmp_path / "ppo", ppo)
    out = tmp_path / "plots"
    rows = plots.read_metrics_log(tmp_path / "sft")
    assert rows == sft
    plots.plot_sft_curves(rows, out / "sft.png")
    plots.plot_ppo_curves(plots.read_metrics_log(tmp_path / "ppo"), out / "ppo.png")
    # A reward without parse failures still plots (the panel says so).
    plots.plot_ppo_curves([{k: v for k, v in r.items() if k != "reward_parse_fail"} for r in ppo],
                          out / "ppo_plain.png")
    assert _png_size(out / "sft.png") == (650, 400)
    assert _png_size(out / "ppo.png") == (650, 750)
    _png_size(out / "ppo_plain.png")
    assert sorted(p.name for p in out.iterdir()) == ["ppo.png", "ppo_plain.png", "sft.png"]  # no temp files


def test_pk_panels_plot_one_panel_per_split(tmp_path):
    def assoc(p):
        return {"ks": [5, 10], "summary": {f"p@{k}": {"mean": p, "ci_low": p - 0.1, "ci_high": p + 0.1}
                                           for k in (5, 10)}}
    path = tmp_path / "p_at_k.png"
    report.plot_pk_panels({"training cues": {"a": assoc(0.5), "b": assoc(0.9)},
                           "held-out cues": {"a": assoc(0.0), "b": assoc(0.1)}}, path)
    assert _png_size(path) == (1000, 400)


def test_errors_name_the_file_and_line_and_keep_an_existing_plot(tmp_path):
    with pytest.raises(AlignJaxError, match="metrics.jsonl: no metrics log"):
        plots.read_metrics_log(tmp_path)
    (tmp_path / "metrics.jsonl").write_text('{"step": 1, "loss": 2.0}\n{"step": 2, "lo\n')
    with pytest.raises(AlignJaxError, match=r"metrics.jsonl:2: invalid JSON"):
        plots.read_metrics_log(tmp_path)
    good = tmp_path / "sft.png"
    plots.plot_sft_curves([{"step": 1, "loss": 2.0}, {"step": 2, "loss": 1.0}], good)
    before = good.read_bytes()
    with pytest.raises(AlignJaxError, match="no loss"):
        plots.plot_sft_curves([{"step": 1, "reward_mean": 0.1}], good)
    with pytest.raises(AlignJaxError, match="no reward_mean"):
        plots.plot_ppo_curves([{"step": 1, "loss": 0.1}], tmp_path / "ppo.png")
    assert good.read_bytes() == before and not (tmp_path / "ppo.png").exists()


def test_series_and_moving_average():
    rows = [{"step": 1, "x": 1.0}, {"step": 2}, {"step": 3, "x": float("nan")}, {"step": 4, "x": 3.0}]
    steps, vals = plots.series(rows, "x")
    assert steps.tolist() == [1, 4] and vals.tolist() == [1.0, 3.0]
    np.testing.assert_allclose(plots.moving_average(np.array([1.0, 3.0, 5.0, 7.0]), 2), [1, 2, 4, 6])
    assert plots.moving_average(np.array([]), 3).size == 0
