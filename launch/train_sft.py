"""LoRA SFT of a Llama/Qwen model on word-association norms.

    python launch/train_sft.py --config=configs/sft_llama31_8b_en.py \
        --config.model.hf_path=/models/Llama-3.1-8B-Instruct --workdir=checkpoints/sft_en [--resume [--allow_changes=train.max_steps]]

On several hosts run the same command on each (launch/tpu_pod.sh, launch/slurm_gpu.sh):
jax.distributed starts from the environment.
"""

from __future__ import annotations

from align_jax import cli


def _run(cfg, workdir, resume, allow_changes):
    from align_jax.train.sft_loop import run_sft  # imported after jax.distributed has started

    return run_sft(cfg, workdir, resume=resume, allow_changes=allow_changes)


def _summary(final: dict) -> str:
    text = f"done: step {final['step']}, loss {final.get('loss', float('nan')):.4f}"
    if "val_loss" in final:
        text += f", val_loss {final['val_loss']:.4f}"
    return text + f"; adapter (PEFT) in {final['adapter']}"


if __name__ == "__main__":
    cli.run_training(_run, _summary, "Experiment config file (configs/*.py).")
