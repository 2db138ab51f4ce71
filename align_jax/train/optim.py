"""Optimizer for the trainable tree: clipping, AdamW, warmup + decay, LoRA+."""

from __future__ import annotations

import dataclasses

import jax
import optax

from align_jax.errors import AlignJaxError
from align_jax.lora import is_b_matrix

SCHEDULES = ("cosine", "linear", "constant")


@dataclasses.dataclass(frozen=True)
class OptimConfig:
    lr: float = 1e-5
    schedule: str = "cosine"
    warmup_ratio: float = 0.1
    end_lr_ratio: float = 0.0
    weight_decay: float = 0.0
    b1: float = 0.9
    b2: float = 0.999
    eps: float = 1e-8
    max_grad_norm: float = 1.0
    loraplus_ratio: float = 1.0  # LoRA+: B matrices at this multiple of the learning rate


def schedule(cfg: OptimConfig, total_steps: int) -> optax.Schedule:
    """lr(step): linear warmup over warmup_ratio·total, then cosine/linear decay (or constant)."""
    if cfg.schedule not in SCHEDULES:
        raise AlignJaxError(f"unknown lr schedule {cfg.schedule!r}; choose one of {SCHEDULES}")
    total = max(int(total_steps), 1)
    warmup = int(round(cfg.warmup_ratio * total))
    end = cfg.lr * cfg.end_lr_ratio
    if cfg.schedule == "cosine":
        return optax.warmup_cosine_decay_schedule(0.0, cfg.lr, warmup, max(total, warmup + 1), end)
    decay = (optax.linear_schedule(cfg.lr, end, max(total - warmup, 1)) if cfg.schedule == "linear"
             else optax.constant_schedule(cfg.lr))
    if warmup == 0:
        return decay
    return optax.join_schedules([optax.linear_schedule(0.0, cfg.lr, warmup), decay], [warmup])


def _labels(tree):
    return jax.tree_util.tree_map_with_path(lambda p, _: "b" if is_b_matrix(p) else "rest", tree)


def make_optimizer(cfg: OptimConfig, total_steps: int) -> optax.GradientTransformation:
    """clip_by_global_norm → AdamW(lr(t)) on A (and heads), AdamW(ratio·lr(t)) on LoRA B."""
    lr = schedule(cfg, total_steps)

    def adamw(scale):
        return optax.adamw(lambda s: scale * lr(s), b1=cfg.b1, b2=cfg.b2, eps=cfg.eps,
                           weight_decay=cfg.weight_decay)

    parts = [optax.clip_by_global_norm(cfg.max_grad_norm)] if cfg.max_grad_norm > 0 else []
    parts.append(optax.multi_transform({"rest": adamw(1.0), "b": adamw(cfg.loraplus_ratio)}, _labels))
    return optax.chain(*parts)
