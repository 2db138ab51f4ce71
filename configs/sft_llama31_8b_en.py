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
from common import paper_sft  # noqa: E402


def get_config():
    return paper_sft("llama31_8b_en")
