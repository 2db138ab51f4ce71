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
