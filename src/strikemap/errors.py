"""Exceptions raised by strikemap.

Every error derives from :class:`StrikemapError` and from the builtin that
fits it, so callers may catch either. The command line turns
:class:`InputError` into exit status 2 and any other :class:`StrikemapError`
into exit status 1, with the message as a single line.
"""

__all__ = ["StrikemapError", "InputError", "GazetteerError", "OutputError"]


class StrikemapError(Exception):
    """Root of every strikemap error."""


class InputError(StrikemapError, ValueError):
    """The input cannot be used: a missing path, no readable article, a bad file."""


class GazetteerError(StrikemapError, OSError):
    """The gazetteer folder is missing or one of its files is malformed."""


class OutputError(StrikemapError, OSError):
    """An output file could not be written."""
