"""ALIGN PPO, Llama-3.1-8B-Instruct, English ranking tasks (the paper's hyperparameters).

Reward: Spearman ρ of the parsed "Final Ranking"/"最终排名" with the human frequency
order (−1 when unparseable). Actor lr 5e-7, critic lr 9e-6, initial KL coefficient 0.1,
train batch 32 (micro 8), rollout batch 64 (micro 16), 1 epoch, prompt and generation up
to 1,024 tokens each, reward normalisation. LoRA r=64/alpha=256 on q/v for the policy
and (its own adapter) the critic.

Two variants, chosen by the config-file argument:
  base  PPO from the instruct model (default)
  sft   PPO after SFT: the SFT adapter (ppo.init_adapter, default the SFT run folder
        checkpoints/sft_llama31_8b_en) is merged into the base, which is then the reference too.

    python launch/train_ppo.py --config=configs/ppo_llama31_8b_en.py:sft \
      --config.model.hf_path=/models/Llama-3.1-8B-Instruct \
      --config.data.prepared=/data/prepared_en
"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import paper_ppo  # noqa: E402


def get_config(variant: str = "base"):
    return paper_ppo("llama31_8b_en", variant)
