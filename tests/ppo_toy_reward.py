"""A text reward a random tiny model can learn (for the PPO launcher tests):
the fraction of the response's characters that are vowels."""

from align_jax.ppo import rewards


@rewards.register("toy_vowels")
@rewards.per_sample
def toy_vowels(response, task):
    return sum(c in "aeiou" for c in response) / max(len(response), 1)
