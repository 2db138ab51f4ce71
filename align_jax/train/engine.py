"""The training loop, written once: start or resume, steps, the non-finite policy, periodic
evaluation, logging, checkpoints, preemption and the final export. An algorithm (SFT in
train/sft_loop.py, PPO in ppo/loop.py, GRPO in grpo/loop.py) plugs in what differs:

    state        the fresh TrainState (also the template a checkpoint is restored into)
    inputs(s)    its data source: the input of each step from s on (placed batches for SFT,
                 prompt rows for PPO); the engine keeps `PREFETCH` of them ready ahead
    update       (state, input, step) -> (state, metrics): its jitted update(s); metrics may
                 stay on the device, the engine fetches them only at a sync point
    observe      one step's fetched metrics -> the metrics logged (host bookkeeping)
    evaluate     state -> validation metrics; export: the final adapter and metrics

GRPO uses the same seams: its state has no critic, its input is a batch of prompts, and
its update samples G answers per prompt and scores each against its group's mean; the
engine needed nothing else.

No per-step host sync: a step's metrics are fetched at *sync points* only (steps that log,
evaluate or save, the last step, and a preemption), all pending steps at once, and then
handled in step order. The non-finite policy is still exact: a non-finite step changes
nothing but the RNG and `skipped` inside the jitted update (train/update.py), so a later
fetch loses nothing; "stop" raises at the first non-finite step with its own number, and
no checkpoint is saved after it (saves come after the fetch); "skip" warns for each such
step with its own count.

Preemption is agreed by all processes: SIGTERM/SIGINT only sets a local flag; with one
process it is read after every step; with several, the flags are all-reduced
(`Preemption.agreed` in train/preemption.py) every `EVERY` (10) steps and at every sync
point, steps that are the same on every process, so every process saves the same step
and exits 0.
"""

from __future__ import annotations

import collections
import signal
from typing import Any, Iterator, Protocol

import jax

from align_jax.errors import AlignJaxError
from align_jax.train.checkpoint import Checkpoints
from align_jax.train.hosts import say
from align_jax.train.metrics_log import MetricsLog
from align_jax.train.preemption import Preemption
from align_jax.train.run_folder import RunFolder
from align_jax.train.state import abstract_state

PREFETCH = 2  # inputs prepared (packed and placed) ahead of the step that uses them
# The transfer guard over the work between sync points: "allow"; "disallow_explicit"
# turns any device-to-host transfer there into an error on a GPU or TPU.
TRANSFERS_BETWEEN_SYNCS = "allow"


def between_syncs():
    """The context of a step's work that is no sync point (the update, the next input,
    bookkeeping). No device-to-host transfer belongs in it. On the CPU, whose arrays are
    host memory, the guard sees none; tests/test_train_engine.py replaces this function
    to count them instead."""
    return jax.transfer_guard_device_to_host(TRANSFERS_BETWEEN_SYNCS)


class Algorithm(Protocol):
    unit: str               # "step" or "iteration": console lines, records, messages
    total: int              # steps of the whole run
    log_every: int
    eval_every: int
    save_every: int
    has_eval: bool
    on_nonfinite: str       # "stop" or "skip"
    best_metric: str        # the metric that ranks checkpoints for keep-best
    higher_is_better: bool
    state: Any              # the fresh TrainState

    def restored(self, step: int, record: dict) -> str: ...
    def prepare(self) -> None: ...
    def banner(self) -> str: ...
    def inputs(self, start: int) -> Iterator[Any]: ...
    def update(self, state, inputs, step: int) -> tuple[Any, dict]: ...
    def observe(self, step: int, fetched: dict) -> dict: ...
    def nonfinite(self, step: int, metrics: dict, last_good: int | None) -> str: ...
    def skipped(self, step: int, metrics: dict) -> str: ...
    def evaluate(self, state) -> dict: ...
    def console(self, log: MetricsLog, step: int, metrics: dict) -> None: ...
    def record(self, step: int, metrics: dict) -> dict: ...
    def export(self, state, metrics: dict, step: int) -> dict: ...


def prefetch(items: Iterator[Any], depth: int = PREFETCH) -> Iterator[Any]:
    """`items` with `depth` of them made ahead: the next inputs are packed and placed (host
    work, asynchronous copies) while the device still runs the step before."""
    queue: collections.deque = collections.deque()
    for item in items:
        queue.append(item)
        if len(queue) > depth:
            yield queue.popleft()
    while queue:
        yield queue.popleft()


def train(algo: Algorithm, run: RunFolder, tc) -> dict:
    """Runs `algo` in `run`'s folder to its last step (or a preemption); the final metrics.
    `tc` is the train section (checkpoint retention, async saves, tensorboard)."""
    workdir = run.path
    state = algo.state
    ckpt = Checkpoints(workdir / "ckpt", keep_last=int(tc.keep_last), keep_best=int(tc.keep_best),
                       best_metric=algo.best_metric, higher_is_better=algo.higher_is_better,
                       async_save=bool(tc.async_save))
    start, metrics = 0, {}
    if run.resume:
        # Shapes first (another rank or model cannot resume at all), then the settings
        # (with no checkpoint yet there is nothing they could spoil).
        ckpt.check_shapes(abstract_state(state))
        if ckpt.steps():
            run.refuse_changes()
        restored = ckpt.restore_latest(abstract_state(state))
        if restored is None:
            say(f"no checkpoint in {workdir}/ckpt: starting from {algo.unit} 0")
        else:
            start, state, record = restored
            metrics = dict(record.get("metrics", {}))
            say(algo.restored(start, record))
    if start > algo.total:  # a smaller max allowed on resume: its export would record settings the
        # run never had (and the steps past the max are already taken)
        ckpt.close()
        raise AlignJaxError(f"--resume: the run in {workdir} is at {algo.unit} {start}, past the "
                            f"{algo.total} {algo.unit}s this config asks for; resume with at least "
                            f"{start}, or start a new run in another --workdir")
    if start >= algo.total:  # the newest checkpoint is the last step: only the export may be missing
        ckpt.close()
        if run.final is not None:
            return run.summary_when_complete()
        run.write_config()
        return _finish(run, algo.export(state, metrics, start))

    algo.prepare()
    run.write_config()
    log = MetricsLog(workdir, algo.total, tensorboard=bool(tc.tensorboard))
    log.truncate_after(start)
    say(algo.banner())
    loop = _Loop(algo, ckpt, log, start)
    try:
        with Preemption() as preempt:
            state, metrics, step = loop.run(state, metrics, preempt)
            if preempt.stop(ckpt, log, f"{algo.unit} {step} in {workdir}/ckpt"):
                return {**metrics, "preempted": True, algo.unit: step,
                        "signal": preempt.signum or signal.SIGTERM}  # (a peer's stop: SIGTERM)
        ckpt.close()
    except BaseException:
        ckpt.abandon()
        raise
    finally:
        log.close()
    return _finish(run, algo.export(state, metrics, step))


def _finish(run: RunFolder, final: dict) -> dict:
    run.write_final(final)
    return final


class _Loop:
    def __init__(self, algo: Algorithm, ckpt: Checkpoints, log: MetricsLog, start: int):
        self.algo, self.ckpt, self.log, self.start = algo, ckpt, log, start
        self.last_good = start if ckpt.steps() else None

    def due(self, step: int) -> tuple[bool, bool, bool]:
        """(log, evaluate, save) at `step`: a pure function of the step, the same on every
        process."""
        a, last = self.algo, step == self.algo.total
        evaluate = a.has_eval and (step % a.eval_every == 0 or last)
        return step % a.log_every == 0 or last or evaluate, evaluate, step % a.save_every == 0 or last

    def run(self, state, metrics: dict, preempt: Preemption):
        """Steps until the last one or an agreed preemption: (state, metrics, step)."""
        a = self.algo
        self.log.start(self.start)
        pending: list[tuple[int, dict]] = []
        inputs = prefetch(a.inputs(self.start))
        step = self.start
        while step < a.total:
            with between_syncs():
                state, m = a.update(state, next(inputs), step)
                step += 1
                pending.append((step, m))
                self.ckpt.raise_if_failed()
                logs, evaluate, save = self.due(step)
            stop = preempt.agreed(step, sync=logs or save)  # several processes: a collective
            if not (logs or save or stop):
                continue
            metrics = self.handle(pending)
            pending = []
            if evaluate:
                metrics.update(a.evaluate(state))
            self.log.write(step, metrics)
            if logs:
                a.console(self.log, step, metrics)
            if save or stop:
                preempt.save(self.ckpt, step, state, a.record(step, metrics),
                             metrics if evaluate else None)
                self.last_good = step
            if stop:
                break
        return state, metrics, step

    def handle(self, pending: list[tuple[int, dict]]) -> dict:
        """Fetches the pending steps' metrics in one transfer and handles them in order
        (non-finite policy, logs); the last step's metrics, not yet written."""
        a = self.algo
        fetched = jax.device_get([m for _, m in pending])
        for i, ((step, m), raw) in enumerate(zip(pending, fetched)):
            metrics = a.observe(step, {k: raw[k] for k in m})  # device_get sorts dict keys
            if not metrics["finite"]:
                if a.on_nonfinite == "stop":
                    raise AlignJaxError(a.nonfinite(step, metrics, self.last_good))
                say(a.skipped(step, metrics))
            if i < len(pending) - 1:
                self.log.write(step, metrics)
        return metrics
