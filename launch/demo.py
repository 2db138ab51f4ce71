"""The README's first command: the whole pipeline on a built-in tiny default, offline.

1. prepares the illustrative association fixture (made up, not SWOW) with a tokenizer
   trained on it;
2. writes a tiny random Llama-architecture model as a Hugging Face checkpoint and loads
   it through the real conversion path;
3. trains a LoRA adapter by SFT (checkpoints, metrics, PEFT export);
4. evaluates the vanilla and the adapted model on the held-out test cues (and, as a
   check that training took, on training cues) and writes reports side by side.

Real data: --config.data.norms=/path/strength.SWOW-EN.R1.csv (and a real model with
--config.model.hf_path=…, --config.data.tokenizer=…).
"""

from __future__ import annotations

import shutil
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
flags.DEFINE_integer("eval_cues", 16, "Cues per evaluated split.")


def evaluate(config, params, tokenizer, data, lora, cues, out_dir):
    from align_jax.eval import model_outputs as mo
    from align_jax.eval import pipeline, report

    one_shot = mo.one_shot_example(data["norms"], data["train_cues"], data["templates"])
    outputs = mo.generate_associations(config, params, tokenizer, cues, data["templates"],
                                       lora=lora, one_shot=one_shot, max_new_tokens=48)
    a, _ = pipeline.evaluate_associations(outputs, data["norms"], n_boot=200)
    metrics = pipeline.summary_metrics(a, None, None, {"cues": len(cues)})
    out_dir.mkdir(parents=True, exist_ok=True)
    mo.write_generations(out_dir / "generations.jsonl", outputs)
    report.write_run(out_dir, metrics, associations=a)
    return a["summary"], outputs


def main(argv):
    from align_jax import settings
    from align_jax.errors import AlignJaxError
    from align_jax.eval.loading import load_eval_data, load_eval_model
    from align_jax.eval import report
    from align_jax.train.sft_loop import run_sft

    t0 = time.time()
    cfg = FLAGS.config
    settings.validate(cfg)  # before the previous demo run is removed
    workdir = Path(FLAGS.workdir)
    if workdir.exists() and not workdir.is_dir():
        raise AlignJaxError(f"--workdir={workdir} is a file, not a folder; choose another --workdir")
    run_dir = workdir / "sft"
    if run_dir.exists():
        shutil.rmtree(run_dir)  # the demo's own previous run (the data cache is kept)
    print(f"== 1-3. prepare data, build the model, LoRA SFT -> {run_dir}", flush=True)
    final = run_sft(cfg, run_dir)

    print("== 4. evaluate vanilla vs SFT (greedy generation, one-shot prompt)", flush=True)
    data = load_eval_data(run_dir / "data")
    config, params, lora, _ = load_eval_model(run_dir, run_dir, cfg.model.dtype, data["tokenizer"],
                                              data["tokenizer_source"])
    rows = []
    for split, cues in (("test", data["cues"]), ("train", data["train_cues"])):
        cues = cues[:FLAGS.eval_cues]
        for name, adapter in (("vanilla", None), ("sft", lora)):
            summary, outputs = evaluate(config, params, data["tokenizer"], data, adapter, cues,
                                        workdir / f"eval_{split}_{name}")
            rows.append((split, name, len(cues), summary, outputs))
    report.write_comparison([workdir / f"eval_test_{n}" for n in ("vanilla", "sft")],
                            workdir / "compare_test")

    print(f"\nLoRA SFT: {final['step']} steps, final loss {final['loss']:.3f}, "
          f"val loss {final.get('val_loss', float('nan')):.3f}")
    print(f"{'split':<6} {'model':<8} {'cues':>4} {'P@5':>6} {'P@10':>6} {'coverage':>9}  example")
    for split, name, n, s, outputs in rows:
        cue = next(iter(outputs))
        print(f"{split:<6} {name:<8} {n:>4} {s['p@5']['mean']:6.3f} {s['p@10']['mean']:6.3f} "
              f"{s['coverage']['mean']:9.3f}  {cue} -> {outputs[cue][:50]!r}")
    if any(str(n).startswith("fixture:") for n in cfg.data.norms):
        print("\nThe fixture is illustrative (made up, not SWOW) and the model is tiny and random:")
        print("the numbers show the pipeline working, not the paper's results.")
    print(f"demo finished in {time.time() - t0:.0f}s; run folder {run_dir}, reports in "
          f"{workdir}/eval_*/report.md and {workdir}/compare_test/")


if __name__ == "__main__":
    cli.run(main)
