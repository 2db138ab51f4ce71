"""LoRA PPO of a Llama/Qwen model on the ALIGN word-ranking tasks.

    python launch/train_ppo.py --config=configs/ppo_llama31_8b_en.py[:sft] \
        --config.model.hf_path=/models/Llama-3.1-8B-Instruct --workdir=checkpoints/ppo_en [--resume]

On several hosts run the same command on each (launch/tpu_pod.sh, launch/slurm_gpu.sh):
jax.distributed starts from the environment.
"""

from __future__ import annotations

from absl import flags
from ml_collections import config_flags

from align_jax import cli

FLAGS = flags.FLAGS
config_flags.DEFINE_config_file("config", None, "Experiment config file (configs/ppo_*.py).",
                                lock_config=True)
flags.DEFINE_string("workdir", None, "Run folder (default checkpoints/<run_name>).")
flags.DEFINE_bool("resume", False, "Continue from the latest complete checkpoint in --workdir.")
flags.mark_flags_as_required(["config"])


def main(argv):
    cli.maybe_initialize_distributed()
    from align_jax.ppo.loop import run_ppo

    cfg = FLAGS.config
    workdir = FLAGS.workdir or f"checkpoints/{cfg.run_name}"
    final = run_ppo(cfg, workdir, resume=FLAGS.resume)
    if not final.get("preempted"):
        print(f"done: iteration {final['iteration']}, reward {final.get('reward_mean', float('nan')):.4f}"
              + (f", val_reward {final['val_reward']:.4f}" if "val_reward" in final else "")
              + f"; policy adapter (PEFT) in {final['adapter']}")


if __name__ == "__main__":
    cli.run(main)
