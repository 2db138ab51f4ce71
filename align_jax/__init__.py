"""align-jax: align LLMs with a culture's word associations, in JAX/Flax."""

from align_jax.errors import AlignJaxError

__all__ = ["AlignJaxError"]
__version__ = "0.1.0"
