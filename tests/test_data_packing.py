"""Packing: every example once per epoch, never split, correct masks, deterministic, per host."""

import numpy as np
import pytest

from align_jax.data.packing import PackedBatches, _ffd, _snake, pack_plan
from align_jax.data.tokens import TokenizedExamples
from align_jax.errors import AlignJaxError


def make_examples(lengths, prompt_lens):
    """Examples whose tokens are globally unique (token = running index + 1), so each
    token in a batch names its example and place."""
    lengths = np.asarray(lengths, np.int64)
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    tokens = np.arange(1, offsets[-1] + 1, dtype=np.int32)
    return TokenizedExamples(tokens, offsets, np.asarray(prompt_lens, np.int32))


def random_examples(n, seed=0, lo=5, hi=60):
    rng = np.random.default_rng(seed)
    lengths = rng.integers(lo, hi, size=n)
    prompt = np.maximum(1, (lengths * rng.uniform(0.2, 0.9, size=n)).astype(int))
    return make_examples(lengths, prompt)


def decode_epoch(ex, batches):
    """Map every segment of every row back to its example; check each segment's contents."""
    seen = []
    for b in batches:
        B, T = b["input_ids"].shape
        assert all(b[k].shape == (B, T) for k in b)
        assert (b["input_ids"].dtype, b["segment_ids"].dtype, b["positions"].dtype, b["loss_mask"].dtype) == (
            np.int32, np.int32, np.int32, np.float32)
        for r in range(B):
            seg, ids, pos, mask = b["segment_ids"][r], b["input_ids"][r], b["positions"][r], b["loss_mask"][r]
            pad = seg == 0
            assert (ids[pad] == 0).all() and (pos[pad] == 0).all() and (mask[pad] == 0).all()
            n_seg = seg.max()
            # segments are contiguous, numbered 1..n in order, padding only at the end
            used = seg[~pad]
            assert (np.diff(used) >= 0).all() and (np.diff(used) <= 1).all()
            assert len(used) == 0 or (used[0] == 1 and pad[len(used):].all())
            for s in range(1, n_seg + 1):
                where = np.flatnonzero(seg == s)
                first = int(ids[where[0]]) - 1
                i = int(np.searchsorted(ex.offsets, first, side="right") - 1)
                toks, plen = ex.example(i)
                assert ex.offsets[i] == first                       # starts at the example's start
                assert np.array_equal(ids[where], toks)             # whole example, in order
                assert np.array_equal(pos[where], np.arange(len(toks)))
                want = (np.arange(len(toks)) >= plen).astype(np.float32)
                assert np.array_equal(mask[where], want) and mask[where[0]] == 0
                seen.append(i)
    return seen


@pytest.mark.parametrize("seq_len", [64, 128])
def test_each_example_exactly_once_per_epoch(seq_len):
    ex = random_examples(700)
    pb = PackedBatches(ex, seq_len, global_batch=8, seed=1, window=256)
    for epoch in (0, 1):
        seen = decode_epoch(ex, [pb.batch(epoch, s) for s in range(pb.steps_in_epoch(epoch))])
        assert sorted(seen) == list(range(len(ex)))
    assert pb.efficiency(0) > 0.9


def test_order_is_a_function_of_seed_epoch_step():
    ex = random_examples(300, seed=2)
    a = PackedBatches(ex, 96, global_batch=4, seed=5)
    b = PackedBatches(ex, 96, global_batch=4, seed=5)
    for k in a.batch(1, 3):
        assert np.array_equal(a.batch(1, 3)[k], b.batch(1, 3)[k])
    assert not np.array_equal(a.batch(0, 0)["input_ids"], a.batch(1, 0)["input_ids"])
    assert not np.array_equal(a.batch(0, 0)["input_ids"],
                              PackedBatches(ex, 96, global_batch=4, seed=6).batch(0, 0)["input_ids"])
    with pytest.raises(IndexError):
        a.batch(0, a.steps_in_epoch(0))


def test_hosts_split_each_global_batch():
    ex = random_examples(400, seed=3)
    whole = PackedBatches(ex, 80, global_batch=6, seed=0)
    parts = [PackedBatches(ex, 80, global_batch=6, seed=0, process_index=p, process_count=3) for p in range(3)]
    for step in range(whole.steps_in_epoch(0)):
        full = whole.batch(0, step)
        for k in full:
            assert np.array_equal(np.concatenate([p.batch(0, step)[k] for p in parts]), full[k])
    with pytest.raises(AlignJaxError, match="not divisible"):
        PackedBatches(ex, 80, global_batch=6, process_count=4)


def test_too_long_examples_are_left_out_and_counted():
    ex = make_examples([10, 50, 20, 51], [3, 5, 5, 5])
    pb = PackedBatches(ex, 50, global_batch=2, seed=0)
    assert pb.too_long == 1
    seen = decode_epoch(ex, [pb.batch(0, s) for s in range(pb.steps_in_epoch(0))])
    assert sorted(seen) == [0, 1, 2]


def test_last_batch_padded_with_empty_rows():
    ex = make_examples([30] * 5, [10] * 5)  # 5 rows of one example each at T=40
    pb = PackedBatches(ex, 40, global_batch=4, seed=0)
    assert pb.steps_in_epoch(0) == 2
    last = pb.batch(0, 1)
    assert (last["segment_ids"] > 0).any(axis=1).sum() == 1
    assert pb.efficiency(0) == pytest.approx(150 / (8 * 40))


def check_plan(lengths, seq_len, plan):
    ln = lengths[plan.items]
    assert sorted(plan.items.tolist()) == [i for i in range(len(lengths)) if lengths[i] > 0]
    assert (np.add.reduceat(ln, plan.row_ptr[:-1]) <= seq_len).all()
    assert (plan.starts >= 0).all() and (plan.starts + ln <= seq_len).all()


def test_packers_on_random_sizes():
    rng = np.random.default_rng(0)
    for trial in range(60):
        T = int(rng.integers(8, 300))
        n = int(rng.integers(1, 300))
        L = rng.integers(1, T + 1, size=n) if trial % 2 else rng.integers(max(1, T // 5), T // 2 + 1, size=n)
        for rows, n_rows in (_ffd(L, T), *(_snake(L, T, s) for s in (0.0, 0.01))):
            load = np.bincount(rows, weights=L, minlength=n_rows)
            assert load.max() <= T and (np.bincount(rows, minlength=n_rows) > 0).all()
        check_plan(L, T, pack_plan(L, T, seed=1, epoch=trial, window=64))


def test_packing_efficiency_on_chat_sized_examples():
    # Lengths like Llama-3.1 chat examples of SWOW-EN (system header included): ~134 tokens.
    L = np.clip(np.random.default_rng(0).normal(134, 19, size=20_000).round(), 80, 205).astype(np.int64)
    for T, goal in ((512, 0.95), (2048, 0.99)):
        plan = pack_plan(L, T, seed=42, epoch=0)
        check_plan(L, T, plan)
        assert L.sum() / (plan.n_rows * T) >= goal
    # Plain FFD falls short at 512 here, which is why the snake packing exists.
    assert L.sum() / (_ffd(L, 512)[1] * 512) < 0.95


def test_max_row_loss_tokens_is_the_largest_row_response_count():
    lengths = np.array([5, 9, 3, 7, 4, 6])
    prompts = np.array([2, 4, 1, 6, 1, 3])
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    ex = TokenizedExamples(np.arange(offsets[-1], dtype=np.int32) % 50 + 1, offsets, prompts.astype(np.int32))
    pb = PackedBatches(ex, 12, 2, seed=3)
    expected = 0
    for epoch in range(2):
        for step in range(pb.steps_in_epoch(epoch)):
            expected = max(expected, int(pb.batch(epoch, step)["loss_mask"].sum(axis=1).max()))
    assert pb.max_row_loss_tokens(2) == expected > 0
