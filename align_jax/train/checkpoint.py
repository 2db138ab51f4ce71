"""Orbax checkpoints of a TrainState plus a JSON record (data position, config, metrics).

Keeps the last N checkpoints and the best one by a validation metric, and saves
asynchronously. What can go wrong is handled here:
- a failed save (disk full, read-only, quota) stops the run at the first step after it
  failed, with one line naming the folder and its free space; the step's half-written
  folder is removed and the last complete checkpoint is kept;
- every saved array gets a checksum in the record (checksums.py), verified on restore;
- a restore first compares every array's shape with the run's (from the shapes the
  checkpoint's JSON record lists, before reading any array): a checkpoint of another LoRA
  rank or model is refused naming the array and both shapes, whichever step is newest;
- a torn (unreadable) or corrupt (checksum mismatch) newest checkpoint is skipped with a
  warning for the one before it; if none is usable the resume is refused.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sys
import traceback
from pathlib import Path
from typing import Any

import jax
import numpy as np
import orbax.checkpoint as ocp
from orbax.checkpoint import checkpoint_managers as policies

from align_jax.errors import AlignJaxError
from align_jax.train import checksums as sums

class Checkpoints:
    """`checkpoints/<run>/ckpt/<step>/{state, record}` managed by orbax."""

    def __init__(self, directory: str | Path, *, keep_last: int = 3, keep_best: int = 1,
                 best_metric: str = "val_loss", higher_is_better: bool = False,
                 async_save: bool = True, checksums: bool = True):
        self.directory = Path(directory).absolute()
        self.best_metric = best_metric
        self.checksums = checksums
        self._pending: int | None = None
        # orbax's threads log a failed write with tracebacks (hundreds of lines); this class
        # reports it as one line instead. Kept when the user asked for verbose logs.
        self._drop = _DropOrbaxRecords()
        if logging.getLogger("absl").getEffectiveLevel() > logging.INFO:
            logging.getLogger("absl").addFilter(self._drop)
            _ignore_closed_loop_callbacks()
            _drop_abandoned_orbax_tasks()
        keep = [policies.LatestN(n=keep_last)]
        if keep_best:
            # BestN keeps the end of the sorted list: sort descending when lower is better.
            keep.append(policies.BestN(get_metric_fn=lambda m: m[best_metric],
                                       reverse=not higher_is_better,
                                       n=keep_best, keep_checkpoints_without_metrics=False))
        options = ocp.CheckpointManagerOptions(
            preservation_policy=policies.AnyPreservationPolicy(keep),
            enable_async_checkpointing=async_save, create=True, cleanup_tmp_directories=True)
        try:
            self.manager = ocp.CheckpointManager(
                self.directory, options=options,
                item_handlers={"state": ocp.StandardCheckpointHandler(),
                               "record": ocp.JsonCheckpointHandler()})
        except OSError as e:
            raise AlignJaxError(f"{self.directory}: cannot open the checkpoint folder "
                                f"({e.strerror or e})") from None

    # --- saving -------------------------------------------------------------------------

    def save(self, step: int, state: Any, record: dict, metrics: dict | None = None,
             force: bool = False) -> None:
        """Starts saving (asynchronously); `metrics` with `best_metric` rank it for keep-best."""
        self.raise_if_failed(wait=True)
        usable = None
        if metrics and self.best_metric in metrics and np.isfinite(metrics[self.best_metric]):
            usable = {self.best_metric: float(metrics[self.best_metric])}
        # The shapes let a resume check a checkpoint against its config from this small
        # JSON, before (and much faster than) orbax's per-array metadata.
        record = {**record, "shapes": {sums.dotted(p): list(x.shape) for p, x in
                                       jax.tree_util.tree_flatten_with_path(state)[0]}}
        if self.checksums:
            record["checksums"] = sums.checksums(state)
        try:
            self.manager.save(step, args=ocp.args.Composite(
                    state=ocp.args.StandardSave(state), record=ocp.args.JsonSave(record)),
                metrics=usable, force=force)
        except Exception as e:
            raise self._save_failed(step, e) from None
        self._pending = step

    def raise_if_failed(self, wait: bool = False) -> None:
        """Raises AlignJaxError if the last background save has failed; cheap while it runs.

        `wait=False` (after each step) looks only when the save has finished, so a step
        never waits for the disk; `wait=True` (before the next save, at the end) waits."""
        if self._pending is None:
            return
        # Several processes must stop at the same step: they look at save steps only, where
        # each waits (and orbax synchronises them) before the next save.
        if not wait and (jax.process_count() > 1 or self.manager.is_saving_in_progress()):
            return
        step, self._pending = self._pending, None
        try:
            self.manager.wait_until_finished()
        except Exception as e:
            raise self._save_failed(step, e) from None

    def _save_failed(self, step: int, error: BaseException) -> AlignJaxError:
        """Removes the half-written step and says what failed, where, and what is kept."""
        if jax.process_index() == 0:
            for tmp in self.directory.glob(f"{step}.orbax-checkpoint-tmp*"):
                shutil.rmtree(tmp, ignore_errors=True)
        kept = [s for s in _finished_steps(self.directory) if s != step]
        try:
            free = _size(shutil.disk_usage(self.directory).free)
        except OSError:
            free = "unknown"
        last = f"step {max(kept)}" if kept else "none"
        return AlignJaxError(f"saving checkpoint step {step} in {self.directory} failed: "
                             f"{_reason(error)} ({free} free there); the last complete "
                             f"checkpoint is {last}; free space, then rerun with --resume")

    def wait(self) -> None:
        self.raise_if_failed(wait=True)

    def close(self) -> None:
        try:
            self.raise_if_failed(wait=True)
        finally:
            with contextlib.suppress(Exception):
                self.manager.close()
            logging.getLogger("absl").removeFilter(self._drop)

    def abandon(self) -> None:
        """Closes after an error: lets a save in flight finish, raises nothing."""
        with contextlib.suppress(Exception):
            self.manager.wait_until_finished()
        with contextlib.suppress(Exception):
            self.manager.close()
        logging.getLogger("absl").removeFilter(self._drop)

    def steps(self) -> list[int]:
        return sorted(self.manager.all_steps())

    # --- restoring ----------------------------------------------------------------------

    def check_shapes(self, abstract_state: Any) -> None:
        """Refuses, before anything is restored, a checkpoint whose arrays have other
        shapes than the run's (whichever step it is); an unreadable one is left to
        restore_latest, which skips it as torn."""
        for step in reversed(self.steps()):
            record = self._record(step)
            shapes = self._shapes(step, record) if record is not None else None
            if shapes is not None:
                check_shapes(self.directory / str(step), shapes, abstract_state)

    def restore_latest(self, abstract_state: Any) -> tuple[int, Any, dict] | None:
        """(step, state, record) of the newest usable checkpoint, or None if there is none.

        `abstract_state` (ShapeDtypeStructs with shardings) gives the shapes this run needs."""
        steps = self.steps()
        for step in reversed(steps):
            record = self._record(step)
            shapes = self._shapes(step, record) if record is not None else None
            if shapes is None:
                _warn(f"checkpoint step {step} in {self.directory} is unreadable (torn: no "
                      "record or metadata); trying an older one")
                continue
            check_shapes(self.directory / str(step), shapes, abstract_state)
            try:
                with _no_unraisable_noise():
                    state = self.manager.restore(step, args=ocp.args.Composite(
                        state=ocp.args.StandardRestore(abstract_state)))["state"]
            except Exception as e:  # a torn or corrupt checkpoint: fall back to an older one
                _warn(f"checkpoint step {step} in {self.directory} is unreadable "
                      f"({type(e).__name__}: {_reason(e)}); trying an older one")
                continue
            bad = sums.mismatch(state, record["checksums"]) if "checksums" in record else None
            if bad is not None:
                _warn(f"checkpoint step {step} in {self.directory} is corrupt ({bad} does not "
                      "match its checksum); trying an older one")
                continue
            return step, state, record
        if steps:
            raise AlignJaxError(f"no usable checkpoint in {self.directory} (steps "
                                f"{', '.join(map(str, steps))} are torn or corrupt); move them "
                                "away to start the run again")
        return None

    def _record(self, step: int) -> dict | None:
        try:
            record = self.manager.restore(step, args=ocp.args.Composite(
                record=ocp.args.JsonRestore()))["record"]
        except Exception:
            return None
        return record if isinstance(record, dict) else None

    def _shapes(self, step: int, record: dict) -> dict[str, tuple] | None:
        """{array name: shape} from the record, or (checkpoints saved before the record
        held them) from orbax's metadata; None when unreadable."""
        if "shapes" in record:
            return {k: tuple(v) for k, v in record["shapes"].items()}
        try:
            meta = self.manager.item_metadata(step)["state"]
        except Exception:
            return None
        if meta is None:
            return None
        return {sums.dotted(p): tuple(getattr(x, "shape", ()) or ())
                for p, x in jax.tree_util.tree_flatten_with_path(getattr(meta, "tree", meta))[0]}


def check_shapes(where: Path, have: dict[str, tuple], abstract_state: Any) -> None:
    """Refuses a checkpoint whose arrays (`have`: name → shape) differ from the run's,
    naming the first one and both shapes."""
    want = {sums.dotted(p): tuple(x.shape)
            for p, x in jax.tree_util.tree_flatten_with_path(abstract_state)[0]}
    for key in want:
        if key not in have:
            raise AlignJaxError(f"checkpoint {where} has no array {key} "
                                f"(made with {_made_with(key, 'another LoRA target set or model')}?)")
        if have[key] != want[key]:
            raise AlignJaxError(f"checkpoint {where}: {key} has shape {have[key]}, this config "
                                f"needs {want[key]} (another LoRA rank or model?)")
    extra = sorted(set(have) - set(want))
    if extra:
        raise AlignJaxError(f"checkpoint {where} has array {extra[0]} that this config does "
                            f"not (made with {_made_with(extra[0], 'another LoRA target set')}?)")


def _made_with(key: str, otherwise: str) -> str:
    """The setting that most likely differs, for an array one side lacks."""
    return "another ppo.critic (lora or shared)" if "critic" in key else otherwise


def _finished_steps(directory: Path) -> list[int]:
    try:
        return sorted(int(p.name) for p in directory.iterdir() if p.name.isdigit())
    except OSError:
        return []


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split())
    if "RESOURCE_EXHAUSTED" in text or "No space left" in text or getattr(error, "errno", None) == 28:
        return "no space left on device"
    if "Read-only file system" in text or getattr(error, "errno", None) == 30:
        return "read-only file system"
    if "Permission denied" in text or "PERMISSION_DENIED" in text:
        return "permission denied"
    return text[:200] or type(error).__name__


def _size(n: int) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TiB"


def _warn(message: str) -> None:
    if jax.process_index() == 0:
        print(f"warning: {message}", flush=True)


class _DropOrbaxRecords(logging.Filter):
    """Drops orbax's and tensorstore's own log records (tracebacks from its threads)."""

    def filter(self, record: logging.LogRecord) -> bool:
        path = record.pathname.replace("\\", "/")
        return not ("/orbax/" in path or "/tensorstore/" in path)


class _AbandonedOrbaxTask(logging.Filter):
    """asyncio's "<Task or _GatheringFuture> exception was never retrieved" for an orbax
    write that failed (the save is reported as one error line; the task or the gather of
    its writes is garbage-collected, often at exit). Recognised by orbax's code, its
    temporary folder or its OCDBT store in the message, or by orbax or tensorstore frames
    in the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "exception was never retrieved" not in message:
            return True
        if "/orbax/" in message or ".orbax-checkpoint-tmp" in message or "OCDBT" in message:
            return False
        error = record.exc_info[1] if record.exc_info else None
        frames = traceback.extract_tb(error.__traceback__) if error is not None else []
        return not any("/orbax/" in f.filename or "/tensorstore/" in f.filename for f in frames)


def _drop_abandoned_orbax_tasks() -> None:
    """Installs `_AbandonedOrbaxTask` on the asyncio logger once, for the whole process
    (the tasks outlive the Checkpoints object)."""
    log = logging.getLogger("asyncio")
    if not any(isinstance(f, _AbandonedOrbaxTask) for f in log.filters):
        log.addFilter(_AbandonedOrbaxTask())


def _ignore_closed_loop_callbacks() -> None:
    """After a failed write, tensorstore completes orbax's pending futures into an asyncio
    loop that is already closed; each callback's "RuntimeError: Event loop is closed" goes
    to sys.unraisablehook as a bare traceback: drop exactly those."""
    previous = sys.unraisablehook
    if getattr(previous, "_align_jax", False):
        return

    def hook(unraisable):
        if isinstance(unraisable.exc_value, RuntimeError) and str(unraisable.exc_value) == "Event loop is closed":
            return
        previous(unraisable)
    hook._align_jax = True
    sys.unraisablehook = hook


@contextlib.contextmanager
def _no_unraisable_noise():
    """A failed restore leaves orbax's pending reads to be garbage-collected, each
    printing an "Exception ignored in <coroutine>" traceback: silence those."""
    old_hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        yield
    finally:
        sys.unraisablehook = old_hook
