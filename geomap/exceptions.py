"""geomap's error family: one root, each subclass also the built-in it resembles.

The command line turns any GeomapError into a one-line message and exit status 2;
anything else that escapes is a bug and keeps its traceback.
"""


class GeomapError(Exception):
    """Root of every error geomap raises on purpose."""


class InputError(GeomapError, ValueError):
    """An input (article, date, option, user file) that geomap cannot read."""


class DataError(GeomapError, RuntimeError):
    """Boundary or gazetteer data that is missing or malformed."""


class NotFoundError(GeomapError, LookupError):
    """A name (country, place) that the data does not know."""


class OutputError(GeomapError, OSError):
    """An output path geomap cannot write (a folder, a read-only folder, a full disk)."""
