"""What every launch script shares: user errors as one line, and multi-host start-up.

Every problem a user can fix ends the same way, whoever finds it: one line on stderr,
`error: <what and where>`, and exit status 1. That holds for the project's own errors
(AlignJaxError), for absl's flag errors (`error: bad flag or config: …`, instead of absl's
"FATAL Flags parsing error" and its help hint) and for the operating system's (a full or
read-only disk: `error: <file>: <reason>`). A SIGTERM or SIGINT before a training loop
takes over (which saves and exits 0) prints `error: stopped by SIGTERM …` and exits with
128 + the signal number, as a killed process would.
"""

from __future__ import annotations

import os
import re
import signal
import sys
from typing import Callable

from align_jax.errors import AlignJaxError, StopOnSignal, Stopped


def _error(message: str, status: int = 1) -> None:
    print(f"error: {_one_line(message)}", file=sys.stderr, flush=True)
    sys.exit(status)


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
            if stop.pending is not None:
                raise Stopped(stop.pending)  # raised in a garbage-collector callback and dropped
        except AlignJaxError as e:
            _error(str(e))
        except OSError as e:  # the environment: a full or read-only disk, a missing permission
            where = f"{e.filename}: " if e.filename else ""
            _error(f"{where}{e.strerror or e}")
        except Stopped as e:
            name = signal.Signals(e.signum).name
            _error(f"stopped by {name} " + (e.detail or "before finishing (outside a training step, so "
                   "nothing was saved); outputs written so far are complete, rerun the command "
                   "(with --resume for a run that has checkpoints)"), 128 + e.signum)

    stop = StopOnSignal()
    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    previous_hook = sys.unraisablehook
    # A Stopped that Python drops (raised in a garbage-collector callback) is kept in
    # stop.pending and raised again: not printed as "Exception ignored … Traceback".
    sys.unraisablehook = lambda u: None if isinstance(u.exc_value, Stopped) else previous_hook(u)
    try:
        _run_parsed(app, guarded)
    finally:
        sys.unraisablehook = previous_hook
        for s, handler in previous.items():
            signal.signal(s, handler)


def _run_parsed(app, guarded) -> None:
    from absl import flags

    app.define_help_flags()  # --help, --helpshort, --helpfull: absl's usage text
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
    except SyntaxError as e:  # the --config file is not valid Python
        _error(f"bad flag or config: {e.filename}:{e.lineno}: {e.msg}")
    except (AttributeError, KeyError) as e:  # ml_collections names only the missing part
        _error(f"bad flag or config: {_unknown_config_key(e) or _one_line(e)}")
    except (flags.Error, TypeError, ValueError, OSError) as e:
        _error(f"bad flag or config: {_one_line(e)}")
    except Stopped as e:
        _error(f"stopped by {signal.Signals(e.signum).name} while reading the flags", 128 + e.signum)
    app.run(guarded, flags_parser=lambda argv: remaining)


def _unknown_config_key(e: BaseException) -> str:
    """'unknown config key train.lrr (--config.train.lrr); Did you mean "lr" …' for the
    override that names the key ml_collections could not find ("'lrr' Did you mean …"),
    or '' when no override names it."""
    text = _one_line(e)
    quoted = re.match(r"""^['"]?'([^']+)'(.*)$""", text)
    missing, hint = (quoted.group(1), quoted.group(2).strip(" '\"")) if quoted else (text, "")
    for arg in sys.argv[1:]:
        m = re.match(r"--(\w+)\.([\w.]+)", arg)
        if m is not None and missing in m.group(2).split("."):
            named = f"unknown config key {m.group(2)} (--{m.group(1)}.{m.group(2)})"
            return f"{named}; {hint}" if hint else named
    return ""


def maybe_initialize_distributed() -> None:
    """Starts jax.distributed when this is one process of several.

    TPU pods: `jax.distributed.initialize()` finds everything itself (TPU_WORKER_* env).
    SLURM GPU clusters: JAX reads SLURM_* variables. Elsewhere set ALIGN_JAX_COORDINATOR,
    ALIGN_JAX_NUM_PROCESSES and ALIGN_JAX_PROCESS_ID. A single process does nothing.
    """
    import jax

    # JAX's own preemption service would take SIGTERM at the C level (its notifier installs a
    # handler when the client connects), so a stop during start-up was never seen by Python.
    # Our Preemption agrees across processes itself; JAX's service is not used.
    jax.config.update("jax_enable_preemption_service", False)
    env = os.environ
    if env.get("ALIGN_JAX_COORDINATOR"):
        jax.distributed.initialize(
            coordinator_address=env["ALIGN_JAX_COORDINATOR"],
            num_processes=int(env["ALIGN_JAX_NUM_PROCESSES"]),
            process_id=int(env["ALIGN_JAX_PROCESS_ID"]))
    elif int(env.get("SLURM_NTASKS", "1")) > 1 or env.get("TPU_WORKER_HOSTNAMES", "").count(",") > 0:
        jax.distributed.initialize()


def _one_line(e: BaseException | str) -> str:
    """An exception's message on one line (ml_collections nests reprs and newlines)."""
    text = str(e)
    if len(text) > 1 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1]
    text = text.replace("\\n", " ").replace("\\'", "'")
    return " ".join(text.split())


def run_training(run_fn: Callable, summary: Callable[[dict], str], config_help: str) -> None:
    """The body of a training entry point: flags --config (+ overrides), --workdir,
    --resume and --allow_changes; starts jax.distributed when needed; prints
    `summary(final)` unless preempted or already complete."""
    from absl import flags
    from ml_collections import config_flags

    config_flags.DEFINE_config_file("config", None, config_help, lock_config=True)
    flags.DEFINE_string("workdir", None, "Run folder (default checkpoints/<run_name>).")
    flags.DEFINE_bool("resume", False, "Continue from the latest complete checkpoint in --workdir.")
    flags.DEFINE_list("allow_changes", [], "With --resume: settings that may differ from the "
                      "run's although they change what it computes (e.g. train.max_steps); "
                      "any other such difference is refused.")
    flags.mark_flags_as_required(["config"])
    for name in ("config", "workdir", "resume", "allow_changes"):  # shown by --help
        flags.FLAGS.register_key_flag_for_module(sys.argv[0], flags.FLAGS[name])

    def main(argv):
        if len(argv) > 1:  # "--workdir /x extra": a mistyped flag would go unnoticed
            raise AlignJaxError(f"unexpected arguments: {' '.join(argv[1:])}")
        maybe_initialize_distributed()
        cfg = flags.FLAGS.config
        final = run_fn(cfg, flags.FLAGS.workdir or f"checkpoints/{cfg.run_name}",
                       resume=flags.FLAGS.resume, allow_changes=tuple(flags.FLAGS.allow_changes))
        if not final.get("preempted") and not final.get("complete"):
            print(summary(final))

    run(main)
