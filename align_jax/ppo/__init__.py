"""PPO with LoRA: rewards, advantages (GAE), losses, rollouts, the jitted update, the run.

The policy is the base model plus a policy LoRA; the reference policy is the same base
with the LoRA off (no second model in memory); the critic is the base plus its own LoRA
(or the policy's backbone) and a scalar value head.
"""
