"""One GRPO iteration: rollout (P prompts × G samples) → scoring and rewards → group
advantages → `updates_per_rollout` optimizer steps, each over the whole rollout in
micro-batches.

The jitted programs (sampler, scoring pass if any, update step) are built once here;
Python loops around them and computes the text rewards. Sampling keys are a pure
function of (seed, iteration), so a resumed run repeats the interrupted one.
"""

from __future__ import annotations

import dataclasses
import functools
import time
from typing import Callable, Sequence

import jax
import numpy as np

from align_jax.errors import AlignJaxError
from align_jax.grpo import objective
from align_jax.grpo.rollout import RewardFn, sample_groups, score_rewards, sequences
from align_jax.grpo.update import GRPOHyper, jit_update, make_grpo_update, make_score_fn, update_batch
from align_jax.lora import LoraConfig
from align_jax.models.config import ModelConfig
from align_jax.models.decoder import Params
from align_jax.ppo.rollout import place_rows
from align_jax.sampling import Sampling
from align_jax.sharding import Sharder, host_tree
from align_jax.train.state import TrainState, state_shardings


@dataclasses.dataclass(frozen=True)
class GRPOSchedule:
    """`prompts` per rollout, each sampled `num_generations` times; `updates_per_rollout`
    optimizer steps over all its rows, `micro_batch` rows at a time."""

    prompts: int = 8
    num_generations: int = 8
    updates_per_rollout: int = 1
    micro_batch: int = 16
    max_new_tokens: int = 1024
    sampling: Sampling = Sampling("sample", 1.0)

    @property
    def rows(self) -> int:
        return self.prompts * self.num_generations

    def validate(self) -> None:
        if self.num_generations < 2:
            raise AlignJaxError(f"config grpo.num_generations={self.num_generations}: a group needs "
                                "at least 2 samples (one sample is its own baseline: advantage 0)")
        if self.updates_per_rollout < 1:
            raise AlignJaxError(f"config grpo.updates_per_rollout={self.updates_per_rollout} must be >= 1")
        if self.micro_batch < 1 or self.rows % self.micro_batch:
            raise AlignJaxError(f"config grpo.micro_batch={self.micro_batch} does not divide the "
                                f"{self.rows} rows of a rollout (prompts × num_generations)")


class GRPOTrainer:
    def __init__(self, model: ModelConfig, params: Params, policy: LoraConfig, hyper: GRPOHyper,
                 tx, state: TrainState, schedule: GRPOSchedule, *, seed: int,
                 stop_ids: Sequence[int], pad_id: int, lr_fn: Callable | None = None,
                 sharder: Sharder | None = None):
        schedule.validate()
        hyper.validate(schedule.updates_per_rollout)
        if hyper.shared_prompt and schedule.micro_batch % schedule.num_generations:
            raise AlignJaxError(f"config grpo.shared_prompt needs micro-batches of whole groups: "
                                f"grpo.micro_batch={schedule.micro_batch} is not a multiple of "
                                f"grpo.num_generations={schedule.num_generations}")
        self.model, self.params, self.policy, self.hyper = model, params, policy, hyper
        self.schedule, self.seed = schedule, seed
        self.stop_ids, self.pad_id, self.sharder = list(stop_ids), pad_id, sharder
        tsh = state_shardings(state).trainable
        g = schedule.num_generations
        self.score_fn = make_score_fn(model, policy, hyper, sharder=sharder, trainable_shardings=tsh,
                                      group=g)
        self.update_fn = jit_update(make_grpo_update(model, policy, tx, hyper, lr_fn, sharder=sharder,
                                                     group=g), model, hyper, state, sharder)
        self.adv_fn = jax.jit(functools.partial(objective.group_advantages,
                                                num_generations=schedule.num_generations,
                                                scale=hyper.scale_rewards))
        self.warned_flat = False

    # --- phases ---------------------------------------------------------------------------

    def rollout(self, state: TrainState, prompts: Sequence[Sequence[int]], iteration: int):
        s = self.schedule
        return sample_groups(self.model, self.params, self.policy, state.trainable, prompts,
                             num_generations=s.num_generations, max_new_tokens=s.max_new_tokens,
                             sampling=s.sampling, key=jax.random.fold_in(jax.random.key(self.seed), iteration),
                             stop_ids=self.stop_ids, pad_id=self.pad_id, sharder=self.sharder,
                             logprobs=self.hyper.pi_old == "sampler")

    def score(self, state: TrainState, seqs: dict) -> dict:
        """{old_logp?, ref_logp?} [B, N] numpy; {} when no scoring pass exists."""
        if self.score_fn is None:
            return {}
        return host_tree(self.score_fn(self.params, state.trainable, place_rows(seqs, self.sharder)))

    def update(self, state: TrainState, batch: dict):
        placed = place_rows(batch, self.sharder, leading=1)
        steps = []
        for _ in range(self.schedule.updates_per_rollout):
            state, m = self.update_fn(state, self.params, placed)
            steps.append(m)
        return state, [{k: float(v) for k, v in jax.device_get(m).items()} for m in steps]

    def _warn_if_flat(self, zero_groups: int, iteration: int) -> None:
        if self.warned_flat or zero_groups < self.schedule.prompts:
            return
        self.warned_flat = True
        if jax.process_index() == 0:
            print(f"warning: GRPO iteration {iteration + 1}: in all {self.schedule.prompts} groups "
                  "the samples' rewards are equal, so every advantage is 0 and the policy "
                  "cannot learn from it; check grpo.reward, the sampling temperature and "
                  "reward_parse_fail", flush=True)

    # --- the iteration ----------------------------------------------------------------------

    def iteration(self, state: TrainState, prompts: Sequence[Sequence[int]], reward_fn: RewardFn,
                  iteration: int):
        """(state, metrics) after one rollout and its updates."""
        s, h = self.schedule, self.hyper
        if len(prompts) != s.prompts:
            raise AlignJaxError(f"{len(prompts)} prompts for a rollout of grpo.prompts={s.prompts}")
        t0 = time.perf_counter()
        ro = self.rollout(state, prompts, iteration)
        t1 = time.perf_counter()
        seqs = sequences(ro, self.pad_id)
        scored = self.score(state, seqs)
        raw, failed = score_rewards(reward_fn, ro)
        adv, zero_groups = jax.device_get(self.adv_fn(raw))
        zero_groups = int(zero_groups)
        self._warn_if_flat(zero_groups, iteration)
        truncated = objective.truncated_rows(ro.tokens, ro.mask, self.stop_ids)
        lmask = objective.loss_mask(ro.tokens, ro.mask, self.stop_ids, h.mask_truncated)
        batch = update_batch(seqs, lmask, adv, h, s.micro_batch, scored, ro.logp)
        t2 = time.perf_counter()
        state, steps = self.update(state, batch)
        t3 = time.perf_counter()

        mean = lambda k: float(np.mean([m[k] for m in steps]))
        metrics = {
            "reward_mean": float(raw.mean()), "reward_std": float(raw.std()),
            "zero_adv_groups": zero_groups / s.prompts,
            "response_length": float(ro.mask.sum(axis=1).mean()),
            "truncated": float(truncated.mean()),
            # The first step sees π_θ = π_old: its KL and entropy describe the rollout.
            "entropy": steps[0]["entropy"], "loss": mean("loss"), "grad_norm": mean("grad_norm"),
            "clip_frac": mean("clip_frac"), "clip_frac_low": mean("clip_frac_low"),
            "clip_frac_high": mean("clip_frac_high"),
            "finite": float(all(m["finite"] for m in steps)),
            "rollout_s": t1 - t0, "score_s": t2 - t1, "update_s": t3 - t2,
        }
        if h.needs_reference:
            metrics["kl"] = steps[0]["kl"]
        if "lr" in steps[0]:
            metrics["lr"] = steps[0]["lr"]
        if failed is not None:
            metrics["reward_parse_fail"] = float(failed.mean())
        return state, metrics
