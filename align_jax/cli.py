"""What every launch script shares: user errors as one line, and multi-host start-up."""

from __future__ import annotations

import os
import sys
from typing import Callable

from align_jax.errors import AlignJaxError


def run(main: Callable[[list[str]], None]) -> None:
    """absl.app.run(main), but an AlignJaxError ends with `error: …` and exit status 1."""
    from absl import app

    def guarded(argv):
        from absl import flags, logging

        # Library INFO logs (orbax writes dozens per checkpoint) drown the run's own output.
        if not flags.FLAGS["verbosity"].present:
            logging.set_verbosity(logging.WARNING)
        try:
            main(argv)
        except AlignJaxError as e:
            print(f"error: {e}", file=sys.stderr, flush=True)
            sys.exit(1)

    from absl import flags

    try:
        # Parsed here, not inside app.run, so that a bad flag or config override ends as
        # one line (ml_collections raises AttributeError/KeyError for an unknown key).
        remaining = flags.FLAGS(sys.argv)
        for name in list(flags.FLAGS):
            flag = flags.FLAGS[name]
            if type(flag).__module__.startswith("ml_collections"):
                # A config file that failed to load raises (OSError) on first use.
                try:
                    getattr(flag.value, "keys")
                except AttributeError:
                    pass  # an override flag's plain value
    except (flags.Error, AttributeError, KeyError, TypeError, ValueError, OSError) as e:
        print(f"error: bad flag or config: {_one_line(e)}", file=sys.stderr, flush=True)
        sys.exit(1)
    app.run(guarded, flags_parser=lambda argv: remaining)


def maybe_initialize_distributed() -> None:
    """Starts jax.distributed when this is one process of several.

    TPU pods: `jax.distributed.initialize()` finds everything itself (TPU_WORKER_* env).
    SLURM GPU clusters: JAX reads SLURM_* variables. Elsewhere set ALIGN_JAX_COORDINATOR,
    ALIGN_JAX_NUM_PROCESSES and ALIGN_JAX_PROCESS_ID. A single process does nothing.
    """
    import jax

    env = os.environ
    if env.get("ALIGN_JAX_COORDINATOR"):
        jax.distributed.initialize(
            coordinator_address=env["ALIGN_JAX_COORDINATOR"],
            num_processes=int(env["ALIGN_JAX_NUM_PROCESSES"]),
            process_id=int(env["ALIGN_JAX_PROCESS_ID"]))
    elif int(env.get("SLURM_NTASKS", "1")) > 1 or env.get("TPU_WORKER_HOSTNAMES", "").count(",") > 0:
        jax.distributed.initialize()


def _one_line(e: BaseException) -> str:
    """An exception's message on one line (ml_collections nests reprs and newlines)."""
    text = str(e)
    if len(text) > 1 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1]
    text = text.replace("\\n", " ").replace("\\'", "'")
    return " ".join(text.split())


def run_training(run_fn: Callable, summary: Callable[[dict], str], config_help: str) -> None:
    """The body of a training entry point: flags --config (+ overrides), --workdir and
    --resume; starts jax.distributed when needed; prints `summary(final)` unless preempted."""
    from absl import flags
    from ml_collections import config_flags

    config_flags.DEFINE_config_file("config", None, config_help, lock_config=True)
    flags.DEFINE_string("workdir", None, "Run folder (default checkpoints/<run_name>).")
    flags.DEFINE_bool("resume", False, "Continue from the latest complete checkpoint in --workdir.")
    flags.mark_flags_as_required(["config"])

    def main(argv):
        maybe_initialize_distributed()
        cfg = flags.FLAGS.config
        final = run_fn(cfg, flags.FLAGS.workdir or f"checkpoints/{cfg.run_name}",
                       resume=flags.FLAGS.resume)
        if not final.get("preempted"):
            print(summary(final))

    run(main)
