"""Convert a Hugging Face Llama/Qwen2 folder into an align-jax orbax checkpoint.

    python launch/convert.py --hf=/path/to/Llama-3.1-8B-Instruct --out=checkpoints/llama31-8b
"""

from __future__ import annotations

import time

from absl import flags

from align_jax import cli

FLAGS = flags.FLAGS
flags.DEFINE_string("hf", None, "Hugging Face model folder (config.json + safetensors).", required=True)
flags.DEFINE_string("out", None, "Output folder for the orbax checkpoint.", required=True)
flags.DEFINE_enum("dtype", "bfloat16", ["bfloat16", "float32"], "Stored parameter dtype.")


def main(argv):
    import jax.numpy as jnp

    from align_jax.models import count_params, from_hf, save_params

    t0 = time.time()
    config, params = from_hf(FLAGS.hf, dtype=jnp.dtype(FLAGS.dtype))
    out = save_params(FLAGS.out, config, params)
    print(f"converted {config.family} model, {count_params(params):,} parameters "
          f"({FLAGS.dtype}) to {out} in {time.time() - t0:.1f}s")


if __name__ == "__main__":
    cli.run(main)
