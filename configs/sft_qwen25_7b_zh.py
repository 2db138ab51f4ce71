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
from common import paper_sft  # noqa: E402


def get_config():
    return paper_sft("qwen25_7b_zh")
