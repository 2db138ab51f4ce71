"""ALIGN SFT, Qwen2.5-7B-Instruct on Mandarin SWOW norms (the paper's hyperparameters).

Same recipe as configs/sft_llama31_8b_en.py (LoRA r=64/alpha=256 on q/v, LoRA+ 16,
lr 1e-5 cosine with 10% warmup, 1.5 epochs, 2,048-token cut-off, 800 validation
examples, seed-42 cue split); the Mandarin templates join associations with "，".

    python launch/train_sft.py --config=configs/sft_qwen25_7b_zh.py \
      --config.model.hf_path=/models/Qwen2.5-7B-Instruct \
      --config.data.norms=/data/strength.SWOWZH.R123.csv
"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import base  # noqa: E402


def get_config():
    c = base()
    c.run_name = "sft_qwen25_7b_zh"
    c.model.hf_path = "/models/Qwen2.5-7B-Instruct"
    c.model.dtype = "bfloat16"
    c.model.remat = "dots_no_batch"
    c.lora.rank, c.lora.alpha, c.lora.targets = 64, 256.0, ("q_proj", "v_proj")
    c.data.norms = ("/data/swow/strength.SWOWZH.R123.csv",)
    c.data.language = "zh"
    c.data.tokenizer = "/models/Qwen2.5-7B-Instruct"
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
    c.mesh.fsdp = -1
    return c
