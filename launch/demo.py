"""The README's first command: every stage of the pipeline on a built-in tiny default, offline.

1. prepares the illustrative association fixture (made up, not SWOW) with a tokenizer
   trained on it;
2. writes a tiny random Llama-architecture model as a Hugging Face checkpoint and loads
   it through the real conversion path;
3. trains a LoRA adapter by SFT (checkpoints, metrics, PEFT export)          -> sft/
4. runs PPO from the SFT model (adapter merged: reference = the SFT model), on the
   association prompts of the training cues with the association_precision reward -> ppo/
5. evaluates vanilla, SFT and PPO (greedy) on the training cues and on the held-out
   test cues, writes reports side by side and plots, and prints a one-screen summary.

Every config key is reachable: --config.train.*, --config.ppo.*, … (configs/demo.py).
Real data: --config.data.norms=/path/strength.SWOW-EN.R1.csv (and a real model with
--config.model.hf_path=…, --config.data.tokenizer=…).
"""

from __future__ import annotations

import copy
import math
import os
import shutil
import signal
import time
from pathlib import Path

from absl import flags
from ml_collections import config_flags

from align_jax import cli

ROOT = Path(__file__).resolve().parents[1]
FLAGS = flags.FLAGS
config_flags.DEFINE_config_file("config", str(ROOT / "configs" / "demo.py"),
                                "Experiment config (default: the tiny demo).", lock_config=True)
flags.DEFINE_string("workdir", "checkpoints/demo", "Run folder; the demo replaces its own outputs.")
flags.DEFINE_integer("eval_cues", 64, "Cues per evaluated split (at most).")
flags.DEFINE_boolean("one_shot", False, "Prepend the paper's one-shot example to the evaluation "
                     "prompts (the tiny model copies it, so the demo leaves it out).")
flags.DEFINE_integer("max_new_tokens", 48, "Generated tokens per evaluated answer.")

MODELS = ("vanilla", "sft", "ppo")
SPLITS = (("train", "training cues"), ("test", "held-out cues"))


def ppo_config(cfg, sft_dir: Path):
    """The PPO stage's config: the demo's, starting from the SFT run's adapter, data and model."""
    pc = copy.deepcopy(cfg)
    pc.run_name = f"{cfg.run_name}_ppo"
    if not pc.ppo.init_adapter:
        pc.ppo.init_adapter = str(sft_dir)
    if not pc.data.prepared:
        pc.data.prepared = str(sft_dir / "data")
    if not (pc.model.hf_path or pc.model.params_ckpt):  # the random model the SFT run wrote
        pc.model.hf_path = str(sft_dir / "base_model")
    return pc


def eval_length_range(norms, cues, templates, keep_fraction: float, margin: float = 0.10):
    """The list length range the SFT examples ask for, at the median cue: k ± margin, with
    k = round(keep_fraction · usable responses). The tiny model only learns the ranges it saw."""
    import numpy as np

    from align_jax.data.sft import usable_responses

    m = float(np.median([len(usable_responses(norms[c], templates.list_separator)) for c in cues]))
    k = max(1, round(keep_fraction * m))
    return max(1, math.floor(k * (1 - margin))), math.ceil(k * (1 + margin))


def load_models(cfg, sft_dir: Path, ppo_dir: Path):
    """(model config, {name: (params, lora)}) for vanilla, SFT and PPO."""
    from align_jax.eval.loading import load_eval_model
    from align_jax.lora import bind, merge
    from align_jax.peft_io import import_peft
    from align_jax.ppo.models import find_adapter

    config, params, sft_lora, _ = load_eval_model(sft_dir, sft_dir, cfg.model.dtype)
    ppo_cfg, ppo_weights = import_peft(ppo_dir / "adapter", config)
    ppo_params = params
    if cfg.ppo.init_mode == "merge":  # the PPO adapter applies on top of the merged SFT model
        sft_cfg, sft_weights = import_peft(find_adapter(cfg.ppo.init_adapter or sft_dir), config)
        ppo_params = merge(params, sft_cfg, sft_weights)
    return config, {"vanilla": (params, None), "sft": (params, sft_lora),
                    "ppo": (ppo_params, bind(ppo_cfg, ppo_weights))}


def evaluate(config, model, data, cues, one_shot, length_range, out_dir: Path):
    """Greedy answers for `cues`, scored and reported in `out_dir`; (association result, answers)."""
    from align_jax.eval import model_outputs as mo
    from align_jax.eval import pipeline, report

    params, lora = model
    outputs, truncated = mo.generate_associations(
        config, params, data["tokenizer"], cues, data["templates"], lora=lora, one_shot=one_shot,
        length_range=length_range, max_new_tokens=FLAGS.max_new_tokens, return_truncated=True)
    a, _ = pipeline.evaluate_associations(outputs, data["norms"], n_boot=200, truncated=truncated)
    metrics = pipeline.summary_metrics(a, None, None, {"cues": len(cues),
                                                       "length_range": list(length_range),
                                                       "one_shot": one_shot is not None})
    out_dir.mkdir(parents=True, exist_ok=True)
    mo.write_generations(out_dir / "generations.jsonl", outputs, truncated)
    report.write_run(out_dir, metrics, associations=a)
    return a, outputs


def reward_trend(rows: list[dict]) -> tuple[float, float, int]:
    """(mean rollout reward of the first tenth of the iterations, of the last tenth, n)."""
    r = [x["reward_mean"] for x in rows]
    n = max(1, len(r) // 10)
    return sum(r[:n]) / n, sum(r[-n:]) / n, n


def write_plots(workdir: Path, sft_dir: Path, ppo_dir: Path, results: dict) -> list[Path]:
    from align_jax.eval import report
    from align_jax.train import plots

    out = workdir / "plots"
    files = [out / "sft_loss.png", out / "ppo_training.png", out / "p_at_k.png"]
    plots.plot_sft_curves(plots.read_metrics_log(sft_dir), files[0], "LoRA SFT on the training cues")
    plots.plot_ppo_curves(plots.read_metrics_log(ppo_dir), files[1],
                          "PPO from the SFT model (sampled answers; validation greedy)")
    report.plot_pk_panels({label: {m: results[(split, m)][0] for m in MODELS}
                           for split, label in SPLITS}, files[2])
    return files


def main(argv):
    from align_jax import settings
    from align_jax.errors import AlignJaxError
    from align_jax.ppo import rewards
    from align_jax.ppo.loop import check_task, run_ppo
    from align_jax.train.run_lock import RunLock
    from align_jax.train.sft_loop import run_sft

    t0, cpu0 = time.time(), os.times()
    if len(argv) > 1:
        raise AlignJaxError(f"unexpected arguments: {' '.join(argv[1:])}")
    for name in ("eval_cues", "max_new_tokens"):  # checked now, not after minutes of training
        if FLAGS[name].value < 1:
            raise AlignJaxError(f"--{name}={FLAGS[name].value}: must be >= 1")
    cfg = FLAGS.config
    settings.validate(cfg)  # before the previous demo run is removed
    workdir = Path(FLAGS.workdir)
    if workdir.exists() and not workdir.is_dir():
        raise AlignJaxError(f"--workdir={workdir} is a file, not a folder; choose another --workdir")
    sft_dir, ppo_dir = workdir / "sft", workdir / "ppo"
    if cfg.ppo.reward_module:
        rewards.load_module(str(cfg.ppo.reward_module))  # once per process: PPO finds it loaded
    rewards.get(str(cfg.ppo.reward))  # a PPO setting that cannot work stops before SFT
    check_task(str(cfg.ppo.task), str(cfg.ppo.task_split), str(cfg.ppo.reward))
    workdir.mkdir(parents=True, exist_ok=True)
    lock = RunLock(workdir)  # a second demo in this folder is refused before it removes anything
    lock.acquire()
    try:
        for d in own_outputs(workdir):  # all of the previous demo's (the data cache is kept)
            if d.is_dir():
                shutil.rmtree(d)
        print(f"== 1-3. prepare data, build the model, LoRA SFT -> {sft_dir}", flush=True)
        sft_final = _not_stopped(run_sft(cfg, sft_dir), "SFT", sft_dir)
        times = {"data+SFT": time.time() - t0}

        pcfg = ppo_config(cfg, sft_dir)
        print(f"== 4. PPO from the SFT model ({pcfg.ppo.reward} on {pcfg.ppo.task} tasks of the "
              f"{pcfg.ppo.task_split} cues) -> {ppo_dir}", flush=True)
        _not_stopped(run_ppo(pcfg, ppo_dir), "PPO", ppo_dir)
        times["PPO"] = time.time() - t0 - times["data+SFT"]
        _evaluate_and_report(cfg, pcfg, workdir, sft_dir, ppo_dir, sft_final, times, t0, cpu0)
    finally:
        lock.release()


def own_outputs(workdir: Path) -> list[Path]:
    """The folders a demo writes in its --workdir: its runs, evaluations, comparisons, plots."""
    return ([workdir / "sft", workdir / "ppo", workdir / "plots"]
            + [workdir / f"eval_{split}_{m}" for split, _ in SPLITS for m in MODELS]
            + [workdir / f"compare_{split}" for split, _ in SPLITS])


def _not_stopped(final: dict, stage: str, folder: Path) -> dict:
    """A stage's final metrics; a stage preempted by a signal stops the demo (the next
    stage would start from a run that did not finish), as the signal would stop any script."""
    from align_jax.errors import Stopped

    if final.get("preempted"):
        raise Stopped(final.get("signal") or signal.SIGTERM,
                      f"during the demo's {stage} stage (its checkpoint is in {folder}); "
                      "the later stages did not run: rerun the demo to run it whole")
    return final


def _evaluate_and_report(cfg, pcfg, workdir: Path, sft_dir: Path, ppo_dir: Path, sft_final: dict,
                         times: dict, t0: float, cpu0) -> None:
    """Stage 5: vanilla, SFT and PPO evaluated on both splits, compared, plotted, summarised."""
    from align_jax.eval import model_outputs as mo
    from align_jax.eval import report
    from align_jax.eval.loading import load_eval_data
    from align_jax.train.plots import read_metrics_log

    data = load_eval_data(sft_dir / "data")
    one_shot = (mo.one_shot_example(data["norms"], data["train_cues"], data["templates"])
                if FLAGS.one_shot else None)
    length_range = eval_length_range(data["norms"], data["train_cues"], data["templates"],
                                     float(cfg.data.keep_fraction))
    print(f"== 5. evaluate vanilla, SFT and PPO (greedy, {'one-shot' if one_shot else 'no one-shot'} "
          f"prompt asking for {length_range[0]}-{length_range[1]} words)", flush=True)
    config, models = load_models(pcfg, sft_dir, ppo_dir)
    results, split_cues = {}, {}
    for split, _ in SPLITS:
        cues = (data["train_cues"] if split == "train" else data["cues"])[:FLAGS.eval_cues]
        split_cues[split] = cues
        for name in MODELS:
            results[(split, name)] = evaluate(config, models[name], data, cues, one_shot,
                                              length_range, workdir / f"eval_{split}_{name}")
        report.write_comparison([workdir / f"eval_{split}_{n}" for n in MODELS],
                                workdir / f"compare_{split}")
    plot_files = write_plots(workdir, sft_dir, ppo_dir, results)
    ppo_rows = read_metrics_log(ppo_dir)
    wall, cpu = time.time() - t0, os.times()
    times["evaluation"] = wall - times["data+SFT"] - times["PPO"]
    print_summary(cfg, pcfg, data, sft_final, ppo_rows, results, split_cues, one_shot,
                  plot_files, workdir, times, cpu.user - cpu0.user)


def print_summary(cfg, pcfg, data, sft_final, ppo_rows, results, split_cues, one_shot,
                  plot_files, workdir, times, user_cpu):
    from align_jax.train.plots import read_metrics_log

    sft_rows = [r for r in read_metrics_log(workdir / "sft") if "loss" in r]
    first_loss = sft_rows[0]["loss"] if sft_rows else float("nan")
    start, end, n = reward_trend(ppo_rows)
    fixture = any(str(x).startswith("fixture:") for x in cfg.data.norms)
    print("\n" + "=" * 78)
    print(f"LoRA SFT: {sft_final['step']} steps, loss {first_loss:.2f} -> {sft_final['loss']:.3f}, "
          f"val loss {sft_final.get('val_loss', float('nan')):.3f}")
    print(f"PPO: {len(ppo_rows)} iterations, {pcfg.ppo.reward}@{pcfg.ppo.reward_k} of sampled answers "
          f"{start:.3f} -> {end:.3f} (mean of the first / last {n}), KL {ppo_rows[-1]['kl']:.2f}")
    print(f"\n{'cues':<19} {'model':<8} {'P@5':>6} {'P@10':>6} {'coverage':>9}")
    for split, label in SPLITS:
        for name in MODELS:
            s = results[(split, name)][0]["summary"]
            print(f"{label + f' ({len(split_cues[split])})':<19} {name:<8} {s['p@5']['mean']:6.3f} "
                  f"{s['p@10']['mean']:6.3f} {s['coverage']['mean']:9.3f}")
    random_model = not (cfg.model.hf_path or cfg.model.params_ckpt)
    if random_model:
        print("A random tiny model cannot generalise to cues it never saw: held-out figures stay near 0.")
    shot_cue = one_shot[0] if one_shot else None
    cue = next(c for c in split_cues["train"] if c != shot_cue)
    human = data["templates"].list_separator.join(w for w, _ in data["norms"][cue][:6])
    print(f"\nAnswers for the training cue {cue!r} (humans: {human}, ...):")
    for name in MODELS:
        print(f"  {name:<8} {results[('train', name)][1][cue][:66]!r}")
    print(f"Greedy answers, {'with' if one_shot else 'without'} the paper's one-shot example"
          + ("" if one_shot else " (a tiny model copies it; --one_shot to see)") + ".")
    print("\nPlots:   " + ", ".join(str(p) for p in plot_files))
    print(f"Reports: {workdir}/eval_*/report.md, {workdir}/compare_train/, {workdir}/compare_test/")
    print(f"Runs:    {workdir}/sft (SFT adapter), {workdir}/ppo (PPO adapter)")
    caveats = (["the fixture is illustrative (made up, not SWOW)"] if fixture else []) + \
              (["the model is tiny and random"] if random_model else [])
    if caveats:
        text = " and ".join(caveats)
        print(f"{text[0].upper() + text[1:]}: the numbers show each stage working, "
              "not the paper's results.")
    print("Same pipeline, real norms and model: make demo ARGS='--config.data.norms=strength.SWOW-EN."
          "R123.csv --config.model.hf_path=/models/Llama-3.1-8B-Instruct --config.data.tokenizer="
          "/models/Llama-3.1-8B-Instruct --config.model.dtype=bfloat16' (hyperparameters for the tiny "
          "model; the paper's: configs/*_llama31_8b_en.py, README \"Pipeline\").")
    print(f"demo finished in {sum(times.values()):.0f} s (" + ", ".join(
        f"{k} {v:.0f} s" for k, v in times.items()) + f"; {user_cpu:.0f} s user CPU)")


if __name__ == "__main__":
    cli.run(main)
