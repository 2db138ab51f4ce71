"""The SFT run: epochs of packed batches through the jitted step, with evaluation,
logging, checkpoints, preemption handling and exact resume.

Data order is a pure function of (seed, epoch, step), and a checkpoint holds the LoRA
tree, optimizer state, step, RNG and data position, so a resumed run is the run that
was never interrupted.
"""

from __future__ import annotations

import math
from pathlib import Path

import jax
import numpy as np

from align_jax.errors import AlignJaxError
from align_jax.lora import bind, init_lora, lora_axes
from align_jax.peft_io import export_peft
from align_jax.sharding import Sharder, global_batch, host_tree, shard_tree
from align_jax.train import engine, optim, setup
from align_jax.train.run_folder import RunFolder
from align_jax.train.sft import jit_sft_step, make_sft_step, token_loss_sums
from align_jax.train.state import init_state
from align_jax.train.update import batch_sharding


def _accum(batch: dict, accum: int, where: str) -> dict:
    rows = batch["input_ids"].shape[0]
    if rows % accum:
        raise AlignJaxError(f"{where}: {rows} rows per process are not divisible by "
                            f"train.grad_accum={accum}")
    return {k: v.reshape(accum, rows // accum, *v.shape[1:]) for k, v in batch.items()}


def _place(batch: dict, sharder: Sharder) -> dict:
    """This process's [accum, rows, T] arrays → global arrays sharded on the rows axis."""
    sh = batch_sharding(sharder)
    return {k: jax.make_array_from_process_local_data(sh, np.asarray(v)) for k, v in batch.items()}


def make_eval_fn(model, lora_cfg, sharder, chunk, loss_budget=0):
    """Jitted (trainable, params, batch[B,T]) -> (CE sum, tokens, dropped tokens)."""

    def fn(trainable, params, batch):
        ce, n, _, dropped = token_loss_sums(model, params, bind(lora_cfg, trainable), batch,
                                            sharder=sharder, chunk=chunk, loss_budget=loss_budget)
        return ce, n, dropped

    return jax.jit(fn)


def validation_loss(eval_fn, trainable, params, batches, sharder) -> float:
    ce = n = 0.0
    for step in range(batches.steps_in_epoch(0)):
        b = global_batch(batches.batch(0, step), sharder)
        c, m, dropped = eval_fn(trainable, params, b)
        _check_dropped(float(dropped), "validation")
        ce, n = ce + float(c), n + float(m)
    return ce / max(n, 1.0)


def _check_dropped(dropped: float, where: str) -> None:
    if dropped > 0:
        raise AlignJaxError(f"{where}: {dropped:.0f} response tokens did not fit "
                            "train.loss_budget; raise it, or set -1 (from the data) or 0 (all)")


def loss_budget(setting: int, chunk: int, seq_len: int, row_counts: list[int]) -> int:
    """Slots per row for the output head: `setting` if > 0, 0 (every token) if 0; with -1
    the largest row count rounded up (to a multiple of `chunk` above it, else of 8), or 0
    when that is no smaller than the rows."""
    if setting >= 0:
        return setting
    most = max(row_counts, default=0)
    step = chunk if 0 < chunk < most else 8
    budget = -(-max(most, 1) // step) * step
    return budget if budget < seq_len else 0


def run_sft(cfg, workdir: str | Path, resume: bool = False, allow_changes=()) -> dict:
    """Trains a LoRA adapter by SFT as `cfg` says; returns the final metrics.

    Everything is checked before the run folder changes (run_folder.py); a resume of a
    finished run with its own settings returns its final metrics with `complete` set."""
    with RunFolder(cfg, workdir, resume, allow_changes, algorithm="sft") as run:
        if run.complete:
            return run.summary_when_complete()
        return _train(cfg, run)


def _train(cfg, run: RunFolder) -> dict:
    return engine.train(SFT(cfg, run), run, cfg.train)


class SFT:
    """SFT as an engine algorithm (train/engine.py): packed batches through the jitted step."""

    unit = "step"
    best_metric, higher_is_better = "val_loss", False

    def __init__(self, cfg, run: RunFolder):
        from align_jax.data.packing import PackedBatches
        from align_jax.data.prepare import load_sft, load_tokenizer

        self.cfg, self.run = cfg, run
        workdir = run.path
        self.sharder = setup.make_sharder(cfg.mesh)
        tc = self.tc = cfg.train
        self.log_every, self.eval_every, self.save_every = (int(tc.log_every), int(tc.eval_every),
                                                            int(tc.save_every))
        self.on_nonfinite = str(tc.on_nonfinite)
        data_dir, tokenizer_path = setup.prepared_data(cfg.data, workdir)
        tokenizer = load_tokenizer(tokenizer_path)
        self.model, self.source = setup.model_config(cfg.model, len(tokenizer), tokenizer_path, workdir)
        pad_id = tokenizer.pad_token_id or 0
        n_proc, proc = jax.process_count(), jax.process_index()
        self.seq_len = seq_len = int(cfg.data.seq_len)
        rows = dict(process_index=proc, process_count=n_proc, pad_id=pad_id)
        self.train_data = PackedBatches(load_sft(data_dir, "train"), seq_len, int(tc.global_batch),
                                        int(cfg.data.seed), **rows)
        val_examples = load_sft(data_dir, "val")
        self.val_data = (PackedBatches(val_examples, seq_len, int(tc.global_batch), int(cfg.data.seed),
                                       **rows) if len(val_examples) else None)
        self.has_eval = self.val_data is not None
        self.steps_per_epoch = self.train_data.steps_in_epoch(0)
        if self.steps_per_epoch == 0:
            raise AlignJaxError(f"{data_dir}: no SFT training examples fit data.seq_len={seq_len}")
        self.total = (int(tc.max_steps) if int(tc.max_steps) > 0
                      else math.ceil(float(tc.epochs) * self.steps_per_epoch))

        self.lora_cfg = setup.lora_config(cfg.lora)
        ocfg = setup.optim_config(tc)
        self.tx = optim.make_optimizer(ocfg, self.total)
        self.lr_fn = optim.schedule(ocfg, self.total)
        trainable = init_lora(self.model, self.lora_cfg, jax.random.key(int(tc.seed)))
        trainable = shard_tree(trainable, lora_axes(self.lora_cfg), self.sharder, "lora")
        self.state = init_state(trainable, lora_axes(self.lora_cfg), self.tx, int(tc.seed), self.sharder)
        self.tokens_seen = 0.0

    def restored(self, step: int, record: dict) -> str:
        self.tokens_seen = float(record.get("tokens_seen", 0.0))
        return (f"resumed from step {step} (epoch {record['epoch']}, "
                f"batch {record['step_in_epoch']})")

    def prepare(self) -> None:
        """The base weights and the compiled step and evaluation (not needed to export)."""
        tc = self.tc
        self.params = setup.load_params(self.cfg.model, self.model, self.source, self.sharder)
        chunk = int(tc.loss_chunk)
        epochs = math.ceil(self.total / self.steps_per_epoch)
        counts = [self.train_data.max_row_loss_tokens(epochs)]
        if self.val_data is not None:
            counts.append(self.val_data.max_row_loss_tokens(1))
        self.budget = loss_budget(int(tc.loss_budget), chunk, self.seq_len, counts)
        self.step_fn = jit_sft_step(make_sft_step(self.model, self.lora_cfg, self.tx, self.lr_fn,
                                                  sharder=self.sharder, chunk=chunk,
                                                  loss_budget=self.budget),
                                    self.model, self.state, self.sharder)
        self.eval_fn = make_eval_fn(self.model, self.lora_cfg, self.sharder, chunk, self.budget)

    def banner(self) -> str:
        tc, lc = self.tc, self.lora_cfg
        return (f"model {self.model.family} from {self.source}; LoRA r={lc.rank} on "
                f"{', '.join(lc.targets)}; {self.total} steps ({self.steps_per_epoch}/epoch) of "
                f"{tc.global_batch} rows x {self.seq_len} tokens "
                f"(logits for {self.budget or self.seq_len} per row); "
                f"{jax.device_count()} device(s), {jax.process_count()} process(es)")

    def inputs(self, start: int):
        accum = int(self.tc.grad_accum)
        for step in range(start, self.total):
            epoch, k = divmod(step, self.steps_per_epoch)
            yield _place(_accum(self.train_data.batch(epoch, k), accum, "train.global_batch"),
                         self.sharder)

    def update(self, state, batch, step: int):
        return self.step_fn(state, self.params, batch)

    def observe(self, step: int, fetched: dict) -> dict:
        m = {key: float(v) for key, v in fetched.items()}
        skipped = int(m.pop("skipped"))
        _check_dropped(m.pop("dropped"), f"step {step}")
        self.tokens_seen += m["tokens"]
        return {**m, "epoch": step / self.steps_per_epoch, "skipped": skipped}

    def nonfinite(self, step: int, m: dict, last_good: int | None) -> str:
        where = f"step {last_good}" if last_good is not None else "none yet"
        return (f"non-finite loss or gradient at step {step} (loss={m['loss']}, "
                f"grad_norm={m['grad_norm']}); the last good checkpoint is {where} in "
                f"{self.run.path}/ckpt")

    def skipped(self, step: int, m: dict) -> str:
        # The data position advances; the optimizer state does not (state.step).
        return (f"warning: batch {step} skipped (non-finite loss or gradient); "
                f"{m['skipped']} skipped so far")

    def evaluate(self, state) -> dict:
        return {"val_loss": validation_loss(self.eval_fn, state.trainable, self.params,
                                            self.val_data, self.sharder)}

    def console(self, log, step: int, metrics: dict) -> None:
        log.console(step, metrics, self.tokens_seen)

    def record(self, step: int, metrics: dict) -> dict:
        return {"step": step, "epoch": step // self.steps_per_epoch,
                "step_in_epoch": step % self.steps_per_epoch, "tokens_seen": self.tokens_seen,
                "skipped": metrics.get("skipped", 0), "config": setup.resolved(self.cfg),
                "metrics": metrics}

    def export(self, state, metrics: dict, step: int) -> dict:
        """The PEFT adapter and the final metrics of a run whose last step is saved."""
        adapter = export_peft(self.run.path / "adapter", self.model, self.lora_cfg,
                              host_tree(state.trainable), base_model_name_or_path=self.source)
        return {**metrics, "step": step, "adapter": str(adapter), "tokens_seen": self.tokens_seen}
