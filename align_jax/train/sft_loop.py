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
import jax.numpy as jnp
import numpy as np

from align_jax.errors import AlignJaxError
from align_jax.lora import bind, init_lora, lora_axes
from align_jax.peft_io import export_peft
from align_jax.sharding import Sharder, global_batch, host_tree, shard_tree
from align_jax.train import optim, setup
from align_jax.train.preemption import Preemption
from align_jax.train.checkpoint import Checkpoints
from align_jax.train.metrics_log import MetricsLog
from align_jax.train.run_folder import RunFolder
from align_jax.train.sft import jit_sft_step, make_sft_step, token_loss_sums
from align_jax.train.update import batch_sharding
from align_jax.train.state import abstract_state, init_state


def _accum(batch: dict, accum: int, where: str) -> dict:
    rows = batch["input_ids"].shape[0]
    if rows % accum:
        raise AlignJaxError(f"{where}: {rows} rows per process are not divisible by "
                            f"train.grad_accum={accum}")
    return {k: v.reshape(accum, rows // accum, *v.shape[1:]) for k, v in batch.items()}


def _place(batch: dict, sharder: Sharder | None) -> dict:
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
    with RunFolder(cfg, workdir, resume, allow_changes) as run:
        if run.complete:
            return run.summary_when_complete()
        return _train(cfg, run)


def _train(cfg, run: RunFolder) -> dict:
    from align_jax.data.packing import PackedBatches
    from align_jax.data.prepare import load_sft, load_tokenizer

    workdir, resume = run.path, run.resume
    sharder = setup.make_sharder(cfg.mesh)
    tc = cfg.train

    data_dir, tokenizer_path = setup.prepared_data(cfg.data, workdir)
    tokenizer = load_tokenizer(tokenizer_path)
    model, source = setup.model_config(cfg.model, len(tokenizer), tokenizer_path, workdir)
    pad_id = tokenizer.pad_token_id or 0
    pc, pi = jax.process_count(), jax.process_index()
    seq_len = int(cfg.data.seq_len)
    train_data = PackedBatches(load_sft(data_dir, "train"), seq_len, int(tc.global_batch),
                               int(cfg.data.seed), process_index=pi, process_count=pc, pad_id=pad_id)
    val_examples = load_sft(data_dir, "val")
    val_data = (PackedBatches(val_examples, seq_len, int(tc.global_batch), int(cfg.data.seed),
                              process_index=pi, process_count=pc, pad_id=pad_id)
                if len(val_examples) else None)
    steps_per_epoch = train_data.steps_in_epoch(0)
    if steps_per_epoch == 0:
        raise AlignJaxError(f"{data_dir}: no SFT training examples fit data.seq_len={seq_len}")
    total = int(tc.max_steps) if int(tc.max_steps) > 0 else math.ceil(float(tc.epochs) * steps_per_epoch)

    lora_cfg = setup.lora_config(cfg.lora)
    ocfg = setup.optim_config(tc)
    tx = optim.make_optimizer(ocfg, total)
    lr_fn = optim.schedule(ocfg, total)
    trainable = init_lora(model, lora_cfg, jax.random.key(int(tc.seed)))
    trainable = shard_tree(trainable, lora_axes(lora_cfg), sharder, "lora")
    state = init_state(trainable, lora_axes(lora_cfg), tx, int(tc.seed), sharder)

    ckpt = Checkpoints(workdir / "ckpt", keep_last=int(tc.keep_last), keep_best=int(tc.keep_best),
                       async_save=bool(tc.async_save))
    start, tokens_seen, metrics = 0, 0.0, {}
    if resume:
        # Shapes first (another rank or model cannot resume at all), then the settings
        # (with no checkpoint yet there is nothing they could spoil).
        ckpt.check_shapes(abstract_state(state))
        if ckpt.steps():
            run.refuse_changes()
        restored = ckpt.restore_latest(abstract_state(state))
        if restored is None:
            print(f"no checkpoint in {workdir}/ckpt: starting from step 0", flush=True)
        else:
            start, state, saved = restored
            tokens_seen = float(saved.get("tokens_seen", 0.0))
            metrics = dict(saved.get("metrics", {}))
            print(f"resumed from step {start} (epoch {saved['epoch']}, "
                  f"batch {saved['step_in_epoch']})", flush=True)
    if start >= total:  # the newest checkpoint is the last step: only the export may be missing
        ckpt.close()
        if run.final is not None:
            return run.summary_when_complete()
        run.write_config()
        return _export(run, model, lora_cfg, state, source, metrics, start, tokens_seen)

    params = setup.load_params(cfg.model, model, source, sharder)
    chunk = int(tc.loss_chunk)
    epochs = math.ceil(total / steps_per_epoch)
    counts = [train_data.max_row_loss_tokens(epochs)]
    if val_data is not None:
        counts.append(val_data.max_row_loss_tokens(1))
    budget = loss_budget(int(tc.loss_budget), chunk, seq_len, counts)
    step_fn = jit_sft_step(make_sft_step(model, lora_cfg, tx, lr_fn, sharder=sharder, chunk=chunk,
                                         loss_budget=budget), model, state, sharder)
    eval_fn = make_eval_fn(model, lora_cfg, sharder, chunk, budget)

    run.write_config()
    log = MetricsLog(workdir, total, tensorboard=bool(tc.tensorboard))
    log.truncate_after(start)
    print(f"model {model.family} from {source}; LoRA r={lora_cfg.rank} on {', '.join(lora_cfg.targets)}; "
          f"{total} steps ({steps_per_epoch}/epoch) of {tc.global_batch} rows x {seq_len} tokens "
          f"(logits for {budget or seq_len} per row); "
          f"{jax.device_count()} device(s), {pc} process(es)", flush=True)

    def record(step):
        return {"step": step, "epoch": step // steps_per_epoch,
                "step_in_epoch": step % steps_per_epoch, "tokens_seen": tokens_seen,
                "skipped": int(state.skipped), "config": setup.resolved(cfg), "metrics": metrics}

    last_good = start if ckpt.steps() else None
    log.start(start)
    accum = int(tc.grad_accum)
    try:
        with Preemption() as preempt:
            step = start
            while step < total:
                epoch, k = divmod(step, steps_per_epoch)
                batch = _place(_accum(train_data.batch(epoch, k), accum, "train.global_batch"), sharder)
                state, m = step_fn(state, params, batch)
                m = {key: float(v) for key, v in jax.device_get(m).items()}
                step += 1
                ckpt.raise_if_failed()
                _check_dropped(m.pop("dropped"), f"step {step}")
                if not m["finite"]:
                    if tc.on_nonfinite == "stop":
                        where = f"step {last_good}" if last_good is not None else "none yet"
                        raise AlignJaxError(f"non-finite loss or gradient at step {step} "
                                            f"(loss={m['loss']}, grad_norm={m['grad_norm']}); "
                                            f"the last good checkpoint is {where} in {workdir}/ckpt")
                    # The data position advances; the optimizer state does not (state.step).
                    print(f"warning: batch {step} skipped (non-finite loss or gradient); "
                          f"{int(state.skipped)} skipped so far", flush=True)
                tokens_seen += m["tokens"]
                metrics = {**m, "epoch": step / steps_per_epoch, "skipped": int(state.skipped)}
                evaluated = False
                if val_data is not None and (step % int(tc.eval_every) == 0 or step == total):
                    metrics["val_loss"] = validation_loss(eval_fn, state.trainable, params, val_data, sharder)
                    evaluated = True
                log.write(step, metrics)
                if step % int(tc.log_every) == 0 or step == total or evaluated:
                    log.console(step, metrics, tokens_seen)
                if step % int(tc.save_every) == 0 or step == total or preempt.requested:
                    preempt.save(ckpt, step, state, record(step), metrics if evaluated else None)
                    last_good = step
                if preempt.stop(ckpt, log, f"step {step} in {workdir}/ckpt"):
                    return {**metrics, "preempted": True, "step": step}
        ckpt.close()
    except BaseException:
        ckpt.abandon()
        raise
    finally:
        log.close()
    return _export(run, model, lora_cfg, state, source, metrics, step, tokens_seen)


def _export(run: RunFolder, model, lora_cfg, state, source: str, metrics: dict, step: int,
            tokens_seen: float) -> dict:
    """The PEFT adapter and final_metrics.json of a run whose last step is saved."""
    adapter = export_peft(run.path / "adapter", model, lora_cfg, host_tree(state.trainable),
                          base_model_name_or_path=source)
    final = {**metrics, "step": step, "adapter": str(adapter), "tokens_seen": tokens_seen}
    run.write_final(final)
    return final
