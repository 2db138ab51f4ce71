"""The demo: a tiny random Llama-architecture model, LoRA SFT on the illustrative fixture.

The fixture (align_jax/data/fixtures) is made up for illustration; it is not SWOW. Run on
real norms with e.g. --config.data.norms=/path/strength.SWOW-EN.R1.csv.
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
    c.data.seq_len = 256
    c.data.tiny_vocab_size = 1024
    c.train.lr = 3e-3
    c.train.loraplus_ratio = 4.0
    c.train.warmup_ratio = 0.05
    c.train.epochs = 3.0
    c.train.global_batch = 8
    c.train.grad_accum = 1
    c.train.loss_chunk = 128
    c.train.log_every = 10
    c.train.eval_every = 120
    c.train.save_every = 120
    return c
