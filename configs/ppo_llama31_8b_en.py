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
from common import base  # noqa: E402

VARIANTS = ("base", "sft")


def get_config(variant: str = "base"):
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r} of ppo_llama31_8b_en; choose one of {VARIANTS}")
    c = base()
    c.run_name = f"ppo_llama31_8b_en" + ("_sft" if variant == "sft" else "")
    c.model.hf_path = "/models/Llama-3.1-8B-Instruct"
    c.model.dtype = "bfloat16"
    c.model.remat = "dots_no_batch"
    c.lora.rank, c.lora.alpha, c.lora.targets = 64, 256.0, ("q_proj", "v_proj")
    c.data.norms = ("/data/swow/strength.SWOW-EN.R123.csv",)
    c.data.language = "en"
    c.data.tokenizer = "/models/Llama-3.1-8B-Instruct"
    c.data.seed = 42
    c.ppo.reward = "ranking_spearman"
    c.ppo.actor_lr, c.ppo.critic_lr = 5e-7, 9e-6
    c.ppo.init_kl_coef = 0.1
    c.ppo.train_batch, c.ppo.train_micro = 32, 8
    c.ppo.rollout_batch, c.ppo.rollout_micro = 64, 16
    c.ppo.epochs, c.ppo.ppo_epochs = 1.0, 1
    c.ppo.max_prompt_len, c.ppo.max_new_tokens = 1024, 1024
    c.ppo.normalize_reward = True
    c.ppo.critic = "lora"
    c.ppo.init_adapter = "checkpoints/sft_llama31_8b_en" if variant == "sft" else ""
    c.ppo.init_mode = "merge"
    c.mesh.fsdp = -1
    return c
