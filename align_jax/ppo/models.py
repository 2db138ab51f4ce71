"""Policy, reference and critic at LoRA cost, as one trainable tree over shared base weights.

    policy    = base + policy LoRA                 forward(..., lora=bind(policy_cfg, t["policy"]))
    reference = base, LoRA off                     forward(..., lora=None)
    critic    = base + critic LoRA, then a value head [D] → 1 on the final hidden states;
                or, with a shared backbone, the policy's hidden states + the head.

Trainable tree: {"policy": LoRA, "critic": {"lora": LoRA (absent when shared), "head":
{"w": [D], "b": []}}}, all fp32. The base weights are never copied or differentiated.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import jax
import jax.numpy as jnp

from align_jax.errors import AlignJaxError
from align_jax.lora import LoraConfig, bind, init_lora, lora_axes, merge
from align_jax.models.config import ModelConfig
from align_jax.models.decoder import Params, hidden_states, param_axes
from align_jax.sharding import Sharder, as_sharder

Trainable = dict[str, Any]


@dataclasses.dataclass(frozen=True)
class ActorCritic:
    """Which adapters exist: the policy LoRA, and the critic's own LoRA or None (shared)."""

    policy: LoraConfig
    critic: LoraConfig | None = None

    @property
    def shared_critic(self) -> bool:
        return self.critic is None


def init_trainable(model: ModelConfig, ac: ActorCritic, key: jax.Array,
                   policy_weights: Any = None, head_std: float = 0.0) -> Trainable:
    """Fresh adapters (B = 0, so the policy starts as the reference) and a value head
    (w ~ N(0, head_std²), b = 0); `policy_weights` starts the policy from an adapter."""
    kp, kc, kh = jax.random.split(key, 3)
    policy = policy_weights if policy_weights is not None else init_lora(model, ac.policy, kp)
    head = {"w": head_std * jax.random.normal(kh, (model.hidden_size,), jnp.float32),
            "b": jnp.zeros((), jnp.float32)}
    critic: dict[str, Any] = {"head": head}
    if not ac.shared_critic:
        critic["lora"] = init_lora(model, ac.critic, kc)
    return {"policy": jax.tree.map(lambda x: jnp.asarray(x, jnp.float32), policy), "critic": critic}


def trainable_axes(ac: ActorCritic) -> Trainable:
    """Logical axes of the trainable tree (the head is small: replicated)."""
    critic: dict[str, Any] = {"head": {"w": (None,), "b": ()}}
    if not ac.shared_critic:
        critic["lora"] = lora_axes(ac.critic)
    return {"policy": lora_axes(ac.policy), "critic": critic}


def response_hidden(model: ModelConfig, params: Params, lora, batch: dict, sharder: Sharder | None):
    """Final hidden states at the N positions that predict the response tokens [B, N, D].

    batch["input_ids"] is [B, P + N]: left-padded prompt, then the response; the state
    at slot P − 1 + j predicts response token j (and gives the value before it).
    """
    n = batch["tokens"].shape[1]
    p = batch["input_ids"].shape[1] - n
    hidden = hidden_states(model, params, batch["input_ids"], positions=batch["positions"],
                           segment_ids=batch["segment_ids"], lora=lora, sharder=sharder)
    return hidden[:, p - 1:p - 1 + n]


def value_head(head: dict, hidden):
    """V = h·w + b in fp32 [B, N]."""
    return jnp.einsum("bnd,d->bn", hidden.astype(jnp.float32), head["w"]) + head["b"]


def policy_lora(ac: ActorCritic, trainable: Trainable):
    return bind(ac.policy, trainable["policy"])


def critic_values(model: ModelConfig, params: Params, ac: ActorCritic, trainable: Trainable,
                  batch: dict, policy_hidden, sharder: Sharder | None):
    """Values [B, N]: from the critic's own LoRA forward, or the policy's hidden states."""
    if ac.shared_critic:
        hidden = policy_hidden
    else:
        hidden = response_hidden(model, params, bind(ac.critic, trainable["critic"]["lora"]),
                                 batch, sharder)
    return value_head(trainable["critic"]["head"], hidden)


# --- starting from an SFT adapter ------------------------------------------------------------

INIT_MODES = ("merge", "lora")


def find_adapter(path: str | Path) -> Path:
    """A PEFT adapter folder: the folder itself, or an SFT run folder's `adapter/`."""
    folder = Path(path)
    for candidate in (folder, folder / "adapter"):
        if (candidate / "adapter_config.json").is_file():
            return candidate
    raise AlignJaxError(f"config ppo.init_adapter={str(path)!r}: no adapter_config.json there or "
                        "in its adapter/ subfolder (expected a PEFT adapter or an SFT run folder)")


def apply_sft_adapter(model: ModelConfig, params: Params, path: str, mode: str,
                      sharder: Sharder | None) -> tuple[Params, LoraConfig | None, Any]:
    """(params, policy LoRA config, policy weights) for PPO after SFT.

    merge: W ← W + s·A·B in the base weights; the SFT model is then both the reference
           and the starting policy (a fresh policy LoRA on top), as in the ALIGN runs.
    lora:  the base stays the reference; the policy LoRA starts as the SFT adapter (its
           rank and targets replace config.lora).
    """
    from align_jax.peft_io import import_peft

    if mode not in INIT_MODES:
        raise AlignJaxError(f"config ppo.init_mode={mode!r}; choose one of {', '.join(INIT_MODES)}")
    lcfg, weights = import_peft(find_adapter(path), model)
    if mode == "lora":
        return params, lcfg, weights
    shard = as_sharder(sharder).tree(param_axes(model))
    return jax.jit(lambda p, w: merge(p, lcfg, w), out_shardings=shard)(params, weights), None, None
