"""The one exception type for problems a user can fix (bad file, config, flag)."""


class AlignJaxError(Exception):
    """A user-facing error: the message is one line naming what and where.

    Launch scripts catch it, print ``error: <message>`` and exit with status 1,
    instead of a traceback.
    """
