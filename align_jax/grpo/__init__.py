"""GRPO (group relative policy optimisation) for the ALIGN rewards: G sampled answers per
prompt, each group's rewards its own baseline, no critic; LoRA policy, the base with the
LoRA off as the reference.

objective.py  advantages, clipped objective, k3 KL, loss weights, truncation masks
update.py     the scoring pass (only what is needed) and the jitted, micro-batched update
rollout.py    P prompts × G samples in one jitted generate call, registered rewards
trainer.py    one iteration: rollout → rewards → advantages → updates
loop.py       the GRPO run: the third algorithm on train/engine.py (launch/train_grpo.py)
"""
