"""The GRPO run: the third algorithm on the training engine (train/engine.py), beside SFT
and PPO; no loop of its own.

    state      TrainState of {"policy": LoRA} (no critic), one AdamW
    inputs     the prompt rows of each iteration, PPO's tasks (ppo/tasks.py: the ranking
               tasks or the association tasks, read from the ppo.task* / ppo.reward* keys)
    update     rollout of grpo.prompts × grpo.num_generations answers in one generate call
               → rewards → group advantages → grpo.updates_per_rollout optimizer steps
               (grpo/trainer.py)
    evaluate   PPO's validation: greedy answers to the val tasks, mean reward, parse fails
    export     the policy adapter in PEFT format (adapter/)

Which prompts an iteration uses and its sampling keys are pure functions of (seed,
iteration), and the checkpoint holds the whole TrainState (GRPO keeps no host state: its
record's control is empty), so a resumed run is the run that was never interrupted.
"""

from __future__ import annotations

import math
from pathlib import Path

import jax

from align_jax import settings
from align_jax.errors import AlignJaxError
from align_jax.generate import default_stop_ids
from align_jax.grpo.rollout import text_reward
from align_jax.grpo.trainer import GRPOSchedule, GRPOTrainer
from align_jax.grpo.update import GRPOHyper, init_trainable, trainable_axes
from align_jax.peft_io import export_peft
from align_jax.ppo import rewards
from align_jax.ppo.loop import RolloutIterations, validate
from align_jax.ppo.models import ActorCritic, apply_sft_adapter, find_adapter
from align_jax.ppo.tasks import batch_shards, check_task, load_tasks
from align_jax.sampling import Sampling
from align_jax.sharding import host_tree, shard_tree
from align_jax.train import engine, optim, setup
from align_jax.train.run_folder import RunFolder
from align_jax.train.state import init_state


def hyper_from(cfg) -> GRPOHyper:
    return settings.build(GRPOHyper, cfg.grpo, "grpo", {"chunk": "score_chunk"})


def schedule_from(cfg) -> GRPOSchedule:
    g = cfg.grpo
    sampling = Sampling("sample", float(g.temperature), int(g.top_k), float(g.top_p))
    return settings.build(GRPOSchedule, g, "grpo", sampling=sampling)


def optim_config(cfg) -> optim.OptimConfig:
    return settings.build(optim.OptimConfig, cfg.grpo, "grpo")


def run_grpo(cfg, workdir: str | Path, resume: bool = False, allow_changes=()) -> dict:
    """Trains the policy LoRA by GRPO as `cfg` says; returns the final metrics (a finished
    run resumed with its own settings returns them with `complete` set)."""
    with RunFolder(cfg, workdir, resume, allow_changes, algorithm="grpo") as run:
        if run.complete:
            return run.summary_when_complete()
        return engine.train(GRPO(cfg, run), run, cfg.train)


class GRPO(RolloutIterations):
    """GRPO as an engine algorithm: its update is G samples per prompt → rewards → group
    advantages → `updates_per_rollout` updates (grpo/trainer.py)."""

    name = "GRPO"

    @property
    def prompts_per_iteration(self) -> int:
        return self.schedule.prompts

    def __init__(self, cfg, run: RunFolder):
        from align_jax.data.prepare import load_tokenizer

        self.cfg, self.run = cfg, run
        self.sharder = sharder = setup.make_sharder(cfg.mesh)
        g, p, tc = cfg.grpo, cfg.ppo, cfg.train
        self.log_every, self.eval_every, self.save_every = (int(g.log_every), int(g.eval_every),
                                                            int(g.save_every))
        self.on_nonfinite = str(tc.on_nonfinite)
        self.reward_name = reward_name = str(p.reward)
        if p.reward_module:
            rewards.load_module(str(p.reward_module))
        rewards.get(reward_name)  # an unknown reward fails before anything big is loaded
        self.task = task = str(p.task)
        check_task(task, str(p.task_split), reward_name)
        if p.init_adapter and not Path(p.init_adapter).exists():
            raise AlignJaxError(f"config ppo.init_adapter={p.init_adapter!r}: no such adapter or run folder")
        if p.init_adapter:
            find_adapter(p.init_adapter)  # a file, or a folder without one: before data and model
        self.schedule, self.hyper = schedule, hyper = schedule_from(cfg), hyper_from(cfg)
        schedule.validate()
        hyper.validate(schedule.updates_per_rollout)
        shards = batch_shards(sharder)
        if schedule.micro_batch % shards:
            raise AlignJaxError(f"config grpo.micro_batch={schedule.micro_batch} is not divisible by "
                                f"the {shards} data-parallel shards of the mesh")

        data_dir, tokenizer_path = setup.prepared_data(cfg.data, run.path)
        self.tokenizer = load_tokenizer(tokenizer_path)
        model, params, self.source = setup.load_model(cfg.model, len(self.tokenizer), run.path, sharder,
                                                      tokenizer_path)
        self.model, self.pad_id = model, self.tokenizer.pad_token_id or 0
        self.stop_ids = default_stop_ids(model, self.tokenizer)
        policy_cfg, policy_init = setup.lora_config(cfg.lora), None
        if p.init_adapter:
            params, adapter_cfg, policy_init = apply_sft_adapter(model, params, p.init_adapter,
                                                                 p.init_mode, sharder)
            policy_cfg = adapter_cfg or policy_cfg
        self.params, self.policy = params, policy_cfg
        self.ac = ActorCritic(policy_cfg, None)  # the policy alone, for the shared validation

        self.train_tasks, val = load_tasks(data_dir, self.tokenizer, int(p.max_prompt_len),
                                           reward_name.startswith("association"), task,
                                           str(p.task_split), int(p.task_questions))
        if len(self.train_tasks) < schedule.prompts:
            raise AlignJaxError(f"{data_dir}: {len(self.train_tasks)} training {task} tasks, fewer "
                                f"than grpo.prompts={schedule.prompts}")
        self.val = val[: int(p.val_tasks)]
        self.has_eval = bool(self.val)
        self.total = (int(g.max_iterations) if int(g.max_iterations) > 0
                      else math.ceil(float(g.epochs) * len(self.train_tasks) / schedule.prompts))
        self.seed = seed = int(tc.seed)
        ocfg = optim_config(cfg)
        n_updates = self.total * schedule.updates_per_rollout
        tx = optim.make_optimizer(ocfg, n_updates)
        trainable = init_trainable(model, policy_cfg, jax.random.key(seed), policy_init)
        trainable = shard_tree(trainable, trainable_axes(policy_cfg), sharder, "trainable")
        self.state = init_state(trainable, trainable_axes(policy_cfg), tx, seed, sharder)
        self.trainer = GRPOTrainer(model, params, policy_cfg, hyper, tx, self.state, schedule, seed=seed,
                                   stop_ids=self.stop_ids, pad_id=self.pad_id,
                                   lr_fn=optim.schedule(ocfg, n_updates), sharder=sharder)
        self.merged = str(p.init_adapter) if p.init_adapter and p.init_mode == "merge" else ""
        self.options = {"k": int(p.reward_k)} if reward_name.startswith("association") else {}

    def restored(self, step: int, record: dict) -> str:
        return f"resumed from iteration {step}"

    def banner(self) -> str:
        s, h = self.schedule, self.hyper
        return (f"model {self.model.family} from {self.source}; GRPO policy LoRA r={self.policy.rank} on "
                f"{', '.join(self.policy.targets)}; reward {self.reward_name} on {self.task} tasks; "
                f"{self.total} iterations of {s.prompts} prompts x {s.num_generations} samples "
                f"({len(self.train_tasks)} train, {len(self.val)} val tasks); beta {h.beta:g}, "
                f"{h.loss_aggregation} loss, {s.updates_per_rollout} update(s) per rollout; "
                f"{jax.device_count()} device(s)")

    def update(self, state, rows, step: int):
        tasks = [self.train_tasks[r][0] for r in rows]
        reward = text_reward(self.tokenizer, self.stop_ids, self.reward_name, tasks, **self.options)
        state, m = self.trainer.iteration(state, [self.train_tasks[r][1] for r in rows], reward, step)
        return state, {**m, "skipped": int(state.skipped), "updates": int(state.step)}

    def evaluate(self, state) -> dict:
        return validate(self, self.ac, state.trainable, self.schedule.micro_batch,
                        self.schedule.max_new_tokens)

    def console(self, log, step: int, metrics: dict) -> None:
        if jax.process_index() != 0:
            return
        m = metrics
        parts = [f"iter {step}/{self.total}", f"reward {m['reward_mean']:.3f}±{m['reward_std']:.3f}",
                 f"zero-adv {m['zero_adv_groups']:.2f}"]
        if "kl" in m:
            parts.append(f"kl {m['kl']:.4f}")
        parts += [f"clip {m['clip_frac']:.3f}", f"ent {m['entropy']:.3f}", f"len {m['response_length']:.1f}"]
        if "reward_parse_fail" in m:
            parts.append(f"parse-fail {m['reward_parse_fail']:.2f}")
        if "val_reward" in m:
            parts.append(f"val_reward {m['val_reward']:.3f}")
        parts.append(f"{m['rollout_s']:.1f}+{m['score_s']:.1f}+{m['update_s']:.1f}s")
        print(" | ".join(parts), flush=True)

    def record(self, step: int, metrics: dict) -> dict:
        return {"iteration": step, "control": {}, "config": setup.resolved(self.cfg), "metrics": metrics}

    def export(self, state, metrics: dict, step: int) -> dict:
        trainable = host_tree(state.trainable)
        adapter = export_peft(self.run.path / "adapter", self.model, self.policy, trainable["policy"],
                              base_model_name_or_path=self.source)
        base = (f"{self.source} with the SFT adapter {self.merged} merged" if self.merged else self.source)
        return {**metrics, "iteration": step, "adapter": str(adapter), "policy_base": base}
