"""Every setting of an experiment config, declared once: its default, its valid values,
and whether a resumed run may change it.

`configs/common.py` builds its ConfigDict from this table (`base_config()`), and every
entry point calls `validate(cfg)` before it writes anything, so a bad value ends with one
line naming the key (`config train.lr=-1.0: must be >= 0`).

Choices defined by the module that implements them are named as "module:ATTRIBUTE" and
looked up when a config is validated, so this table never repeats (or imports) them.

`resume_safe` settings may differ on `--resume` without changing what the run computes
(logging and checkpoint cadence, memory layout); any other difference is refused unless
the user allows it by name (`--allow_changes=train.max_steps`).
"""

from __future__ import annotations

import dataclasses
import importlib
import math
import numbers
from typing import Any, Iterator

from align_jax.errors import AlignJaxError


@dataclasses.dataclass(frozen=True)
class Setting:
    default: Any
    doc: str = ""
    choices: tuple | str = ()       # allowed values, or "module:ATTR" naming them
    items: tuple | str = ()         # for a tuple setting: allowed values of each item
    ge: float | None = None         # bounds (inclusive ge/le, exclusive gt/lt)
    gt: float | None = None
    le: float | None = None
    lt: float | None = None
    also: tuple = ()                # values allowed outside the bounds (e.g. -1 = "all")
    nonempty: bool = False
    resume_safe: bool = False

    def problem(self, value: Any) -> str | None:
        """Why `value` is not valid for this setting, or None."""
        want = type(self.default)
        if want is bool:
            if not isinstance(value, bool):
                return "must be True or False"
        elif want in (int, float):
            if isinstance(value, bool) or not isinstance(value, numbers.Real):
                return f"must be a number ({want.__name__})"
            if not math.isfinite(value):  # (lr=inf passed ">= 0" and failed as a non-finite loss)
                return "must be a finite number"
            if want is int and not float(value).is_integer():
                return "must be a whole number"
        elif want is str:
            if not isinstance(value, str):
                return "must be a string"
        elif want is tuple:
            if isinstance(value, str) or not isinstance(value, (tuple, list)):
                return "must be a tuple, e.g. ('a', 'b')"
            if self.nonempty and not value:
                return "must not be empty"
            allowed = _resolve(self.items)
            for item in value:
                if allowed and item not in allowed:
                    return f"{item!r} is not one of {_listed(allowed)}"
            return None
        if self.choices:
            allowed = _resolve(self.choices)
            return None if value in allowed else f"choose one of {_listed(allowed)}"
        if value in self.also:
            return None
        for bound, ok, sign in ((self.ge, lambda v, b: v >= b, ">="), (self.gt, lambda v, b: v > b, ">"),
                                (self.le, lambda v, b: v <= b, "<="), (self.lt, lambda v, b: v < b, "<")):
            if bound is not None and not ok(value, bound):
                extra = f" (or {', '.join(map(str, self.also))})" if self.also else ""
                return f"must be {sign} {bound:g}{extra}"
        return None


def _resolve(choices: tuple | str) -> tuple:
    if isinstance(choices, str):
        module, attr = choices.split(":")
        return tuple(getattr(importlib.import_module(module), attr))
    return tuple(choices)


def _listed(values: tuple) -> str:
    return ", ".join(repr(v) for v in values)


def _safe(s: Setting) -> Setting:
    return dataclasses.replace(s, resume_safe=True)


S = Setting
PROJECTIONS = "align_jax.models.decoder:PROJECTIONS"

SETTINGS: dict[str, Any] = {
    "run_name": _safe(S("run", "names the default run folder checkpoints/<run_name>")),
    "model": {
        "hf_path": S("", "a Hugging Face folder (config.json + safetensors)"),
        "params_ckpt": S("", "or an orbax checkpoint written by launch/convert.py"),
        "preset": S("", "or a preset with random weights (demo, tests); names checked below"),
        "init_seed": S(0, ge=0),
        "init_std": S(0.02, gt=0),
        "init_head_std": S(0.0, "0: the same as init_std", ge=0),
        "dtype": S("bfloat16", choices=("bfloat16", "float32")),
        "remat": _safe(S("dots_no_batch", choices="align_jax.models.decoder:REMAT_POLICIES")),
        "attention": _safe(S("xla", choices="align_jax.models.attention:IMPLEMENTATIONS")),
    },
    "lora": {
        "rank": S(64, ge=1),
        "alpha": S(256.0, gt=0),
        "targets": S(("q_proj", "v_proj"), items=PROJECTIONS, nonempty=True),
        "dropout": S(0.0, ge=0, lt=1),
        "use_rslora": S(False),
    },
    "data": {
        "prepared": S("", "a folder written by launch/prepare_data.py; else prepared now"),
        "norms": S(("fixture:en",), "norms files, or fixture:en / fixture:zh", nonempty=True),
        "format": S("auto", choices="align_jax.data.norms:FORMATS"),
        "language": S(""),
        "tokenizer": S("", "a tokenizer folder; '' trains a tiny one on the norms"),
        "response_set": S("R123", choices="align_jax.data.norms:RESPONSE_SETS"),
        "country": S(""),
        "native_language": S(""),
        "min_count": S(1, ge=1),
        "seed": S(42, ge=0),
        "target_examples": S(1_000_000, ge=1),
        "keep_fraction": S(0.7, gt=0, le=1),
        "val_examples": S(800, ge=0),
        "seq_len": S(2048, "tokens per packed row", ge=1),
        "tiny_vocab_size": S(2048, "the tiny tokenizer: 256 bytes + 6 special tokens at least", ge=262),
        "fractions": S((0.7, 0.2, 0.1), "cue fractions for SFT train, PPO, test"),
        "length_margin": S(0.10, "the asked list length: the list's ±this fraction", ge=0, lt=1),
        "length_jitter": S(0.03, "and jittered by ±this fraction", ge=0, lt=1),
        "ranking_k": S(10, "words per PPO ranking task", ge=2),
        "ranking_min_words": S(3, "fewest words of a ranking task (shorter cues: fewer words)", ge=2),
        "questions_per_cue": S(6, "PPO ranking tasks per cue", ge=1),
        "ranking_val_fraction": S(0.1, "ranking tasks held out for PPO validation", ge=0, lt=1),
        "templates": S("", "a JSON file overriding the prompt templates (data/templates.py)"),
    },
    "train": {
        "lr": S(1e-5, ge=0),
        "schedule": S("cosine", choices="align_jax.train.optim:SCHEDULES"),
        "warmup_ratio": S(0.1, ge=0, le=1),
        "weight_decay": S(0.0, ge=0),
        "max_grad_norm": S(1.0, "global-norm clipping; 0 turns it off", ge=0),
        "loraplus_ratio": S(16.0, "LoRA+: B matrices at this multiple of lr", gt=0),
        "epochs": S(1.5, gt=0),
        "max_steps": S(-1, "> 0 overrides epochs; -1 = from epochs", ge=1, also=(-1,)),
        "global_batch": S(16, "packed rows of data.seq_len tokens per optimizer step", ge=1),
        "grad_accum": S(2, "micro-batches per step (lax.scan inside the step)", ge=1),
        "loss_chunk": _safe(S(512, "sequence chunk for the logits/cross-entropy (memory)", ge=1)),
        "loss_budget": _safe(S(-1, "logits only for this many gathered loss slots per row: "
                                   "-1 = the data's largest row count, 0 = every token", ge=-1)),
        "on_nonfinite": _safe(S("stop", "stop, or skip (count and go on)", choices=("stop", "skip"))),
        "seed": S(0, ge=0),
        "log_every": _safe(S(10, ge=1)),
        "eval_every": _safe(S(500, ge=1)),
        "save_every": _safe(S(500, ge=1)),
        "keep_last": _safe(S(3, ge=1)),
        "keep_best": _safe(S(1, ge=0)),
        "async_save": _safe(S(True)),
        "tensorboard": _safe(S(True)),
    },
    "mesh": {axis: _safe(S(default, "devices along this axis; -1 = the rest", ge=1, also=(-1,)))
             for axis, default in (("data", 1), ("fsdp", -1), ("tensor", 1))},
    # PPO (launch/train_ppo.py). Counts are in iterations (one rollout + its updates). The
    # run also reads train.seed, keep_last, keep_best, async_save, tensorboard, on_nonfinite.
    "ppo": {
        "reward": S("ranking_spearman", "a name registered in align_jax.ppo.rewards"),
        "reward_k": S(10, "k of the association rewards", ge=1),
        "reward_module": S("", "a module name or .py file imported first: it may register "
                               "rewards (e.g. a learned reward model) for ppo.reward"),
        "task": S("ranking", "the paper's ranking tasks, or association: the SFT instruction "
                             "for each cue of ppo.task_split, scored against its human norms",
                  choices="align_jax.ppo.tasks:TASKS"),
        "task_split": S("ppo", "the cue split of the association tasks",
                        choices="align_jax.data.splits:SPLIT_NAMES"),
        "task_questions": S(1, "association tasks per cue (each with its own jittered length "
                               "range)", ge=1),
        "actor_lr": S(5e-7, ge=0),
        "critic_lr": S(9e-6, ge=0),
        "schedule": S("constant", choices="align_jax.train.optim:SCHEDULES"),
        "warmup_ratio": S(0.0, ge=0, le=1),
        "weight_decay": S(0.0, ge=0),
        "max_grad_norm": S(1.0, "0 turns clipping off", ge=0),
        "loraplus_ratio": S(1.0, gt=0),
        "init_kl_coef": S(0.1, ge=0),
        "adaptive_kl": S(False),
        "kl_target": S(6.0, gt=0),
        "kl_horizon": S(10000.0, gt=0),
        "kl_estimator": S("k1", choices=("k1", "k3")),
        "gamma": S(1.0, ge=0, le=1),
        "lam": S(0.95, ge=0, le=1),
        "clip_eps": S(0.2, gt=0),
        "value_clip": S(0.2, "0 turns value clipping off", ge=0),
        "vf_coef": S(1.0, ge=0),
        "ent_coef": S(0.0, ge=0),
        "whiten_advantages": S(True),
        "normalize_reward": S(True),
        "rollout_batch": S(64, ge=1),
        "rollout_micro": S(16, ge=1),
        "train_batch": S(32, ge=1),
        "train_micro": S(8, ge=1),
        "ppo_epochs": S(1, ge=1),
        "epochs": S(1.0, "passes over the training ranking tasks", gt=0),
        "max_iterations": S(-1, "> 0 overrides epochs; -1 = from epochs", ge=1, also=(-1,)),
        "max_prompt_len": S(1024, ge=1),
        "max_new_tokens": S(1024, ge=1),
        "temperature": S(1.0, gt=0),
        "top_k": S(0, "0 = no top-k", ge=0),
        "top_p": S(1.0, gt=0, le=1),
        "sampler_logprobs": S(False, "log π_old from the sampler: one scoring pass fewer"),
        "critic": S("lora", "the critic's own LoRA (config.lora), or the policy backbone",
                    choices=("lora", "shared")),
        "value_head_std": S(0.0, ge=0),
        "init_adapter": S("", "PPO after SFT: a PEFT adapter folder or an SFT run folder"),
        "init_mode": S("merge", "merge it into the base (reference = SFT model), or lora",
                       choices=("merge", "lora")),
        "val_tasks": _safe(S(64, ge=0)),
        "eval_every": _safe(S(10, ge=1)),
        "save_every": _safe(S(10, ge=1)),
        "log_every": _safe(S(1, ge=1)),
        "score_chunk": _safe(S(512, ge=1)),
    },
    # GRPO (launch/train_grpo.py). Its task and reward are PPO's keys, read there, never
    # repeated: ppo.reward, reward_k, reward_module, task, task_split, task_questions,
    # max_prompt_len, init_adapter, init_mode, val_tasks. Counts are in iterations (one
    # rollout of grpo.prompts × grpo.num_generations answers + its updates).
    "grpo": {
        "num_generations": S(8, "G: sampled answers per prompt (its group)", ge=2),
        "prompts": S(8, "P: prompts per rollout (P·G rows, one generate call)", ge=1),
        "micro_batch": S(16, "rows per micro-batch of the update (divides P·G)", ge=1),
        "updates_per_rollout": S(1, "optimizer steps over each rollout", ge=1),
        "beta": S(0.04, "k3 KL coefficient to the reference; 0 skips the reference pass", ge=0),
        "eps_low": S(0.2, "ratio clip below 1 − eps_low", ge=0),
        "eps_high": S(0.2, "ratio clip above 1 + eps_high (DAPO's clip-higher: 0.28)", ge=0),
        "scale_rewards": S("group", "advantage scale: group std (GRPO), batch std, none (Dr. GRPO)",
                           choices="align_jax.grpo.objective:SCALES"),
        "loss_aggregation": S("token", "token (DAPO), sequence (GRPO), constant (Dr. GRPO)",
                              choices="align_jax.grpo.objective:AGGREGATIONS"),
        "mask_truncated": S(False, "answers without a stop token leave the loss"),
        "pi_old": S("on_policy", "log π_old: on_policy (1 update per rollout), sampler, score",
                    choices="align_jax.grpo.update:PI_OLD"),
        "shared_prompt": S(False, "teacher-forced passes compute each group's prompt once"),
        "lr": S(1e-6, ge=0),
        "schedule": S("constant", choices="align_jax.train.optim:SCHEDULES"),
        "warmup_ratio": S(0.0, ge=0, le=1),
        "weight_decay": S(0.0, ge=0),
        "max_grad_norm": S(1.0, "0 turns clipping off", ge=0),
        "loraplus_ratio": S(1.0, gt=0),
        "epochs": S(1.0, "passes over the training tasks", gt=0),
        "max_iterations": S(-1, "> 0 overrides epochs; -1 = from epochs", ge=1, also=(-1,)),
        "max_new_tokens": S(1024, ge=1),
        "temperature": S(1.0, gt=0),
        "top_k": S(0, "0 = no top-k", ge=0),
        "top_p": S(1.0, gt=0, le=1),
        "eval_every": _safe(S(10, ge=1)),
        "save_every": _safe(S(10, ge=1)),
        "log_every": _safe(S(1, ge=1)),
        "score_chunk": _safe(S(512, ge=1)),
    },
}


def settings() -> Iterator[tuple[str, Setting]]:
    """("section.key", Setting) for every setting, in table order."""
    def walk(table, prefix):
        for key, value in table.items():
            if isinstance(value, Setting):
                yield prefix + key, value
            else:
                yield from walk(value, f"{prefix}{key}.")
    yield from walk(SETTINGS, "")


def base_config():
    """The ConfigDict of all defaults (configs/common.py:base)."""
    from ml_collections import ConfigDict

    def build(table):
        return ConfigDict({k: (v.default if isinstance(v, Setting) else build(v))
                           for k, v in table.items()})
    return build(SETTINGS)


def build(cls, values: Any, section: str, renamed: dict[str, str] | None = None, **given):
    """`cls(...)` (a dataclass) from `values`, a config's `section` (e.g. cfg.ppo, "ppo"):
    each field takes the setting of its own name (or the one `renamed` maps it to), cast
    to the type this table declares for it; `given` fields are passed as they are; fields
    with no setting keep the dataclass's default. The one place a config becomes objects."""
    renamed = renamed or {}
    table = dict(settings())
    kwargs = dict(given)
    for field in dataclasses.fields(cls):
        key = f"{section}.{renamed.get(field.name, field.name)}"
        if field.name in given or key not in table:
            continue
        value = values[key.split(".", 1)[1]]
        want = type(table[key].default)
        kwargs[field.name] = tuple(value) if want is tuple else want(value)
    return cls(**kwargs)


def flat(cfg: Any) -> dict[str, Any]:
    """{"section.key": value} of a ConfigDict or a nested dict (e.g. a run's config.json)."""
    out: dict[str, Any] = {}

    def walk(node, prefix):
        for key in node.keys():
            value = node[key]
            if hasattr(value, "keys"):
                walk(value, f"{prefix}{key}.")
            else:
                out[prefix + key] = tuple(value) if isinstance(value, list) else value
    walk(cfg, "")
    return out


def validate(cfg: Any) -> None:
    """Raises AlignJaxError naming the first setting of `cfg` that is unknown, missing,
    of the wrong type or out of its valid range; then the rules across settings."""
    values = flat(cfg)
    table = dict(settings())
    for key in values:
        if key not in table:
            raise AlignJaxError(f"config {key}: unknown setting (see align_jax/settings.py)")
    for key, setting in table.items():
        if key not in values:
            raise AlignJaxError(f"config {key}: missing (configs must start from configs/common.py:base)")
        problem = setting.problem(values[key])
        if problem:
            raise AlignJaxError(f"config {key}={values[key]!r}: {problem}")
    problem = _cross_problem(values)
    if problem:
        raise AlignJaxError(f"config {problem}")


def _cross_problem(v: dict[str, Any]) -> str | None:
    """Rules that relate several settings (each returns the message of the first breach)."""
    if v["model.preset"]:
        presets = _resolve("align_jax.models.config:PRESETS")
        if v["model.preset"] not in presets:
            return f"model.preset={v['model.preset']!r}: choose one of {_listed(presets)}"
    if not (v["model.hf_path"] or v["model.params_ckpt"] or v["model.preset"]):
        return "model: set one of model.hf_path, model.params_ckpt or model.preset"
    if v["train.global_batch"] % v["train.grad_accum"]:
        return (f"train.global_batch={v['train.global_batch']} is not divisible by "
                f"train.grad_accum={v['train.grad_accum']}")
    fr = v["data.fractions"]
    if (len(fr) != 3 or not all(isinstance(x, numbers.Real) and x >= 0 for x in fr)
            or abs(sum(fr) - 1) > 1e-6):
        return f"data.fractions={fr!r}: must be 3 numbers >= 0 that sum to 1"
    rest = [a for a in ("data", "fsdp", "tensor") if v[f"mesh.{a}"] == -1]
    if len(rest) > 1:
        return f"mesh.{rest[0]} and mesh.{rest[1]} are both -1; at most one axis takes the rest"
    for whole, part in (("rollout_batch", "rollout_micro"), ("train_batch", "train_micro"),
                        ("rollout_batch", "train_batch")):
        if v[f"ppo.{whole}"] % v[f"ppo.{part}"]:
            return (f"ppo.{whole}={v[f'ppo.{whole}']} is not a multiple of "
                    f"ppo.{part}={v[f'ppo.{part}']}")
    rows = v["grpo.prompts"] * v["grpo.num_generations"]
    if rows % v["grpo.micro_batch"]:
        return (f"grpo.micro_batch={v['grpo.micro_batch']} does not divide the {rows} rows of a "
                "rollout (grpo.prompts × grpo.num_generations)")
    if v["grpo.pi_old"] == "on_policy" and v["grpo.updates_per_rollout"] > 1:
        return (f"grpo.pi_old='on_policy' is exact only with one update per rollout, not "
                f"grpo.updates_per_rollout={v['grpo.updates_per_rollout']}; choose 'sampler' or 'score'")
    return None


def resume_changes(stored: Any, now: Any, allowed: tuple[str, ...] = ()) -> list[tuple[str, Any, Any]]:
    """(key, stored value, new value) of every setting that differs between a run's saved
    config and this one and may change its trajectory (not resume_safe, not allowed)."""
    before, after = flat(stored), flat(now)
    table = dict(settings())
    return [(key, before.get(key), after[key]) for key, setting in table.items()
            if not setting.resume_safe and key not in allowed and key in after
            and _comparable(before.get(key)) != _comparable(after[key])]


def _comparable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def check_keys(keys: tuple[str, ...], flag: str) -> None:
    """Every name in `keys` is a setting (for flags that name settings)."""
    table = dict(settings())
    for key in keys:
        if key not in table:
            raise AlignJaxError(f"{flag}: {key!r} is not a setting (e.g. train.max_steps)")
