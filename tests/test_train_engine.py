"""The training engine: no device-to-host transfer on steps that do not log, evaluate or
save; metrics fetched later still give the same run; the guard used really catches one."""

import json
import sys
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "configs"))


def _config(**train):
    import demo

    c = demo.get_config()
    c.data.target_examples, c.data.val_examples, c.data.seq_len = 400, 16, 128
    c.train.global_batch, c.train.grad_accum, c.train.loss_chunk = 16, 2, 64
    c.train.tensorboard, c.train.max_steps = False, 9
    for k, v in train.items():
        setattr(c.train, k, v)
    return c


class Transfers:
    """Counts device-to-host reads of jax arrays (device_get, float/int/bool, item, tolist,
    printing) while `active`: on the CPU the transfer guard sees none, so this counts."""

    def __init__(self, monkeypatch):
        from jax._src import array as jarray

        self.active, self.seen = False, []
        cls = jarray.ArrayImpl
        value = cls._value
        monkeypatch.setattr(cls, "_value", property(lambda a: (self._saw(a), value.fget(a))[1]))
        for name in ("item", "tolist", "copy_to_host_async"):
            monkeypatch.setattr(cls, name, self._counted(getattr(cls, name)))

    def _saw(self, array):
        if self.active:
            self.seen.append(array.shape)

    def _counted(self, method):
        def counted(array, *args, **kwargs):
            self._saw(array)
            return method(array, *args, **kwargs)
        return counted

    def window(self):
        import contextlib

        @contextlib.contextmanager
        def active():
            self.active = True
            try:
                yield
            finally:
                self.active = False
        return active()


def test_the_counter_sees_a_fetch(monkeypatch):
    """The test below can fail: every usual way of reading an array is counted."""
    t = Transfers(monkeypatch)
    for read in (jax.device_get, lambda x: float(x[0]), lambda x: int(x[1]), lambda x: x[0].item(),
                 lambda x: x.tolist(), lambda x: bool(x[0] > 0)):
        x = jax.jit(lambda a: a * 2)(jnp.ones(3))
        with t.window():
            read(x)
        assert t.seen, read
        t.seen.clear()


@pytest.mark.slow
def test_no_transfer_between_sync_points(tmp_path, monkeypatch):
    from align_jax.train import engine
    from align_jax.train.sft_loop import run_sft

    t = Transfers(monkeypatch)
    windows = []
    monkeypatch.setattr(engine, "between_syncs", lambda: windows.append(1) or t.window())
    guarded = tmp_path / "guarded"
    # Sync points: steps 4 and 8 (log), 9 (the last); saves at 8 and 9; no evaluation before 9.
    final = run_sft(_config(log_every=4, eval_every=100, save_every=8), guarded)
    assert final["step"] == 9 and np.isfinite(final["val_loss"])
    assert len(windows) == 9 and t.seen == []
    monkeypatch.undo()
    # The same run with a sync point after every step gives the same metrics.
    every = tmp_path / "every"
    run_sft(_config(log_every=1, eval_every=100, save_every=8), every)
    rows = lambda p: [json.loads(l) for l in (p / "metrics.jsonl").read_text().splitlines()]
    a, b = rows(guarded), rows(every)
    assert [r["step"] for r in a] == list(range(1, 10))
    assert a == b
    steps = sorted(int(p.name) for p in (guarded / "ckpt").iterdir() if p.name.isdigit())
    assert steps == [8, 9]
