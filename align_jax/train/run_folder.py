"""A training run's folder, which nothing may damage.

`with RunFolder(cfg, workdir, resume, allow_changes, algorithm) as run:` checks before
anything is written: the config against align_jax/settings.py, that --workdir is a
writable folder, that no other run holds it (run_lock.py), and that a folder with
checkpoints is only continued with --resume, and by the algorithm that made it (recorded
in its config.json). A resume may not change a setting that changes what the run
computes (`run.refuse_changes()`, after the checkpoints' shapes have been checked) unless
the user allows that setting by name; a resume of a finished run with the same settings
is `run.complete` and changes nothing. The loops write `config.json` only once every check
has passed (`run.write_config()`, just before the first step)."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import jax

from align_jax import settings
from align_jax.errors import AlignJaxError
from align_jax.train.hosts import on_process_0
from align_jax.train.run_lock import LOCK_FILE, RunLock

CONFIG = "config.json"
FINAL = "final_metrics.json"
ALGORITHM_KEY = "algorithm"   # config.json's record of what trained the run: not a setting
LAUNCHERS = {"sft": "launch/train_sft.py", "ppo": "launch/train_ppo.py", "grpo": "launch/train_grpo.py"}


class RunFolder:
    def __init__(self, cfg, workdir: str | Path, resume: bool = False,
                 allow_changes: tuple[str, ...] | list[str] = (), algorithm: str = "sft"):
        if algorithm not in LAUNCHERS:
            raise ValueError(f"unknown algorithm {algorithm!r}")
        self.cfg = cfg
        self.algorithm = algorithm
        self.path = Path(workdir)
        self.resume = bool(resume)
        self.allow = tuple(allow_changes)
        self.stored: dict | None = None   # the run's config.json, when resuming
        self.final: dict | None = None    # its final_metrics.json, when it finished
        self._lock: RunLock | None = None
        self._created = False

    # --- opening ------------------------------------------------------------------------

    def __enter__(self) -> "RunFolder":
        settings.validate(self.cfg)
        settings.check_keys(self.allow, "--allow_changes")
        if self.allow and not self.resume:
            raise AlignJaxError("--allow_changes only applies with --resume")
        try:
            state = on_process_0(self._open)
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        self.stored, self.final = state["stored"], state["final"]
        try:
            self._refuse_other_algorithm()
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        return self

    def _refuse_other_algorithm(self) -> None:
        """A resume continues the run with the launcher that made it: GRPO cannot take
        over a PPO run (whose checkpoints it would misread). Runs from before the record
        carry none and are not checked here."""
        made_by = (self.stored or {}).get(ALGORITHM_KEY)
        if self.resume and made_by is not None and made_by != self.algorithm:
            launcher = LAUNCHERS.get(made_by, f"the {made_by} launcher")
            article = "an" if made_by == "sft" else "a"
            raise AlignJaxError(f"{self.path} is {article} {str(made_by).upper()} run (its {CONFIG}); "
                                f"resume it with {launcher}, not {LAUNCHERS[self.algorithm]}")

    def _open(self) -> dict:
        """Process 0: folder checks, the lock, and what a resume compares with."""
        path = self.path
        if path.exists() and not path.is_dir():
            raise AlignJaxError(f"{path} is a file, not a run folder; choose another --workdir")
        if not path.exists():
            try:
                path.mkdir(parents=True)
            except OSError as e:
                raise AlignJaxError(f"{path}: cannot create the run folder ({e.strerror})") from None
            self._created = True
        # The lock first: a folder another run is using says so, whatever else it holds.
        self._lock = RunLock(path)
        self._lock.acquire()
        if any(path.glob("ckpt/*")) and not self.resume:
            raise AlignJaxError(f"{path} already holds checkpoints; pass --resume to continue "
                                "the run, or choose another --workdir")
        stored = final = None
        if self.resume:
            stored = _read_json(path / CONFIG)
            final = _read_json(path / FINAL)
        return {"stored": stored, "final": final}

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if exc_type is not None and self._created:
            # A run that failed before writing anything leaves no folder behind.
            left = [p.name for p in self.path.iterdir()] if self.path.is_dir() else []
            if left in ([], [LOCK_FILE]):
                shutil.rmtree(self.path, ignore_errors=True)

    # --- resuming -----------------------------------------------------------------------

    @property
    def complete(self) -> bool:
        """A resume of a finished run with the same settings: nothing to do."""
        return bool(self.resume and self.final is not None and self.stored is not None
                    and not settings.resume_changes(self.stored, self.cfg))

    def refuse_changes(self) -> None:
        """Refuses a resume whose settings would change the run's trajectory."""
        if not self.resume or self.stored is None:
            return
        changes = settings.resume_changes(self.stored, self.cfg, self.allow)
        if not changes:
            return
        key, old, new = changes[0]
        more = (f" (and {len(changes) - 1} more: {', '.join(c[0] for c in changes[1:4])})"
                if len(changes) > 1 else "")
        raise AlignJaxError(f"--resume with {key}={new!r}{more} would change what the run in "
                            f"{self.path} computes (it has {key}={old!r}); resume with its settings, "
                            f"or pass --allow_changes={','.join(c[0] for c in changes)} to continue "
                            "with them anyway")

    def summary_when_complete(self) -> dict:
        last = (f"iteration {self.final['iteration']}" if "iteration" in self.final
                else f"step {self.final.get('step')}")
        if jax.process_index() == 0:
            print(f"the run in {self.path} is complete ({last}); --resume has nothing to do "
                  "and changed nothing", flush=True)
        return {**self.final, "complete": True}

    # --- writing ------------------------------------------------------------------------

    def write_config(self) -> None:
        if jax.process_index() == 0:
            write_json_atomic(self.path / CONFIG, {**resolved(self.cfg), ALGORITHM_KEY: self.algorithm})

    def write_final(self, final: dict) -> None:
        if jax.process_index() == 0:
            write_json_atomic(self.path / FINAL, final)


def resolved(cfg: Any) -> dict:
    """The config as plain JSON (for checkpoints and the run folder)."""
    return json.loads(cfg.to_json_best_effort())


def write_json_atomic(path: Path, obj: Any) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(obj, indent=2))
    os.replace(tmp, path)


def _read_json(path: Path) -> dict | None:
    try:
        obj = json.loads(path.read_text())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as e:
        raise AlignJaxError(f"{path}: unreadable ({e}); the run folder is damaged") from None
    return obj if isinstance(obj, dict) else None
