"""Convert a Hugging Face Llama/Qwen2 folder into an align-jax orbax checkpoint.

    python launch/convert.py --hf=/path/to/Llama-3.1-8B-Instruct --out=checkpoints/llama31-8b

The checkpoint is written beside --out and renamed into place when complete; an existing
--out is replaced only with --overwrite and only if it is a converted checkpoint.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from absl import flags

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without install

from align_jax import cli  # noqa: E402
from align_jax.errors import AlignJaxError  # noqa: E402

FLAGS = flags.FLAGS
flags.DEFINE_string("hf", None, "Hugging Face model folder (config.json + safetensors).", required=True)
flags.DEFINE_string("out", None, "Output folder for the orbax checkpoint.", required=True)
flags.DEFINE_enum("dtype", "bfloat16", ["bfloat16", "float32"], "Stored parameter dtype.")
flags.DEFINE_bool("overwrite", False, "Replace an existing converted checkpoint at --out.")


def _check_out(out: Path) -> None:
    from align_jax.models.orbax_io import CONFIG_FILE

    if out.exists() and not out.is_dir():
        raise AlignJaxError(f"--out={out} is a file, not a folder; choose another --out")
    if out.is_dir() and any(out.iterdir()):
        if not (out / CONFIG_FILE).is_file():
            raise AlignJaxError(f"--out={out} holds other files (not a converted checkpoint); "
                                "choose another --out")
        if not FLAGS.overwrite:
            raise AlignJaxError(f"--out={out} already holds a converted checkpoint; pass "
                                "--overwrite to replace it")


def main(argv):
    import jax.numpy as jnp

    from align_jax.models import count_params, from_hf, save_params

    if len(argv) > 1:
        raise AlignJaxError(f"unexpected arguments: {' '.join(argv[1:])}")
    out = Path(FLAGS.out).absolute()
    _check_out(out)
    t0 = time.time()
    config, params = from_hf(FLAGS.hf, dtype=jnp.dtype(FLAGS.dtype))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        save_params(tmp, config, params)
        if out.exists():
            old = out.with_name(f".{out.name}.old-{os.getpid()}")
            os.rename(out, old)
            os.rename(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    print(f"converted {config.family} model, {count_params(params):,} parameters "
          f"({FLAGS.dtype}) to {out} in {time.time() - t0:.1f}s")


if __name__ == "__main__":
    cli.run(main)
