"""The demo: a tiny random Llama-architecture model on the illustrative fixture, LoRA SFT
then PPO from the SFT model (launch/demo.py runs both with this one config).

The fixture (align_jax/data/fixtures) is made up for illustration; it is not SWOW. Run on
real norms with e.g. --config.data.norms=/path/strength.SWOW-EN.R1.csv.

Tuned so that each stage visibly does its job on 2 CPU cores in about three minutes:
- SFT: 8 epochs over ~1,900 augmented examples of the 34 training cues (960 steps of 8
  packed rows; two ~93-token examples fill a 200-token row), lr 3e-3 with LoRA+ 4, LoRA
  r=16 on every projection. Greedy P@5 on the training cues goes from 0 to ~1.
- PPO: on the SFT instruction of the same training cues (ppo.task="association", four
  prompts per cue with their own length range), the association_precision reward (P@10
  against the human norms), starting from the merged SFT adapter, so the reference is
  the SFT model. Sampled answers start at ~0.47 (the tiny model's sampling tail gives
  broken words) and PPO raises the mean to ~0.59 in 120 iterations of 64 answers.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import base  # noqa: E402


def get_config():
    c = base()
    c.run_name = "demo"
    c.model.preset = "tiny"
    c.model.dtype = "float32"
    c.model.remat = "none"
    c.model.init_std = 0.1
    c.model.init_head_std = 0.4  # confident logits are reachable from a random base
    c.lora.rank, c.lora.alpha = 16, 32.0
    c.lora.targets = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
    c.data.norms = ("fixture:en",)
    c.data.target_examples = 2000
    c.data.val_examples = 64
    c.data.seq_len = 200
    c.data.tiny_vocab_size = 1024
    c.train.lr = 3e-3
    c.train.loraplus_ratio = 4.0
    c.train.warmup_ratio = 0.05
    c.train.epochs = 8.0
    c.train.global_batch = 8
    c.train.grad_accum = 1
    c.train.loss_chunk = 128
    c.train.log_every = 40
    c.train.eval_every = 120
    c.train.save_every = 480
    # PPO after SFT (launch/demo.py sets ppo.init_adapter to the SFT run when it is empty).
    c.ppo.task, c.ppo.task_split, c.ppo.task_questions = "association", "train", 4
    c.ppo.reward, c.ppo.reward_k = "association_precision", 10
    c.ppo.init_mode = "merge"
    c.ppo.actor_lr, c.ppo.critic_lr = 6e-4, 3e-3
    c.ppo.init_kl_coef = 0.05
    c.ppo.rollout_batch, c.ppo.rollout_micro = 64, 64
    c.ppo.train_batch, c.ppo.train_micro, c.ppo.ppo_epochs = 16, 16, 1
    c.ppo.critic = "shared"        # the value head on the policy's backbone: half the update cost
    c.ppo.sampler_logprobs = True  # exact in float32: one scoring pass fewer
    c.ppo.max_prompt_len, c.ppo.max_new_tokens = 128, 32
    c.ppo.max_iterations = 120
    c.ppo.val_tasks = 8
    c.ppo.eval_every = 20
    c.ppo.save_every = 40
    c.ppo.log_every = 5
    c.ppo.score_chunk = 32
    return c
