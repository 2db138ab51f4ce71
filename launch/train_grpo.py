"""LoRA GRPO of a Llama/Qwen model on the ALIGN tasks (the ppo.task / ppo.reward keys).

    python launch/train_grpo.py --config=configs/grpo_llama31_8b_en.py \
        --config.model.hf_path=/models/Llama-3.1-8B-Instruct --workdir=checkpoints/grpo_en [--resume]

A separate entry point rather than an algorithm key of train_ppo.py: the config files
already name their algorithm, a run folder's config is validated for one algorithm's
keys, and `--resume` can never pick up a PPO run with GRPO (or the other way round)
because the launcher, not an editable key, says what a run is. On several hosts run the
same command on each (launch/tpu_pod.sh, launch/slurm_gpu.sh).
"""

from __future__ import annotations

from align_jax import cli


def _run(cfg, workdir, resume, allow_changes):
    from align_jax.grpo.loop import run_grpo  # imported after jax.distributed has started

    return run_grpo(cfg, workdir, resume=resume, allow_changes=allow_changes)


def _summary(final: dict) -> str:
    text = f"done: iteration {final['iteration']}, reward {final.get('reward_mean', float('nan')):.4f}"
    if "val_reward" in final:
        text += f", val_reward {final['val_reward']:.4f}"
    return text + f"; policy adapter (PEFT) in {final['adapter']}"


if __name__ == "__main__":
    cli.run_training(_run, _summary, "Experiment config file (configs/grpo_*.py).")
