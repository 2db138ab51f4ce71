"""GRPO machinery check: the tiny random model on the fixture's ranking tasks (CPU, about
a minute).

A random model cannot rank words, so the ranking reward is −1 for every answer and every
group's advantage is 0 (the run warns once). It shows the machinery (one generate call
for 4 prompts × 4 samples, rewards, advantages, updates, checkpoints, resume, PEFT
export); tests/test_grpo_run.py runs it with a toy reward the random model can learn.

    python launch/train_grpo.py --config=configs/grpo_demo.py --workdir=checkpoints/grpo_demo
"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import base  # noqa: E402


def get_config():
    c = base()
    c.run_name = "grpo_demo"
    c.model.preset = "tiny"
    c.model.dtype = "float32"
    c.model.remat = "none"
    c.model.init_std = 0.1
    c.lora.rank, c.lora.alpha = 8, 32.0
    c.lora.targets = ("q_proj", "v_proj")
    c.data.norms = ("fixture:en",)
    c.data.target_examples = 2000
    c.data.val_examples = 64
    c.data.seq_len = 256
    c.data.tiny_vocab_size = 512
    c.train.tensorboard = False
    c.ppo.max_prompt_len = 256
    c.ppo.val_tasks = 8
    c.grpo.prompts, c.grpo.num_generations, c.grpo.micro_batch = 4, 4, 8
    c.grpo.lr = 1e-3
    c.grpo.beta = 0.04
    c.grpo.max_new_tokens = 16
    c.grpo.max_iterations = 8
    c.grpo.eval_every = 4
    c.grpo.save_every = 2
    c.grpo.score_chunk = 16
    return c
