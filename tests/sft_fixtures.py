"""Synthetic packed SFT batches with a learnable rule, independent of the data pipeline."""

import numpy as np


def packed_batch(rng: np.random.Generator, rows: int, seq: int, vocab: int, n_per_row: int = 3):
    """Rows of packed examples: a random prompt, then a response that depends only on the
    prompt's length (easy for a LoRA to learn); loss_mask on response tokens; trailing padding."""
    out = {k: np.zeros((rows, seq), np.int32) for k in ("input_ids", "segment_ids", "positions")}
    out["loss_mask"] = np.zeros((rows, seq), np.float32)
    for r in range(rows):
        t = 0
        for s in range(1, n_per_row + 1):
            n = int(rng.integers(2, 5))
            if t + 2 * n + 1 > seq:
                break
            prompt = rng.integers(3, vocab, n)
            ex = np.concatenate([[1], prompt, 10 + n + np.arange(n)])
            sl = slice(t, t + len(ex))
            out["input_ids"][r, sl] = ex
            out["segment_ids"][r, sl] = s
            out["positions"][r, sl] = np.arange(len(ex))
            out["loss_mask"][r, t + 1 + n: t + len(ex)] = 1.0
            t += len(ex)
    return out


def stack_accum(batch, accum: int):
    """[B, T] -> [accum, B/accum, T]."""
    return {k: v.reshape(accum, v.shape[0] // accum, *v.shape[1:]) for k, v in batch.items()}
