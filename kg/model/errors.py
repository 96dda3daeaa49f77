"""The one exception type for errors a user can cause (bad name, bad file, bad query)."""


class KGError(Exception):
    """A user-facing error: its message names what went wrong and where, in one line."""
