"""One PPO iteration: rollout → scoring and rewards → advantages → minibatch updates.

The three jitted phases (sampler, scoring pass, update step) are built once here;
Python only loops around them and computes the text rewards. Everything random is a
pure function of (seed, iteration), so a resumed run repeats the interrupted one.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Callable, Sequence

import jax
import numpy as np

from align_jax.errors import AlignJaxError
from align_jax.models.config import ModelConfig
from align_jax.models.decoder import Params
from align_jax.ppo import advantages as adv_lib
from align_jax.ppo.models import ActorCritic
from align_jax.ppo.rollout import build_sequences, make_score_fn, place_rows, sample_responses
from align_jax.ppo.step import (PPOHyper, jit_ppo_update, make_advantage_fn, make_ppo_update,
                                minibatches)
from align_jax.sampling import Sampling
from align_jax.sharding import Sharder, as_sharder, host_tree
from align_jax.train.state import TrainState, state_shardings

# reward_fn(tokens [B, N], mask [B, N], rows) -> raw sequence rewards [B], or (rewards [B],
# parse failures bool [B]) for a reward that parses the text; `rows` are the indices of the
# prompts in the iteration's batch (the loop maps them to tasks).
RewardFn = Callable[[np.ndarray, np.ndarray, Sequence[int]],
                    np.ndarray | tuple[np.ndarray, np.ndarray]]


@dataclasses.dataclass(frozen=True)
class Schedule:
    """Batch sizes: `rollout_batch` prompts per iteration, sampled and scored
    `rollout_micro` at a time; updates of `train_batch` rows in `train_micro` micro-batches,
    `ppo_epochs` passes over the rollout."""

    rollout_batch: int = 64
    rollout_micro: int = 16
    train_batch: int = 32
    train_micro: int = 8
    ppo_epochs: int = 1
    max_new_tokens: int = 1024
    sampling: Sampling = Sampling("sample", 1.0)
    normalise_rewards: bool = True
    # Use the sampler's log-probs as log π_old instead of a teacher-forced policy pass:
    # one forward pass fewer per rollout (with a separate critic), at the price of the
    # decode path's rounding in the importance ratio (exact in fp32, not in bf16).
    sampler_logprobs: bool = False

    def validate(self) -> None:
        for name, whole, part in (("rollout_batch", self.rollout_batch, self.rollout_micro),
                                  ("train_batch", self.train_batch, self.train_micro),
                                  ("rollout_batch", self.rollout_batch, self.train_batch)):
            if part < 1 or whole % part:
                raise AlignJaxError(f"config ppo.{name}={whole} is not a multiple of {part} "
                                    "(rollout_micro / train_micro / train_batch)")

    def updates_per_iteration(self) -> int:
        return self.ppo_epochs * (self.rollout_batch // self.train_batch)


def initial_control(kl: adv_lib.KLControl) -> dict:
    """What the loop carries between iterations besides the TrainState (JSON-able)."""
    return {"kl_coef": float(kl.init_coef), "moments": [0.0, 0.0, 0.0]}


class PPOTrainer:
    def __init__(self, model: ModelConfig, params: Params, ac: ActorCritic, hyper: PPOHyper,
                 tx, lr_fns: dict, state: TrainState, schedule: Schedule, *, seed: int,
                 stop_ids: Sequence[int], pad_id: int, kl: adv_lib.KLControl,
                 sharder: Sharder | None = None):
        schedule.validate()
        self.model, self.params, self.ac, self.hyper = model, params, ac, hyper
        self.schedule, self.seed, self.kl = schedule, seed, kl
        self.stop_ids, self.pad_id = list(stop_ids), pad_id
        self.sharder = sharder = as_sharder(sharder)
        tsh = state_shardings(state).trainable
        self.score_fn = make_score_fn(model, ac, chunk=hyper.chunk, sharder=sharder,
                                      trainable_shardings=tsh,
                                      policy_pass=not schedule.sampler_logprobs)
        self.adv_fn = make_advantage_fn(hyper)
        self.update_fn = jit_ppo_update(make_ppo_update(model, ac, tx, lr_fns, hyper, sharder=sharder),
                                        model, state, sharder)
        self.warned_constant = False

    # --- phases ---------------------------------------------------------------------------

    def rollout(self, state: TrainState, prompts: Sequence[Sequence[int]], iteration: int):
        """(tokens, mask, sampler log-probs or None) [B, N] from the current policy,
        `rollout_micro` prompts at a time."""
        s = self.schedule
        key = jax.random.fold_in(jax.random.key(self.seed), iteration)
        parts = [sample_responses(self.model, self.params, self.ac, state.trainable,
                          prompts[i:i + s.rollout_micro], max_new_tokens=s.max_new_tokens,
                          sampling=s.sampling, key=jax.random.fold_in(key, i),
                          stop_ids=self.stop_ids, pad_id=self.pad_id, sharder=self.sharder,
                          logprobs=s.sampler_logprobs)
                 for i in range(0, len(prompts), s.rollout_micro)]
        tokens, mask = (np.concatenate([p[j] for p in parts]) for j in (0, 1))
        logp = np.concatenate([p[2] for p in parts]) if s.sampler_logprobs else None
        return tokens, mask, logp

    def score(self, state: TrainState, seqs: dict) -> dict:
        """log π_old, log π_ref and V_old [B, N] (numpy), `rollout_micro` rows at a time."""
        s = self.schedule
        parts = []
        for i in range(0, seqs["tokens"].shape[0], s.rollout_micro):
            chunk = place_rows({k: v[i:i + s.rollout_micro] for k, v in seqs.items()}, self.sharder)
            parts.append(host_tree(self.score_fn(self.params, state.trainable, chunk)))
        return {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}

    def update(self, state: TrainState, data: dict, iteration: int):
        """`ppo_epochs` passes of minibatch steps; (state, per-step metrics)."""
        s = self.schedule
        n = data["tokens"].shape[0]
        steps = []
        for epoch in range(s.ppo_epochs):
            for idx in minibatches(n, s.train_batch, s.train_micro, self.seed, iteration, epoch):
                mb = place_rows({k: v[idx] for k, v in data.items()}, self.sharder, leading=1)
                state, m = self.update_fn(state, self.params, mb)
                steps.append(m)
        # One transfer for all minibatches' metrics, after the last is dispatched.
        return state, [{k: float(v) for k, v in m.items()} for m in jax.device_get(steps)]

    def _warn_if_constant(self, raw: np.ndarray, iteration: int) -> None:
        """One line, once per run: a rollout whose rewards are all equal has no reward signal
        (e.g. a reward that fails to parse every answer), so PPO would train for nothing."""
        if self.warned_constant or raw.size < 2 or np.ptp(raw) > 0:
            return
        self.warned_constant = True
        if jax.process_index() == 0:
            print(f"warning: PPO iteration {iteration + 1}: all {raw.size} rewards of the rollout "
                  f"are {float(raw[0]):.4g}: the policy cannot learn from it (no reward differs from "
                  "another); check ppo.reward, ppo.task and reward_parse_fail", flush=True)

    # --- the iteration ----------------------------------------------------------------------

    def iteration(self, state: TrainState, control: dict, prompts: Sequence[Sequence[int]],
                  reward_fn: RewardFn, iteration: int):
        """(state, control, metrics) after one rollout and its updates."""
        s = self.schedule
        if len(prompts) != s.rollout_batch:
            raise AlignJaxError(f"{len(prompts)} prompts for a rollout batch of {s.rollout_batch}")
        t0 = time.perf_counter()
        tokens, mask, sampler_logp = self.rollout(state, prompts, iteration)
        t1 = time.perf_counter()
        seqs = build_sequences(prompts, tokens, mask, self.pad_id)
        scored = self.score(state, seqs)
        if "logp" not in scored:
            scored["logp"] = sampler_logp
        out = reward_fn(tokens, mask, list(range(len(prompts))))
        raw, parse_failed = out if isinstance(out, tuple) else (out, None)
        raw = np.asarray(raw, np.float32)
        self._warn_if_constant(raw, iteration)
        moments = control["moments"]
        if s.normalise_rewards:
            moments = adv_lib.update_moments(moments, raw)
            scores = adv_lib.normalise_scores(raw, moments)
        else:
            scores = raw
        adv = jax.device_get(self.adv_fn(scores, scored["logp"], scored["ref_logp"],
                                         scored["values"], mask, np.float32(control["kl_coef"])))
        t2 = time.perf_counter()
        data = {**seqs, "logp": scored["logp"], "values": scored["values"],
                "advantages": np.asarray(adv["advantages"]), "returns": np.asarray(adv["returns"])}
        state, steps = self.update(state, data, iteration)
        t3 = time.perf_counter()

        seq_kl = float(np.mean(np.sum(np.asarray(adv["kl"]), axis=1)))
        kl_coef = adv_lib.update_kl_coef(control["kl_coef"], seq_kl, len(prompts), self.kl)
        lengths = mask.sum(axis=1)
        metrics = {
            "reward_mean": float(raw.mean()), "reward_std": float(raw.std()),
            "score_mean": float(scores.mean()), "kl": seq_kl, "kl_coef": control["kl_coef"],
            "response_length": float(lengths.mean()),
            "explained_variance": float(adv["explained_variance"]),
            "value_mean": float((scored["values"] * mask).sum() / max(mask.sum(), 1.0)),
            **{k: float(np.mean([m[k] for m in steps])) for k in steps[0]},
            "finite": float(all(m["finite"] for m in steps)),
            "rollout_s": t1 - t0, "score_s": t2 - t1, "update_s": t3 - t2,
        }
        if parse_failed is not None:
            metrics["reward_parse_fail"] = float(np.mean(parse_failed))
        control = {"kl_coef": kl_coef, "moments": [float(x) for x in moments]}
        return state, control, metrics
