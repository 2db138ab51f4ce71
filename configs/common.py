"""The config layout shared by every experiment (ml_collections ConfigDict).

Experiment files call `base()` and change what differs. Every key exists here, so a
mistyped override (`--config.train.lrr=…`) fails naming the key, and a wrongly typed
one (`--config.train.lr=abc`) fails naming the type.
"""

from ml_collections import ConfigDict


def base() -> ConfigDict:
    c = ConfigDict()
    c.run_name = "run"
    c.model = ConfigDict(dict(
        hf_path="",          # a Hugging Face folder (config.json + safetensors)
        params_ckpt="",      # or an orbax checkpoint written by launch/convert.py
        preset="",           # or a preset with random weights (demo, tests)
        init_seed=0, init_std=0.02, init_head_std=0.0,  # 0: the same as init_std
        dtype="bfloat16", remat="dots_no_batch", attention="xla"))
    c.lora = ConfigDict(dict(rank=64, alpha=256.0, targets=("q_proj", "v_proj"), dropout=0.0,
                             use_rslora=False))
    c.data = ConfigDict(dict(
        prepared="",         # a folder written by launch/prepare_data.py; else prepared now:
        norms=("fixture:en",), format="auto", language="", tokenizer="",
        response_set="R123", country="", native_language="", min_count=1,
        seed=42, target_examples=1_000_000, keep_fraction=0.7, val_examples=800,
        seq_len=2048, tiny_vocab_size=2048))
    c.train = ConfigDict(dict(
        lr=1e-5, schedule="cosine", warmup_ratio=0.1, weight_decay=0.0, max_grad_norm=1.0,
        loraplus_ratio=16.0, epochs=1.5, max_steps=-1,
        global_batch=16,     # packed rows of data.seq_len tokens per optimizer step
        grad_accum=2,        # micro-batches per step (lax.scan inside the step)
        loss_chunk=512,      # sequence chunk for the logits/cross-entropy (memory)
        loss_budget=-1,      # logits only for this many gathered loss slots per row:
                             # -1 = the data's largest row count, 0 = every token
        on_nonfinite="stop",  # or "skip" (count and go on)
        seed=0, log_every=10, eval_every=500, save_every=500, keep_last=3, keep_best=1,
        async_save=True, tensorboard=True))
    c.mesh = ConfigDict(dict(data=1, fsdp=-1, tensor=1))
    # PPO (launch/train_ppo.py). Counts are in iterations (one rollout + its updates). The
    # run also reads train.seed, keep_last, keep_best, async_save, tensorboard, on_nonfinite.
    c.ppo = ConfigDict(dict(
        reward="ranking_spearman",  # a name registered in align_jax.ppo.rewards
        reward_k=10,         # k of the association rewards
        reward_module="",    # a module name or .py file imported first: it may register
                             # rewards (e.g. a learned reward model) for ppo.reward
        task="ranking",      # the paper's ranking tasks, or "association": the SFT instruction
                             # for each cue of ppo.task_split, scored against its human norms
        task_split="ppo",    # the cue split of the association tasks (train / ppo / test)
        task_questions=1,    # association tasks per cue (each with its own jittered length range)
        actor_lr=5e-7, critic_lr=9e-6, schedule="constant", warmup_ratio=0.0,
        weight_decay=0.0, max_grad_norm=1.0, loraplus_ratio=1.0,
        init_kl_coef=0.1, adaptive_kl=False, kl_target=6.0, kl_horizon=10000.0,
        kl_estimator="k1",   # or "k3"
        gamma=1.0, lam=0.95, clip_eps=0.2, value_clip=0.2, vf_coef=1.0, ent_coef=0.0,
        whiten_advantages=True, normalize_reward=True,
        rollout_batch=64, rollout_micro=16, train_batch=32, train_micro=8, ppo_epochs=1,
        epochs=1.0,          # passes over the training ranking tasks
        max_iterations=-1,   # > 0 overrides epochs
        max_prompt_len=1024, max_new_tokens=1024, temperature=1.0, top_k=0, top_p=1.0,
        sampler_logprobs=False,  # log π_old from the sampler: one scoring pass fewer
        critic="lora",       # the critic's own LoRA (config.lora), or "shared" (policy backbone)
        value_head_std=0.0,
        init_adapter="",     # PPO after SFT: a PEFT adapter folder or an SFT run folder
        init_mode="merge",   # merge it into the base (reference = SFT model), or "lora"
        val_tasks=64, eval_every=10, save_every=10, log_every=1, score_chunk=512))
    return c


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
