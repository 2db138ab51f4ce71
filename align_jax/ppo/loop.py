"""The PPO run: iterations of rollout → rewards → advantages → updates over the prepared
ranking tasks (or association tasks, `ppo.task`), with validation, logging, checkpoints, preemption and exact resume.

Which prompts an iteration uses, its sampling keys and its minibatch order are pure
functions of (seed, iteration); a checkpoint holds the TrainState (LoRAs, value head,
optimizer state) and, in its JSON record, the KL coefficient and the running reward
moments. So a resumed run is the run that was never interrupted.
"""

from __future__ import annotations

import math
from pathlib import Path

import jax
import numpy as np

from align_jax import settings
from align_jax.errors import AlignJaxError
from align_jax.generate import default_stop_ids
from align_jax.peft_io import export_peft
from align_jax.ppo import rewards
from align_jax.ppo.advantages import KLControl
from align_jax.ppo.models import ActorCritic, apply_sft_adapter, find_adapter, init_trainable, trainable_axes
from align_jax.ppo.rollout import sample_responses
from align_jax.ppo.step import PPOHyper, make_ppo_optimizer
from align_jax.ppo.trainer import PPOTrainer, Schedule, initial_control
from align_jax.sampling import Sampling
from align_jax.sharding import host_tree, shard_tree
from align_jax.ppo.tasks import (TASKS, batch_shards, check_task, cut_by_limit, decode,  # noqa: F401
                                 iteration_rows, load_tasks)
from align_jax.train import engine, optim, setup
from align_jax.train.run_folder import RunFolder
from align_jax.train.state import init_state

BEST = "val_reward"


# The `ppo` section as the objects of ppo/: a field takes the setting of its own name, or
# the one named here (settings.build casts each to the type the settings table declares).
def hyper_from(ppo_cfg) -> PPOHyper:
    return settings.build(PPOHyper, ppo_cfg, "ppo", {"chunk": "score_chunk"})


def schedule_from(ppo_cfg) -> Schedule:
    sampling = Sampling("sample", float(ppo_cfg.temperature), int(ppo_cfg.top_k), float(ppo_cfg.top_p))
    return settings.build(Schedule, ppo_cfg, "ppo", {"normalise_rewards": "normalize_reward"},
                          sampling=sampling)


def kl_control_from(ppo_cfg) -> KLControl:
    return settings.build(KLControl, ppo_cfg, "ppo", {"init_coef": "init_kl_coef", "adaptive": "adaptive_kl",
                                                 "target": "kl_target", "horizon": "kl_horizon"})


def optim_configs(ppo_cfg) -> tuple[optim.OptimConfig, optim.OptimConfig]:
    return (settings.build(optim.OptimConfig, ppo_cfg, "ppo", {"lr": "actor_lr"}),
            settings.build(optim.OptimConfig, ppo_cfg, "ppo", {"lr": "critic_lr"}))


def run_ppo(cfg, workdir: str | Path, resume: bool = False, allow_changes=()) -> dict:
    """Trains the policy LoRA (and the critic) by PPO as `cfg` says; returns the final metrics.

    Everything is checked before the run folder changes (train/run_folder.py); a resume of
    a finished run with its own settings returns its final metrics with `complete` set."""
    with RunFolder(cfg, workdir, resume, allow_changes, algorithm="ppo") as run:
        if run.complete:
            return run.summary_when_complete()
        return _train(cfg, run)


def _train(cfg, run: RunFolder) -> dict:
    return engine.train(PPO(cfg, run), run, cfg.train)


class RolloutIterations:
    """What PPO and GRPO share as engine algorithms (train/engine.py): one input is one
    iteration's prompt rows (`prompts_per_iteration` of the train tasks), the update's
    metrics come back as numbers (the text rewards need the host), and the messages of the
    non-finite policy. Subclasses set `name` and `prompts_per_iteration`."""

    unit = "iteration"
    best_metric, higher_is_better = BEST, True
    name = ""

    @property
    def prompts_per_iteration(self) -> int:
        raise NotImplementedError

    def prepare(self) -> None:
        pass  # everything is built in __init__ (the rollout needs the weights anyway)

    def inputs(self, start: int):
        for it in range(start, self.total):
            yield iteration_rows(len(self.train_tasks), self.prompts_per_iteration, self.seed, it)

    def observe(self, step: int, fetched: dict) -> dict:
        return fetched

    def nonfinite(self, step: int, m: dict, last_good: int | None) -> str:
        return (f"non-finite {self.name} loss or gradient at iteration {step}; the last "
                f"checkpoints are in {self.run.path}/ckpt")

    def skipped(self, step: int, m: dict) -> str:
        return (f"warning: iteration {step} skipped an update (non-finite loss or gradient); "
                f"{m['skipped']} skipped so far")


class PPO(RolloutIterations):
    """PPO as an engine algorithm: its update is rollout → rewards → advantages →
    minibatch updates (ppo/trainer.py)."""

    name = "PPO"

    @property
    def prompts_per_iteration(self) -> int:
        return self.schedule.rollout_batch

    def __init__(self, cfg, run: RunFolder):
        from align_jax.data.prepare import load_tokenizer

        self.cfg, self.run = cfg, run
        workdir = run.path
        self.sharder = sharder = setup.make_sharder(cfg.mesh)
        ppo_cfg, tc = cfg.ppo, cfg.train
        self.log_every, self.eval_every, self.save_every = (int(ppo_cfg.log_every), int(ppo_cfg.eval_every),
                                                            int(ppo_cfg.save_every))
        self.on_nonfinite = str(tc.on_nonfinite)
        self.reward_name = reward_name = str(ppo_cfg.reward)
        if ppo_cfg.reward_module:
            rewards.load_module(str(ppo_cfg.reward_module))
        rewards.get(reward_name)  # refuse an unknown reward before loading anything big
        self.task = task = str(ppo_cfg.task)
        task_split = str(ppo_cfg.task_split)
        check_task(task, task_split, reward_name)
        if ppo_cfg.init_adapter and not Path(ppo_cfg.init_adapter).exists():
            raise AlignJaxError(f"config ppo.init_adapter={ppo_cfg.init_adapter!r}: no such adapter or run folder")
        if ppo_cfg.init_adapter:
            find_adapter(ppo_cfg.init_adapter)  # a file, or a folder without one: before data and model
        self.schedule = schedule = schedule_from(ppo_cfg)
        schedule.validate()
        shards = batch_shards(sharder)
        for name in ("rollout_micro", "train_micro"):
            if int(ppo_cfg[name]) % shards:
                raise AlignJaxError(f"config ppo.{name}={int(ppo_cfg[name])} is not divisible by the "
                                    f"{shards} data-parallel shards of the mesh")

        data_dir, tokenizer_path = setup.prepared_data(cfg.data, workdir)
        self.tokenizer = load_tokenizer(tokenizer_path)
        model, params, self.source = setup.load_model(cfg.model, len(self.tokenizer), workdir, sharder,
                                                      tokenizer_path)
        self.model, self.pad_id = model, self.tokenizer.pad_token_id or 0
        self.stop_ids = default_stop_ids(model, self.tokenizer)
        policy_cfg, policy_init = setup.lora_config(cfg.lora), None
        if ppo_cfg.init_adapter:
            params, adapter_cfg, policy_init = apply_sft_adapter(model, params, ppo_cfg.init_adapter,
                                                                 ppo_cfg.init_mode, sharder)
            policy_cfg = adapter_cfg or policy_cfg
        self.params = params
        if ppo_cfg.critic not in ("lora", "shared"):
            raise AlignJaxError(f"config ppo.critic={ppo_cfg.critic!r}; choose 'lora' or 'shared'")
        self.ac = ac = ActorCritic(policy_cfg, setup.lora_config(cfg.lora) if ppo_cfg.critic == "lora" else None)

        self.train_tasks, val = load_tasks(data_dir, self.tokenizer, int(ppo_cfg.max_prompt_len),
                                           reward_name.startswith("association"), task, task_split,
                                           int(ppo_cfg.task_questions))
        if len(self.train_tasks) < schedule.rollout_batch:
            where = ("ranking.jsonl" if task == "ranking"
                     else f"association tasks of the {task_split} cues")
            raise AlignJaxError(f"{data_dir}: {len(self.train_tasks)} training tasks ({where}), fewer than "
                                f"ppo.rollout_batch={schedule.rollout_batch}")
        self.val = val[: int(ppo_cfg.val_tasks)]
        self.has_eval = bool(self.val)
        self.total = (int(ppo_cfg.max_iterations) if int(ppo_cfg.max_iterations) > 0
                      else math.ceil(float(ppo_cfg.epochs) * len(self.train_tasks) / schedule.rollout_batch))
        self.seed = seed = int(tc.seed)

        actor_ocfg, critic_ocfg = optim_configs(ppo_cfg)
        n_updates = self.total * schedule.updates_per_iteration()
        tx = make_ppo_optimizer(actor_ocfg, critic_ocfg, n_updates)
        lr_fns = {"actor": optim.schedule(actor_ocfg, n_updates), "critic": optim.schedule(critic_ocfg, n_updates)}
        trainable = init_trainable(model, ac, jax.random.key(seed), policy_init, float(ppo_cfg.value_head_std))
        trainable = shard_tree(trainable, trainable_axes(ac), sharder, "trainable")
        self.state = init_state(trainable, trainable_axes(ac), tx, seed, sharder)
        kl = kl_control_from(ppo_cfg)
        self.trainer = PPOTrainer(model, params, ac, hyper_from(ppo_cfg), tx, lr_fns, self.state, schedule,
                                  seed=seed, stop_ids=self.stop_ids, pad_id=self.pad_id, kl=kl,
                                  sharder=sharder)
        self.control = initial_control(kl)
        self.merged = (str(ppo_cfg.init_adapter) if ppo_cfg.init_adapter and ppo_cfg.init_mode == "merge"
                       else "")
        self.options = {"k": int(ppo_cfg.reward_k)} if reward_name.startswith("association") else {}

    def restored(self, step: int, record: dict) -> str:
        self.control = record["control"]
        return f"resumed from iteration {step}"

    def banner(self) -> str:
        ac, s = self.ac, self.schedule
        critic_desc = "shared backbone" if ac.shared_critic else f"LoRA r={ac.critic.rank}"
        return (f"model {self.model.family} from {self.source}; policy LoRA r={ac.policy.rank} on "
                f"{', '.join(ac.policy.targets)}; critic {critic_desc}; reward {self.reward_name} on "
                f"{self.task} tasks; {self.total} iterations of {s.rollout_batch} prompts "
                f"({len(self.train_tasks)} train, {len(self.val)} val tasks); "
                f"{jax.device_count()} device(s)")

    def _scorer(self, tasks):
        def fn(tokens, mask, rows):
            texts = decode(self.tokenizer, tokens, mask, self.stop_ids)
            return rewards.score_details(self.reward_name, texts, [tasks[r] for r in rows],
                                         cut_by_limit(tokens, mask, self.stop_ids), **self.options)
        return fn

    def update(self, state, rows, step: int):
        tasks = [self.train_tasks[r][0] for r in rows]
        state, self.control, m = self.trainer.iteration(
            state, self.control, [self.train_tasks[r][1] for r in rows], self._scorer(tasks), step)
        return state, {**m, "skipped": int(state.skipped), "updates": int(state.step)}

    def evaluate(self, state) -> dict:
        """Mean reward and share of unparseable greedy answers to the val tasks."""
        s = self.schedule
        return validate(self, self.ac, state.trainable, s.rollout_micro, s.max_new_tokens)

    def console(self, log, step: int, metrics: dict) -> None:
        _console(step, self.total, metrics)

    def record(self, step: int, metrics: dict) -> dict:
        return {"iteration": step, "control": self.control, "config": setup.resolved(self.cfg),
                "metrics": metrics}

    def export(self, state, metrics: dict, step: int) -> dict:
        return {**metrics, "iteration": step,
                **export(self.run.path, self.model, self.ac, state.trainable, self.source, self.merged)}


def validate(algo, ac: ActorCritic, trainable, micro: int, max_new_tokens: int) -> dict:
    """{val_reward, val_parse_fail}: the mean reward and the share of unparseable answers
    of the policy's greedy answers to `algo.val` (PPO's and GRPO's validation), `micro`
    tasks per generate call. `algo` holds the model, tokenizer, reward and val tasks."""
    greedy = Sampling("greedy")
    scores, failed = [], []
    for i in range(0, len(algo.val), micro):
        part = algo.val[i:i + micro]
        toks, mask, _ = sample_responses(algo.model, algo.params, ac, trainable,
                                         [p for _, p in part], max_new_tokens=max_new_tokens,
                                         sampling=greedy, key=jax.random.key(0),
                                         stop_ids=algo.stop_ids, pad_id=algo.pad_id,
                                         sharder=algo.sharder)
        sc, f = rewards.score_details(algo.reward_name, decode(algo.tokenizer, toks, mask, algo.stop_ids),
                                      [t for t, _ in part], cut_by_limit(toks, mask, algo.stop_ids),
                                      **algo.options)
        scores.append(sc)
        failed.append(f)
    return {"val_reward": float(np.concatenate(scores).mean()),
            "val_parse_fail": float(np.concatenate(failed).mean())}


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
