"""LoRA PPO of a Llama/Qwen model on the ALIGN word-ranking tasks.

    python launch/train_ppo.py --config=configs/ppo_llama31_8b_en.py[:sft] \
        --config.model.hf_path=/models/Llama-3.1-8B-Instruct --workdir=checkpoints/ppo_en [--resume [--allow_changes=ppo.max_iterations]]

On several hosts run the same command on each (launch/tpu_pod.sh, launch/slurm_gpu.sh):
jax.distributed starts from the environment.
"""

from __future__ import annotations

from align_jax import cli


def _run(cfg, workdir, resume, allow_changes):
    from align_jax.ppo.loop import run_ppo  # imported after jax.distributed has started

    return run_ppo(cfg, workdir, resume=resume, allow_changes=allow_changes)


def _summary(final: dict) -> str:
    text = f"done: iteration {final['iteration']}, reward {final.get('reward_mean', float('nan')):.4f}"
    if "val_reward" in final:
        text += f", val_reward {final['val_reward']:.4f}"
    return text + f"; policy adapter (PEFT) in {final['adapter']}"


if __name__ == "__main__":
    cli.run_training(_run, _summary, "Experiment config file (configs/ppo_*.py).")
