"""One root exception so callers can catch exactly what they mean."""
from __future__ import annotations

__all__ = ["GeomapError", "InputError", "GazetteerError", "OutputError", "DEBUG_VARIABLE"]

# set (by ``geomap --debug``) in the environment, so worker processes see it too: an error in geomap's own code
# while reading one article stops the run with its traceback, rather than skipping the article with a warning
DEBUG_VARIABLE = "GEOMAP_DEBUG"


class GeomapError(Exception):
    """Root of every error geomap raises on purpose."""


class InputError(GeomapError):
    """An article, metadata file or option a user gave cannot be read as given."""


class GazetteerError(GeomapError):
    """A gazetteer file is missing or malformed (the message names file and line)."""


class OutputError(GeomapError):
    """An output file cannot be written."""
