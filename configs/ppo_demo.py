"""PPO machinery check: the tiny random model on the fixture's ranking tasks (CPU, ~1 minute).

A random model cannot rank words: every answer is unparseable and scores −1, so the run
warns in its first iteration that the policy cannot learn from its rewards. It shows the
machinery (rollout, scoring, updates, checkpoints, resume; tests/test_ppo_run.py runs it
with a toy reward), not learning. PPO that learns is the demo's stage 4 (`make demo`:
association tasks of the training cues after SFT, configs/demo.py); tests/test_ppo_step.py
shows learning on a toy reward.

    python launch/train_ppo.py --config=configs/ppo_demo.py --workdir=checkpoints/ppo_demo
"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import base  # noqa: E402


def get_config():
    c = base()
    c.run_name = "ppo_demo"
    c.model.preset = "tiny"
    c.model.dtype = "float32"
    c.model.remat = "none"
    c.model.init_std = 0.1
    c.lora.rank, c.lora.alpha = 8, 32.0
    c.lora.targets = ("q_proj", "v_proj")
    c.data.norms = ("fixture:en",)
    # To start from the demo's SFT run instead, reuse its data and model:
    # --config.data.prepared=checkpoints/demo/sft/data --config.model.hf_path=checkpoints/demo/sft/base_model
    # --config.ppo.init_adapter=checkpoints/demo/sft
    c.data.target_examples = 2000
    c.data.val_examples = 64
    c.data.seq_len = 256
    c.data.tiny_vocab_size = 512
    c.train.tensorboard = False
    c.ppo.actor_lr, c.ppo.critic_lr = 1e-3, 3e-3
    c.ppo.rollout_batch, c.ppo.rollout_micro = 8, 8
    c.ppo.train_batch, c.ppo.train_micro = 4, 2
    c.ppo.max_prompt_len, c.ppo.max_new_tokens = 256, 16
    c.ppo.max_iterations = 8
    c.ppo.val_tasks = 8
    c.ppo.eval_every = 4
    c.ppo.save_every = 2
    c.ppo.score_chunk = 16
    return c
