"""One root exception so callers can catch exactly what they mean."""
from __future__ import annotations

__all__ = ["GeomapError", "InputError", "GazetteerError", "OutputError"]


class GeomapError(Exception):
    """Root of every error geomap raises on purpose."""


class InputError(GeomapError):
    """An article, metadata file or option a user gave cannot be read as given."""


class GazetteerError(GeomapError):
    """A gazetteer file is missing or malformed (the message names file and line)."""


class OutputError(GeomapError):
    """An output file cannot be written."""
