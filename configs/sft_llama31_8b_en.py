"""ALIGN SFT, Llama-3.1-8B-Instruct on English SWOW norms (the paper's hyperparameters).

LoRA r=64, alpha=256 on q_proj/v_proj, LoRA+ ratio 16; lr 1e-5, cosine, 10% warmup,
1.5 epochs; bf16; cut-off 2,048 tokens; 800 validation examples; cue split 70/20/10 by
seed 42; ~1M augmented examples keeping 70% of each cue's associations.

The paper's batch was 18 examples per device x 2 accumulation steps. Here examples are
packed into 2,048-token rows; with ~90-token examples a row holds ~22, so 16 rows x 2
micro-batches per step is ~700 examples per optimizer step (8 GPUs x 18 x 2 = 288 in the
paper's 8-GPU setting; set train.global_batch to match yours).

    python launch/train_sft.py --config=configs/sft_llama31_8b_en.py \
      --config.model.hf_path=/models/Llama-3.1-8B-Instruct \
      --config.data.norms=/data/strength.SWOW-EN.R123.csv
"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import base  # noqa: E402


def get_config():
    c = base()
    c.run_name = "sft_llama31_8b_en"
    c.model.hf_path = "/models/Llama-3.1-8B-Instruct"
    c.model.dtype = "bfloat16"
    c.model.remat = "dots_no_batch"
    c.lora.rank, c.lora.alpha, c.lora.targets = 64, 256.0, ("q_proj", "v_proj")
    c.data.norms = ("/data/swow/strength.SWOW-EN.R123.csv",)
    c.data.language = "en"
    c.data.tokenizer = "/models/Llama-3.1-8B-Instruct"
    c.data.target_examples = 1_000_000
    c.data.keep_fraction = 0.7
    c.data.val_examples = 800
    c.data.seq_len = 2048
    c.train.lr = 1e-5
    c.train.schedule = "cosine"
    c.train.warmup_ratio = 0.1
    c.train.epochs = 1.5
    c.train.loraplus_ratio = 16.0
    c.train.global_batch = 16
    c.train.grad_accum = 2
    c.train.eval_every = 500
    c.train.save_every = 500
    c.mesh.fsdp = -1
    return c
