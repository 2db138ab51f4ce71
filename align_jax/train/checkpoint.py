"""Orbax checkpoints of a TrainState plus a JSON record (data position, config, metrics).

Keeps the last N checkpoints and the best one by a validation metric; saves
asynchronously; restores the newest checkpoint that reads back, skipping a corrupt
newest one with a warning; refuses a checkpoint whose shapes differ from the run's.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import jax
import numpy as np
import orbax.checkpoint as ocp
from orbax.checkpoint import checkpoint_managers as policies

from align_jax.errors import AlignJaxError

log = logging.getLogger(__name__)


class Checkpoints:
    """`checkpoints/<run>/ckpt/<step>/{state, record}` managed by orbax."""

    def __init__(self, directory: str | Path, *, keep_last: int = 3, keep_best: int = 1,
                 best_metric: str = "val_loss", higher_is_better: bool = False,
                 async_save: bool = True):
        self.directory = Path(directory).absolute()
        self.best_metric = best_metric
        keep = [policies.LatestN(n=keep_last)]
        if keep_best:
            # BestN keeps the end of the sorted list: sort descending when lower is better.
            keep.append(policies.BestN(get_metric_fn=lambda m: m[best_metric],
                                       reverse=not higher_is_better,
                                       n=keep_best, keep_checkpoints_without_metrics=False))
        options = ocp.CheckpointManagerOptions(
            preservation_policy=policies.AnyPreservationPolicy(keep),
            enable_async_checkpointing=async_save, create=True, cleanup_tmp_directories=True)
        self.manager = ocp.CheckpointManager(self.directory, options=options,
                                             item_names=("state", "record"))

    def save(self, step: int, state: Any, record: dict, metrics: dict | None = None,
             force: bool = False) -> None:
        """Starts saving (asynchronously); `metrics` with `best_metric` rank it for keep-best."""
        usable = None
        if metrics and self.best_metric in metrics and np.isfinite(metrics[self.best_metric]):
            usable = {self.best_metric: float(metrics[self.best_metric])}
        self.manager.save(step, args=ocp.args.Composite(
            state=ocp.args.StandardSave(state), record=ocp.args.JsonSave(record)),
            metrics=usable, force=force)

    def wait(self) -> None:
        self.manager.wait_until_finished()

    def close(self) -> None:
        self.manager.wait_until_finished()
        self.manager.close()

    def steps(self) -> list[int]:
        return sorted(self.manager.all_steps())

    def restore_latest(self, abstract_state: Any) -> tuple[int, Any, dict] | None:
        """(step, state, record) of the newest readable checkpoint, or None if there is none.

        `abstract_state` (ShapeDtypeStructs with shardings) gives the shapes this run needs:
        a checkpoint that differs is refused with the first mismatching array named.
        """
        for step in reversed(self.steps()):
            self._check_shapes(step, abstract_state)
            try:
                restored = self.manager.restore(step, args=ocp.args.Composite(
                    state=ocp.args.StandardRestore(abstract_state), record=ocp.args.JsonRestore()))
            except AlignJaxError:
                raise
            except Exception as e:  # a torn or corrupt checkpoint: fall back to an older one
                log.warning("checkpoint %s/%d is unreadable (%s: %s); trying an older one",
                            self.directory, step, type(e).__name__, str(e)[:200])
                print(f"warning: checkpoint step {step} is unreadable ({type(e).__name__}); "
                      "trying an older one", flush=True)
                continue
            return step, restored["state"], restored["record"]
        return None

    def _check_shapes(self, step: int, abstract_state: Any) -> None:
        try:
            meta = self.manager.item_metadata(step)["state"]
        except Exception:
            return  # unreadable metadata: restore() will fail and fall back
        if meta is None:
            return
        want = {_dotted(p): tuple(x.shape)
                for p, x in jax.tree_util.tree_flatten_with_path(abstract_state)[0]}
        have = {_dotted(p): tuple(getattr(x, "shape", ()) or ())
                for p, x in jax.tree_util.tree_flatten_with_path(getattr(meta, "tree", meta))[0]}
        for key in want:
            if key not in have:
                raise AlignJaxError(f"checkpoint {self.directory}/{step} has no array {key} "
                                    "(made with another LoRA target set or model?)")
            if have[key] != want[key]:
                raise AlignJaxError(f"checkpoint {self.directory}/{step}: {key} has shape "
                                    f"{have[key]}, this config needs {want[key]} "
                                    "(another LoRA rank or model?)")
        extra = sorted(set(have) - set(want))
        if extra:
            raise AlignJaxError(f"checkpoint {self.directory}/{step} has array {extra[0]} that "
                                "this config does not (made with another LoRA target set?)")


def _dotted(path) -> str:
    """A key path as orbax names arrays: "opt_state.1.mu.q_proj.a"."""
    parts = []
    for k in path:
        for attr in ("key", "idx", "name"):
            if hasattr(k, attr):
                parts.append(str(getattr(k, attr)))
                break
    return ".".join(parts)
