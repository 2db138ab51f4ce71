"""The exception types a launch script ends on: a problem a user can fix (bad file, config,
flag), and a stop by SIGTERM/SIGINT before a training loop takes over."""


class AlignJaxError(Exception):
    """A user-facing error: the message is one line naming what and where.

    Launch scripts catch it, print ``error: <message>`` and exit with status 1,
    instead of a traceback.
    """


class Stopped(BaseException):
    """SIGTERM/SIGINT outside a training loop (a BaseException: no library catches it).
    `detail`: what the stop left behind, when the launcher knows better than the default
    (a pipeline whose training stage saved a checkpoint and stopped)."""

    def __init__(self, signum: int, detail: str | None = None):
        super().__init__(signum)
        self.signum = signum
        self.detail = detail


class StopOnSignal:
    """The signal handler of a launch script before its training loop: raises Stopped, and
    keeps the signal in `pending`, because Python prints and drops an exception raised while
    a garbage-collector callback runs (JAX registers one), and the stop would be lost. Who
    takes over the signals (the training loop) or the script's end raises it again."""

    def __init__(self):
        self.pending: int | None = None

    def __call__(self, signum, frame):
        self.pending = signum
        raise Stopped(signum)
