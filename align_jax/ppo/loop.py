"""The PPO run: iterations of rollout → rewards → advantages → updates over the prepared
ranking tasks (or association tasks, `ppo.task`), with validation, logging, checkpoints, preemption and exact resume.

Which prompts an iteration uses, its sampling keys and its minibatch order are pure
functions of (seed, iteration); a checkpoint holds the TrainState (LoRAs, value head,
optimizer state) and, in its JSON record, the KL coefficient and the running reward
moments. So a resumed run is the run that was never interrupted.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import jax
import numpy as np

from align_jax.errors import AlignJaxError
from align_jax.generate import default_stop_ids, encode_prompts
from align_jax.peft_io import export_peft
from align_jax.ppo import rewards
from align_jax.ppo.advantages import KLControl
from align_jax.ppo.models import ActorCritic, apply_sft_adapter, init_trainable, trainable_axes
from align_jax.ppo.rollout import sample_responses
from align_jax.ppo.step import PPOHyper, make_ppo_optimizer
from align_jax.ppo.trainer import PPOTrainer, Schedule, initial_control
from align_jax.sampling import Sampling
from align_jax.sharding import host_tree, shard_tree
from align_jax.train import optim, setup
from align_jax.train.checkpoint import Checkpoints
from align_jax.train.metrics_log import MetricsLog
from align_jax.train.preemption import Preemption
from align_jax.train.run_folder import RunFolder
from align_jax.train.state import abstract_state, init_state

BEST = "val_reward"


def hyper_from(pc) -> PPOHyper:
    return PPOHyper(gamma=float(pc.gamma), lam=float(pc.lam), clip_eps=float(pc.clip_eps),
                    value_clip=float(pc.value_clip), vf_coef=float(pc.vf_coef),
                    ent_coef=float(pc.ent_coef), kl_estimator=str(pc.kl_estimator),
                    whiten_advantages=bool(pc.whiten_advantages), chunk=int(pc.score_chunk))


def schedule_from(pc) -> Schedule:
    sampling = Sampling("sample", float(pc.temperature), int(pc.top_k), float(pc.top_p))
    return Schedule(rollout_batch=int(pc.rollout_batch), rollout_micro=int(pc.rollout_micro),
                    train_batch=int(pc.train_batch), train_micro=int(pc.train_micro),
                    ppo_epochs=int(pc.ppo_epochs), max_new_tokens=int(pc.max_new_tokens),
                    sampling=sampling, normalise_rewards=bool(pc.normalize_reward),
                    sampler_logprobs=bool(pc.sampler_logprobs))


def kl_control_from(pc) -> KLControl:
    return KLControl(init_coef=float(pc.init_kl_coef), adaptive=bool(pc.adaptive_kl),
                     target=float(pc.kl_target), horizon=float(pc.kl_horizon))


def optim_configs(pc) -> tuple[optim.OptimConfig, optim.OptimConfig]:
    common = dict(schedule=pc.schedule, warmup_ratio=float(pc.warmup_ratio),
                  weight_decay=float(pc.weight_decay), max_grad_norm=float(pc.max_grad_norm),
                  loraplus_ratio=float(pc.loraplus_ratio))
    return (optim.OptimConfig(lr=float(pc.actor_lr), **common),
            optim.OptimConfig(lr=float(pc.critic_lr), **common))


def iteration_rows(n_tasks: int, batch: int, seed: int, iteration: int) -> np.ndarray:
    """Task indices of an iteration: a stream of per-epoch permutations, cut into batches."""
    idx = np.arange(iteration * batch, (iteration + 1) * batch)
    epochs, pos = np.divmod(idx, n_tasks)
    perms = {int(e): np.random.default_rng([seed, int(e), 3]).permutation(n_tasks)
             for e in np.unique(epochs)}
    return np.array([perms[int(e)][p] for e, p in zip(epochs, pos)])


TASKS = ("ranking", "association")


def check_task(task: str, split: str, reward_name: str) -> None:
    """Refuse a task source, cue split or reward that do not fit together (before loading)."""
    if task not in TASKS:
        raise AlignJaxError(f"config ppo.task={task!r}; choose one of {', '.join(TASKS)}")
    if task == "ranking" and split != "ppo":
        raise AlignJaxError(f"config ppo.task_split={split!r}: the ranking tasks are prepared from "
                            "the ppo split (ranking.jsonl); other splits need ppo.task='association'")
    if task == "association" and reward_name == "ranking_spearman":
        raise AlignJaxError("config ppo.reward='ranking_spearman' scores ranking tasks; with "
                            "ppo.task='association' choose association_precision or "
                            "association_coverage")


def load_tasks(data_dir: Path, tokenizer, max_prompt_len: int, with_human: bool,
               task: str = "ranking", split: str = "ppo", questions: int = 1):
    """(train, val) lists of (task, prompt ids); tasks whose prompt is too long are dropped.

    task "ranking": the prepared ranking tasks (the paper's); "association": the SFT
    instruction for each cue of `split` (`questions` per cue), with its human norms
    (data/association_tasks.py).
    """
    from align_jax.data.association_tasks import load_association_tasks
    from align_jax.data.prepare import load_ranking

    if task == "association":
        tasks = load_association_tasks(data_dir, split, questions_per_cue=questions)
    else:
        tasks = load_ranking(data_dir)
    if with_human and task == "ranking":  # the association rewards compare with every human response
        human: dict[str, list] = {}
        with open(data_dir / "norms.csv", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                human.setdefault(row["cue"], []).append((row["response"], int(row["count"])))
        tasks = [{**t, "human": human.get(t["cue"], [])} for t in tasks]
    ids = encode_prompts(tokenizer, [t["prompt"] for t in tasks], chat=True)
    keep = [(t, p) for t, p in zip(tasks, ids) if len(p) <= max_prompt_len]
    if len(keep) < len(tasks):
        print(f"warning: {len(tasks) - len(keep)} {task} tasks are longer than "
              f"ppo.max_prompt_len={max_prompt_len} tokens and were dropped", flush=True)
    return ([x for x in keep if x[0]["split"] == "train"], [x for x in keep if x[0]["split"] == "val"])


def batch_shards(sharder) -> int:
    """How many ways the mesh splits the batch axis (rows per step must divide by it)."""
    spec = sharder.spec(("batch",))[0]
    names = () if spec is None else (spec,) if isinstance(spec, str) else spec
    return int(np.prod([sharder.mesh.shape[a] for a in names])) if names else 1


def decode(tokenizer, tokens: np.ndarray, mask: np.ndarray, stop_ids) -> list[str]:
    stops = set(stop_ids)
    out = []
    for row, m in zip(tokens, mask):
        toks = [int(t) for t in row[: int(m.sum())]]
        if toks and toks[-1] in stops:
            toks = toks[:-1]
        out.append(tokenizer.decode(toks, skip_special_tokens=True))
    return out


def run_ppo(cfg, workdir: str | Path, resume: bool = False, allow_changes=()) -> dict:
    """Trains the policy LoRA (and the critic) by PPO as `cfg` says; returns the final metrics.

    Everything is checked before the run folder changes (train/run_folder.py); a resume of
    a finished run with its own settings returns its final metrics with `complete` set."""
    with RunFolder(cfg, workdir, resume, allow_changes) as run:
        if run.complete:
            return run.summary_when_complete()
        return _train(cfg, run)


def _train(cfg, run: RunFolder) -> dict:
    from align_jax.data.prepare import load_tokenizer

    workdir, resume = run.path, run.resume
    sharder = setup.make_sharder(cfg.mesh)
    pc, tc = cfg.ppo, cfg.train
    reward_name = str(pc.reward)
    if pc.reward_module:
        rewards.load_module(str(pc.reward_module))
    rewards.get(reward_name)  # refuse an unknown reward before loading anything big
    task, task_split = str(pc.task), str(pc.task_split)
    check_task(task, task_split, reward_name)
    if pc.init_adapter and not Path(pc.init_adapter).exists():
        raise AlignJaxError(f"config ppo.init_adapter={pc.init_adapter!r}: no such adapter or run folder")
    schedule = schedule_from(pc)
    schedule.validate()

    shards = batch_shards(sharder)
    for name in ("rollout_micro", "train_micro"):
        if int(pc[name]) % shards:
            raise AlignJaxError(f"config ppo.{name}={int(pc[name])} is not divisible by the "
                                f"{shards} data-parallel shards of the mesh")

    data_dir, tokenizer_path = setup.prepared_data(cfg.data, workdir)
    tokenizer = load_tokenizer(tokenizer_path)
    model, params, source = setup.load_model(cfg.model, len(tokenizer), workdir, sharder,
                                             tokenizer_path)
    pad_id = tokenizer.pad_token_id or 0
    stop_ids = default_stop_ids(model, tokenizer)

    policy_cfg, policy_init = setup.lora_config(cfg.lora), None
    if pc.init_adapter:
        params, adapter_cfg, policy_init = apply_sft_adapter(model, params, pc.init_adapter,
                                                             pc.init_mode, sharder)
        policy_cfg = adapter_cfg or policy_cfg
    if pc.critic not in ("lora", "shared"):
        raise AlignJaxError(f"config ppo.critic={pc.critic!r}; choose 'lora' or 'shared'")
    ac = ActorCritic(policy_cfg, setup.lora_config(cfg.lora) if pc.critic == "lora" else None)

    train, val = load_tasks(data_dir, tokenizer, int(pc.max_prompt_len),
                            reward_name.startswith("association"), task, task_split,
                            int(pc.task_questions))
    if len(train) < schedule.rollout_batch:
        source = ("ranking.jsonl" if task == "ranking"
                  else f"association tasks of the {task_split} cues")
        raise AlignJaxError(f"{data_dir}: {len(train)} training tasks ({source}), fewer than "
                            f"ppo.rollout_batch={schedule.rollout_batch}")
    val = val[: int(pc.val_tasks)]
    total = (int(pc.max_iterations) if int(pc.max_iterations) > 0
             else math.ceil(float(pc.epochs) * len(train) / schedule.rollout_batch))
    seed = int(tc.seed)

    actor_ocfg, critic_ocfg = optim_configs(pc)
    n_updates = total * schedule.updates_per_iteration()
    tx = make_ppo_optimizer(actor_ocfg, critic_ocfg, n_updates)
    lr_fns = {"actor": optim.schedule(actor_ocfg, n_updates), "critic": optim.schedule(critic_ocfg, n_updates)}
    trainable = init_trainable(model, ac, jax.random.key(seed), policy_init, float(pc.value_head_std))
    trainable = shard_tree(trainable, trainable_axes(ac), sharder, "trainable")
    state = init_state(trainable, trainable_axes(ac), tx, seed, sharder)
    kl = kl_control_from(pc)
    trainer = PPOTrainer(model, params, ac, hyper_from(pc), tx, lr_fns, state, schedule, seed=seed,
                         stop_ids=stop_ids, pad_id=pad_id, kl=kl, sharder=sharder)
    control = initial_control(kl)

    ckpt = Checkpoints(workdir / "ckpt", keep_last=int(tc.keep_last), keep_best=int(tc.keep_best),
                       best_metric=BEST, higher_is_better=True, async_save=bool(tc.async_save))
    start, metrics = 0, {}
    if resume:
        # Shapes first (another rank or model cannot resume at all), then the settings
        # (with no checkpoint yet there is nothing they could spoil).
        ckpt.check_shapes(abstract_state(state))
        if ckpt.steps():
            run.refuse_changes()
        restored = ckpt.restore_latest(abstract_state(state))
        if restored is None:
            print(f"no checkpoint in {workdir}/ckpt: starting from iteration 0", flush=True)
        else:
            start, state, record = restored
            control = record["control"]
            metrics = dict(record.get("metrics", {}))
            print(f"resumed from iteration {start}", flush=True)
    merged = str(pc.init_adapter) if pc.init_adapter and pc.init_mode == "merge" else ""
    if start >= total:  # the newest checkpoint is the last iteration: only the export may be missing
        ckpt.close()
        if run.final is not None:
            return run.summary_when_complete()
        run.write_config()
        final = {**metrics, "iteration": start, **export(workdir, model, ac, state.trainable, source, merged)}
        run.write_final(final)
        return final
    run.write_config()
    log = MetricsLog(workdir, total, tensorboard=bool(tc.tensorboard))
    log.truncate_after(start)
    critic_desc = "shared backbone" if ac.shared_critic else f"LoRA r={ac.critic.rank}"
    print(f"model {model.family} from {source}; policy LoRA r={ac.policy.rank} on "
          f"{', '.join(ac.policy.targets)}; critic {critic_desc}; reward {reward_name} on {task} tasks; "
          f"{total} iterations of {schedule.rollout_batch} prompts ({len(train)} train, "
          f"{len(val)} val tasks); {jax.device_count()} device(s)", flush=True)

    options = {"k": int(pc.reward_k)} if reward_name.startswith("association") else {}

    def reward_fn(rows_tasks):
        def fn(tokens, mask, rows):
            texts = decode(tokenizer, tokens, mask, stop_ids)
            return rewards.score_details(reward_name, texts, [rows_tasks[r] for r in rows], **options)
        return fn

    def validate(state) -> tuple[float, float]:
        """(mean reward, share of unparseable answers) of greedy answers to the val tasks."""
        greedy = Sampling("greedy")
        scores, failed = [], []
        for i in range(0, len(val), schedule.rollout_micro):
            part = val[i:i + schedule.rollout_micro]
            toks, mask, _ = sample_responses(model, params, ac, state.trainable, [p for _, p in part],
                                  max_new_tokens=schedule.max_new_tokens, sampling=greedy,
                                  key=jax.random.key(0), stop_ids=stop_ids, pad_id=pad_id,
                                  sharder=sharder)
            s, f = rewards.score_details(reward_name, decode(tokenizer, toks, mask, stop_ids),
                                         [t for t, _ in part], **options)
            scores.append(s)
            failed.append(f)
        return float(np.concatenate(scores).mean()), float(np.concatenate(failed).mean())

    log.start(start)
    try:
        with Preemption() as preempt:
            it = start
            while it < total:
                rows = iteration_rows(len(train), schedule.rollout_batch, seed, it)
                batch_tasks = [train[r][0] for r in rows]
                state, control, m = trainer.iteration(state, control, [train[r][1] for r in rows],
                                                      reward_fn(batch_tasks), it)
                it += 1
                ckpt.raise_if_failed()
                if not m["finite"]:
                    if tc.on_nonfinite == "stop":
                        raise AlignJaxError(f"non-finite PPO loss or gradient at iteration {it}; the "
                                            f"last checkpoints are in {workdir}/ckpt")
                    print(f"warning: iteration {it} skipped an update (non-finite loss or gradient); "
                          f"{int(state.skipped)} skipped so far", flush=True)
                metrics = {**m, "skipped": int(state.skipped), "updates": int(state.step)}
                evaluated = False
                if val and (it % int(pc.eval_every) == 0 or it == total):
                    metrics["val_reward"], metrics["val_parse_fail"] = validate(state)
                    evaluated = True
                log.write(it, metrics)
                if it % int(pc.log_every) == 0 or it == total or evaluated:
                    _console(it, total, metrics)
                if it % int(pc.save_every) == 0 or it == total or preempt.requested:
                    record = {"iteration": it, "control": control, "config": setup.resolved(cfg),
                              "metrics": metrics}
                    best = {BEST: metrics["val_reward"]} if evaluated else None
                    preempt.save(ckpt, it, state, record, best)
                if preempt.stop(ckpt, log, f"iteration {it} in {workdir}/ckpt"):
                    return {**metrics, "preempted": True, "iteration": it}
        ckpt.close()
    except BaseException:
        ckpt.abandon()
        raise
    finally:
        log.close()
    final = {**metrics, "iteration": it, **export(workdir, model, ac, state.trainable, source, merged)}
    run.write_final(final)
    return final


def export(workdir: Path, model, ac: ActorCritic, trainable, source: str, merged_sft: str) -> dict:
    """The policy adapter (PEFT) in adapter/, the critic's LoRA and value head in critic/.

    After PPO on an SFT-merged base, the adapter applies on top of base + SFT adapter:
    `policy_base` in the returned dict (and final_metrics.json) says so.
    """
    from safetensors.numpy import save_file

    trainable = host_tree(trainable)
    adapter = export_peft(workdir / "adapter", model, ac.policy, trainable["policy"],
                          base_model_name_or_path=source)
    out = {"adapter": str(adapter),
           "policy_base": f"{source} with the SFT adapter {merged_sft} merged" if merged_sft else source}
    if jax.process_index() == 0:
        critic = workdir / "critic"
        if not ac.shared_critic:
            export_peft(critic, model, ac.critic, trainable["critic"]["lora"], base_model_name_or_path=source)
        critic.mkdir(parents=True, exist_ok=True)
        head = trainable["critic"]["head"]
        save_file({"w": np.asarray(head["w"]), "b": np.asarray(head["b"]).reshape(1)},
                  str(critic / "value_head.safetensors"))
        out["critic"] = str(critic)
    return out


def _console(it: int, total: int, m: dict) -> None:
    if jax.process_index() != 0:
        return
    parts = [f"iter {it}/{total}", f"reward {m['reward_mean']:.3f}±{m['reward_std']:.3f}",
             f"kl {m['kl']:.3f} (β {m['kl_coef']:.3f})", f"clip {m['policy_clip_frac']:.3f}",
             f"vclip {m['value_clip_frac']:.3f}", f"ent {m['entropy']:.3f}",
             f"ev {m['explained_variance']:.2f}", f"len {m['response_length']:.1f}"]
    if "reward_parse_fail" in m:
        parts.append(f"parse-fail {m['reward_parse_fail']:.2f}")
    if "val_reward" in m:
        parts.append(f"val_reward {m['val_reward']:.3f}")
    parts.append(f"{m['rollout_s']:.1f}+{m['score_s']:.1f}+{m['update_s']:.1f}s")
    print(" | ".join(parts), flush=True)
