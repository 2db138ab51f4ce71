"""Checkpoints: torn, corrupt and mismatched checkpoints, failed saves, checksums."""

from __future__ import annotations

import shutil
import time

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax.sharding import NamedSharding, PartitionSpec

from align_jax.errors import AlignJaxError
from align_jax.train.checkpoint import Checkpoints


def _state(shift: float = 0.0, rank: int = 16):
    return {"lora": {"a": jnp.arange(64 * rank, dtype=jnp.float32).reshape(64, rank) / 7 + shift,
                     "b": jnp.full((rank, 32), shift, jnp.bfloat16)},
            "step": jnp.int32(int(shift)), "rng": jax.random.PRNGKey(int(shift))}


def _abstract(state):
    return jax.tree.map(lambda x: jax.ShapeDtypeStruct(x.shape, x.dtype, sharding=x.sharding), state)


def _saved(folder, steps=(2, 4), **kw) -> None:
    ckpt = Checkpoints(folder, keep_best=0, **kw)
    for s in steps:
        ckpt.save(s, _state(s), {"step": s})
    ckpt.close()


def _restore(folder, state=None):
    ckpt = Checkpoints(folder, keep_best=0)
    try:
        return ckpt.restore_latest(_abstract(state or _state()))
    finally:
        ckpt.close()


def _data_file(step_dir):
    """The largest file of a step's state: the one holding the array data."""
    return max((p for p in (step_dir / "state").rglob("*") if p.is_file()), key=lambda p: p.stat().st_size)


def test_restores_the_newest_exactly(tmp_path):
    _saved(tmp_path / "ckpt")
    step, state, record = _restore(tmp_path / "ckpt")
    assert step == 4 and record["step"] == 4 and "checksums" in record
    for got, want in zip(jax.tree.leaves(state), jax.tree.leaves(_state(4))):
        np.testing.assert_array_equal(np.asarray(got), np.asarray(want))


def test_flipped_bytes_in_the_newest_fall_back_with_a_warning(tmp_path, capsys):
    _saved(tmp_path / "ckpt")
    f = _data_file(tmp_path / "ckpt" / "4")
    data = bytearray(f.read_bytes())
    mid = len(data) // 2
    data[mid:mid + 64] = bytes(b ^ 0xFF for b in data[mid:mid + 64])  # 64 flipped bytes
    f.write_bytes(bytes(data))
    step, state, _ = _restore(tmp_path / "ckpt")
    assert step == 2
    np.testing.assert_array_equal(np.asarray(state["lora"]["a"]), np.asarray(_state(2)["lora"]["a"]))
    out = capsys.readouterr().out
    assert "warning: checkpoint step 4" in out and ("checksum" in out or "unreadable" in out)


def test_silently_wrong_data_is_caught_by_the_checksum(tmp_path, capsys):
    """Bytes that still decode (the case a flipped byte in a compressed chunk may be too)."""
    _saved(tmp_path / "ckpt")
    ckpt = Checkpoints(tmp_path / "ckpt", keep_best=0)
    real = ckpt.manager.restore

    def one_bit_off(step, args):
        out = real(step, args=args)
        if step == 4 and "state" in args:
            a = np.asarray(out["state"]["lora"]["a"]).copy()
            a.view(np.uint32)[5, 5] ^= 1 << 20
            out["state"]["lora"]["a"] = jnp.asarray(a)
        return out
    ckpt.manager.restore = one_bit_off
    step, _, _ = ckpt.restore_latest(_abstract(_state()))
    ckpt.close()
    assert step == 2
    assert ("warning: checkpoint step 4 in " in (out := capsys.readouterr().out)
            and "is corrupt (lora.a does not match its checksum); trying an older one" in out)


def _damage(step_dir, how: str) -> None:
    if how == "truncate":
        f = _data_file(step_dir)
        f.write_bytes(f.read_bytes()[:10])
    elif how == "manifest":
        for f in (step_dir / "state").rglob("manifest.ocdbt"):
            f.unlink()
    elif how == "record":
        shutil.rmtree(step_dir / "record")
    else:
        for child in step_dir.iterdir():
            shutil.rmtree(child) if child.is_dir() else child.unlink()


@pytest.mark.parametrize("damage", ["truncate", "manifest", "record", "empty"])
def test_torn_newest_falls_back(tmp_path, capsys, damage):
    _saved(tmp_path / "ckpt")
    _damage(tmp_path / "ckpt" / "4", damage)
    step, _, _ = _restore(tmp_path / "ckpt")
    assert step == 2
    assert "warning: checkpoint step 4" in capsys.readouterr().out


def test_lost_tree_metadata_still_restores_verified_data(tmp_path):
    """The run's own target and the record's checksums stand in for orbax's tree metadata."""
    _saved(tmp_path / "ckpt")
    (tmp_path / "ckpt" / "4" / "state" / "_METADATA").unlink()
    step, state, _ = _restore(tmp_path / "ckpt")
    assert step == 4
    np.testing.assert_array_equal(np.asarray(state["lora"]["a"]), np.asarray(_state(4)["lora"]["a"]))


def test_no_usable_checkpoint_is_refused_not_restarted(tmp_path):
    _saved(tmp_path / "ckpt", steps=(2,))
    _damage(tmp_path / "ckpt" / "2", "manifest")
    with pytest.raises(AlignJaxError, match="no usable checkpoint .* move them away"):
        _restore(tmp_path / "ckpt")


@pytest.mark.parametrize("steps", [(2,), (2, 4)], ids=["only", "newest"])
def test_another_rank_is_refused_before_any_restore(tmp_path, monkeypatch, steps):
    _saved(tmp_path / "ckpt", steps=steps)
    ckpt = Checkpoints(tmp_path / "ckpt", keep_best=0)

    real = ckpt.manager.restore

    def records_only(step, args):
        assert "state" not in args, "an array was read before the shapes were checked"
        return real(step, args=args)
    monkeypatch.setattr(ckpt.manager, "restore", records_only)
    want = f"checkpoint {tmp_path / 'ckpt' / str(steps[-1])}: lora.a has shape (64, 16), this config needs (64, 8)"
    with pytest.raises(AlignJaxError, match=want.replace("(", r"\(").replace(")", r"\)")):
        ckpt.check_shapes(_abstract(_state(rank=8)))
    with pytest.raises(AlignJaxError, match="another LoRA rank or model"):
        ckpt.restore_latest(_abstract(_state(rank=8)))
    ckpt.close()


def test_a_failed_background_save_stops_with_one_line(tmp_path, monkeypatch):
    """Injected write failure (the tmpfs test in test_run_faults.py makes a real one)."""
    from orbax.checkpoint._src.checkpointers import async_checkpointer

    ckpt = Checkpoints(tmp_path / "ckpt", keep_best=0)
    ckpt.save(2, _state(2), {"step": 2})
    ckpt.wait()
    real = async_checkpointer._background_wait_for_commit_futures

    def disk_full(directory, commit_futures, *a, **k):
        for f in commit_futures:  # the writes end, then the commit reports the full disk
            f.result()
        raise ValueError(f'RESOURCE_EXHAUSTED: Error writing "lora.a/0.0" in OCDBT database at '
                         f'local file "{directory}/state/d/1234": No space left on device')
    monkeypatch.setattr(async_checkpointer, "_background_wait_for_commit_futures", disk_full)
    ckpt.save(4, _state(4), {"step": 4})
    deadline = time.time() + 60
    with pytest.raises(AlignJaxError) as e:
        while time.time() < deadline:  # the loop polls after each step; the save fails meanwhile
            ckpt.raise_if_failed()
            time.sleep(0.01)
    message = str(e.value)
    assert message.startswith(f"saving checkpoint step 4 in {tmp_path / 'ckpt'} failed: no space left")
    assert " free there" in message and "the last complete checkpoint is step 2" in message
    assert "\n" not in message
    assert sorted(p.name for p in (tmp_path / "ckpt").iterdir()) == ["2"]  # no half-written step
    monkeypatch.setattr(async_checkpointer, "_background_wait_for_commit_futures", real)
    ckpt.abandon()
    assert _restore(tmp_path / "ckpt")[0] == 2


def test_checksums_are_layout_independent_and_catch_one_bit():
    from align_jax.train import checksums as sums

    tree = _state(3)
    plain = sums.checksums(tree)
    mesh = jax.make_mesh((jax.device_count(),), ("d",))
    sharded = dict(tree, lora=dict(tree["lora"], a=jax.device_put(
        tree["lora"]["a"], NamedSharding(mesh, PartitionSpec("d", None)))))
    assert sums.checksums(sharded) == plain
    flipped = np.asarray(tree["lora"]["a"]).copy()
    flipped.view(np.uint32)[17, 3] ^= 1
    assert sums.mismatch(dict(tree, lora=dict(tree["lora"], a=jnp.asarray(flipped))), plain) == "lora.a"
    assert sums.mismatch(tree, plain) is None


def test_checkpoints_saved_before_records_held_shapes_are_checked_too(tmp_path):
    import orbax.checkpoint as ocp

    with ocp.CheckpointManager(tmp_path / "ckpt", item_handlers={
            "state": ocp.StandardCheckpointHandler(), "record": ocp.JsonCheckpointHandler()}) as m:
        m.save(2, args=ocp.args.Composite(state=ocp.args.StandardSave(_state(2)),
                                          record=ocp.args.JsonSave({"step": 2})))
    ckpt = Checkpoints(tmp_path / "ckpt", keep_best=0)
    with pytest.raises(AlignJaxError, match=r"lora.a has shape \(64, 16\), this config needs \(64, 8\)"):
        ckpt.check_shapes(_abstract(_state(rank=8)))
    assert ckpt.restore_latest(_abstract(_state()))[0] == 2  # no checksums to verify: restored as is
    ckpt.close()


def test_an_abandoned_orbax_write_is_not_logged_as_a_traceback(tmp_path, caplog):
    """A failed save is one error line; asyncio's "Task exception was never retrieved" for
    the orbax task it left (logged when the task is collected, often at exit) is dropped,
    and asyncio's other records are kept."""
    import logging

    ckpt = Checkpoints(tmp_path / "ckpt", async_save=False)
    ckpt.close()
    log = logging.getLogger("asyncio")

    def raised_in(filename: str) -> BaseException:
        """An exception whose traceback has one frame in `filename`."""
        try:
            exec(compile("raise ValueError('RESOURCE_EXHAUSTED: Failed writing')", filename, "exec"))
        except ValueError as e:
            return e

    orbax_error, own_error = raised_in("/venv/orbax/checkpoint/_src/s.py"), raised_in("/app.py")
    with caplog.at_level(logging.ERROR, logger="asyncio"):
        log.error("Task exception was never retrieved\nfuture: <Task finished coro=<"
                  "async_serialize_from_host() defined at /venv/orbax/checkpoint/s.py:126>>")
        # As CI saw it: the gather of the writes, named by its temporary folder only.
        log.error("_GatheringFuture exception was never retrieved\nfuture: <_GatheringFuture "
                  "finished exception=ValueError('RESOURCE_EXHAUSTED: Error writing at "
                  "\"/run/ckpt/4.orbax-checkpoint-tmp/state\"')>")
        # Only the traceback says it is orbax's.
        log.error("_GatheringFuture exception was never retrieved\nfuture: <_GatheringFuture "
                  "finished exception=ValueError()>",
                  exc_info=(ValueError, orbax_error, orbax_error.__traceback__))
        log.error("Task exception was never retrieved\nfuture: <Task coro=<mine() at /app.py:1>>")
        log.error("_GatheringFuture exception was never retrieved\nfuture: <_GatheringFuture "
                  "finished exception=ValueError()>",
                  exc_info=(ValueError, own_error, own_error.__traceback__))
    assert [r.getMessage().splitlines()[1] for r in caplog.records] == [
        "future: <Task coro=<mine() at /app.py:1>>",
        "future: <_GatheringFuture finished exception=ValueError()>"]


def test_an_array_one_side_lacks_names_the_setting_that_likely_differs():
    from align_jax.train.checkpoint import check_shapes

    state = {"policy": {"q_proj": {"a": jax.ShapeDtypeStruct((4, 2), jnp.float32)}},
             "critic": {"q_proj": {"a": jax.ShapeDtypeStruct((4, 2), jnp.float32)}}}
    policy_only = {"policy.q_proj.a": (4, 2)}
    with pytest.raises(AlignJaxError, match=r"has no array critic\.q_proj\.a \(made with another "
                                            r"ppo\.critic \(lora or shared\)\?\)"):
        check_shapes("ckpt/2", policy_only, state)
    with pytest.raises(AlignJaxError, match=r"has array critic\.q_proj\.a that this config does not "
                                            r"\(made with another ppo\.critic"):
        check_shapes("ckpt/2", {**policy_only, "critic.q_proj.a": (4, 2)}, {"policy": state["policy"]})
    with pytest.raises(AlignJaxError, match=r"has no array policy\.q_proj\.a \(made with another LoRA"):
        check_shapes("ckpt/2", {}, {"policy": state["policy"]})
