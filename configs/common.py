"""The config layout shared by every experiment (ml_collections ConfigDict).

Experiment files call `base()` and change what differs. Every key exists in it, so a
mistyped override (`--config.train.lrr=…`) fails naming the key, a wrongly typed one
(`--config.train.lr=abc`) naming the type, and an out-of-range one (`--config.train.lr=-1`)
naming the key and its valid range (align_jax/settings.py, checked before a run writes).
"""

from ml_collections import ConfigDict

from align_jax.settings import base_config


def base():
    """Every key with its default, built from align_jax/settings.py (which also holds each
    key's valid values and documentation, and whether --resume may change it)."""
    return base_config()


# The paper's two models and languages. Paths are placeholders: override them on the
# command line (--config.model.hf_path=…, --config.data.norms=…).
PAPER_TARGETS = {
    "llama31_8b_en": dict(model="/models/Llama-3.1-8B-Instruct", language="en",
                          norms="/data/swow/strength.SWOW-EN.R123.csv"),
    "qwen25_7b_zh": dict(model="/models/Qwen2.5-7B-Instruct", language="zh",
                         norms="/data/swow/strength.SWOWZH.R123.csv"),
}


def paper_base(target: str, run_name: str) -> ConfigDict:
    """What SFT and PPO share in the paper: the model, bf16, LoRA r=64/alpha=256 on q/v,
    the norms and the seed-42 cue split."""
    t = PAPER_TARGETS[target]
    c = base()
    c.run_name = run_name
    c.model.hf_path = t["model"]
    c.model.dtype = "bfloat16"
    c.model.remat = "dots_no_batch"
    c.lora.rank, c.lora.alpha, c.lora.targets = 64, 256.0, ("q_proj", "v_proj")
    c.data.norms = (t["norms"],)
    c.data.language = t["language"]
    c.data.tokenizer = t["model"]
    c.data.seed = 42
    c.mesh.fsdp = -1
    return c


def paper_sft(target: str) -> ConfigDict:
    """ALIGN SFT: LoRA+ 16, lr 1e-5 cosine with 10% warmup, 1.5 epochs, 2,048-token
    cut-off, ~1M augmented examples keeping 70% of each list, 800 validation examples."""
    c = paper_base(target, f"sft_{target}")
    c.data.target_examples = 1_000_000
    c.data.keep_fraction = 0.7
    c.data.val_examples = 800
    c.data.seq_len = 2048
    c.train.lr = 1e-5
    c.train.schedule = "cosine"
    c.train.warmup_ratio = 0.1
    c.train.epochs = 1.5
    c.train.loraplus_ratio = 16.0
    c.train.global_batch = 16
    c.train.grad_accum = 2
    c.train.eval_every = 500
    c.train.save_every = 500
    return c


PPO_VARIANTS = ("base", "sft")


def paper_ppo(target: str, variant: str = "base") -> ConfigDict:
    """ALIGN PPO: ranking reward, actor lr 5e-7, critic lr 9e-6, initial KL 0.1, train
    batch 32 (micro 8), rollout batch 64 (micro 16), 1 epoch, prompt and generation up to
    1,024 tokens, reward normalisation; `sft` merges the SFT run's adapter first."""
    if variant not in PPO_VARIANTS:
        raise ValueError(f"unknown variant {variant!r} of ppo_{target}; choose one of {PPO_VARIANTS}")
    c = paper_base(target, f"ppo_{target}" + ("_sft" if variant == "sft" else ""))
    c.ppo.reward = "ranking_spearman"
    c.ppo.actor_lr, c.ppo.critic_lr = 5e-7, 9e-6
    c.ppo.init_kl_coef = 0.1
    c.ppo.train_batch, c.ppo.train_micro = 32, 8
    c.ppo.rollout_batch, c.ppo.rollout_micro = 64, 16
    c.ppo.epochs, c.ppo.ppo_epochs = 1.0, 1
    c.ppo.max_prompt_len, c.ppo.max_new_tokens = 1024, 1024
    c.ppo.normalize_reward = True
    c.ppo.critic = "lora"
    c.ppo.init_adapter = f"checkpoints/sft_{target}" if variant == "sft" else ""
    c.ppo.init_mode = "merge"
    return c


def paper_grpo(target: str, variant: str = "base") -> ConfigDict:
    """GRPO on the paper's PPO tasks (ppo.task/reward/prompt keys as paper_ppo): 8 prompts
    × G=8 samples (the 64 answers of a PPO rollout batch), micro-batch 16, β 0.04,
    ε 0.2/0.28 (clip-higher), token-mean loss, group-std advantages, one update per
    rollout on-policy, lr 2e-6 constant; `sft` merges the SFT run's adapter first."""
    c = paper_ppo(target, variant)
    c.run_name = f"grpo_{target}" + ("_sft" if variant == "sft" else "")
    c.grpo.prompts, c.grpo.num_generations, c.grpo.micro_batch = 8, 8, 16
    c.grpo.beta, c.grpo.eps_low, c.grpo.eps_high = 0.04, 0.2, 0.28
    c.grpo.loss_aggregation, c.grpo.scale_rewards = "token", "group"
    c.grpo.updates_per_rollout, c.grpo.pi_old = 1, "on_policy"
    c.grpo.lr, c.grpo.schedule = 2e-6, "constant"
    c.grpo.epochs = 1.0
    c.grpo.max_new_tokens = 1024
    return c
