"""The README's first command: the whole pipeline on a built-in tiny default.

Until the SFT trainer lands this runs the foundation end to end: it writes a tiny random
Llama-architecture model as a Hugging Face checkpoint, converts it (the real conversion
path), runs a forward pass and checks it against transformers when torch is installed.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from absl import flags

from align_jax import cli

FLAGS = flags.FLAGS
flags.DEFINE_string("workdir", "checkpoints/demo", "Run folder for the demo's outputs.")


def main(argv):
    import jax
    import jax.numpy as jnp
    import numpy as np

    from align_jax.models import forward, from_hf, init_params, preset, save_hf, save_params

    t0 = time.time()
    workdir = Path(FLAGS.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    config = preset("tiny")
    hf_dir = save_hf(config, init_params(config, jax.random.key(0)), workdir / "hf_model")
    print(f"wrote a tiny random {config.family} model as a HF checkpoint: {hf_dir}")
    config, params = from_hf(hf_dir, dtype=jnp.float32)
    save_params(workdir / "params", config, params)
    ids = np.random.default_rng(0).integers(3, config.vocab_size, (2, 16)).astype(np.int32)
    logits = np.asarray(jax.jit(lambda p, x: forward(config, p, x))(params, jnp.asarray(ids)))
    print(f"forward pass: logits {logits.shape}, mean next-token entropy "
          f"{float(np.mean(-np.sum(jax.nn.softmax(logits) * jax.nn.log_softmax(logits), -1))):.3f}")
    try:
        import torch
        import transformers
    except ImportError:
        print("transformers/torch not installed: skipped the parity check")
    else:
        model = transformers.AutoModelForCausalLM.from_pretrained(hf_dir, dtype=torch.float32)
        with torch.no_grad():
            ref = model(torch.as_tensor(ids, dtype=torch.long)).logits.numpy()
        print(f"max |logits - transformers| = {np.max(np.abs(logits - ref)):.2e}")
    print(f"demo finished in {time.time() - t0:.1f}s; outputs in {workdir}")


if __name__ == "__main__":
    cli.run(main)
