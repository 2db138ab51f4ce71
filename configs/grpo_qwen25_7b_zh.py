"""ALIGN GRPO, Qwen2.5-7B-Instruct, Mandarin ranking tasks: a paper-scale starting point (the paper
itself trains by PPO; configs/ppo_qwen25_7b_zh.py).

The task, reward and prompts are the PPO config's (ppo.reward=ranking_spearman on the
ranking tasks, prompts and answers up to 1,024 tokens, 64 val tasks), so GRPO and PPO
runs compare on the same data. The GRPO choices (configs/common.py:paper_grpo):
  - 8 prompts × G=8 samples per rollout: the 64 answers of PPO's rollout batch, all in one
    generate call; G=8 gives each group a usable baseline without a critic;
  - micro-batch 16 rows (as PPO's rollout micro) for the update;
  - β=0.04 (k3 KL to the base with the LoRA off, DeepSeekMath's value);
  - ε_low=0.2, ε_high=0.28 (DAPO's clip-higher: low-probability tokens may still rise);
  - token-mean loss (DAPO): every answer token weighs the same, whatever the answer's
    length; group-std advantages (GRPO);
  - one optimizer step per rollout with π_old = π_θ (on_policy: exact, no scoring pass).
    For grpo.updates_per_rollout > 1 set grpo.pi_old=score: in bf16 the sampler's log-probs
    are rounded differently from the teacher-forced pass, so 'sampler' would bias the ratio;
  - lr 2e-6 constant: no published value for this task; between PPO's actor lr (5e-7,
    which also has a critic to steer it) and SFT's 1e-5, tune from here.

Variants: base (from the instruct model, default) and sft (the SFT adapter of
checkpoints/sft_qwen25_7b_zh merged into the base, which is then the reference too).

    python launch/train_grpo.py --config=configs/grpo_qwen25_7b_zh.py[:sft] \
      --config.model.hf_path=/models/Qwen2.5-7B-Instruct --config.data.prepared=/data/prepared_zh
"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import paper_grpo  # noqa: E402


def get_config(variant: str = "base"):
    return paper_grpo("qwen25_7b_zh", variant)
