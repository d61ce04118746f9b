"""geomap: turn conflict reporting into maps.

Read articles, find the places they name in a curated gazetteer, extract
incidents into an ACLED-compatible GeoDataFrame, and draw report-ready maps.
"""
from .errors import GazetteerError, GeomapError, InputError, OutputError
from .gazetteer import Gazetteer, Place


def extract(inputs, gazetteer=None):
    """Incidents from articles as a GeoDataFrame (EPSG:4326, one row an incident).

    ``inputs``: paths of .txt files or folders, .jsonl, .csv, or "-" for stdin.
    """
    from .incidents import extract as _extract

    return _extract(inputs, gazetteer)


__all__ = ["Gazetteer", "Place", "extract", "GeomapError", "InputError", "GazetteerError", "OutputError"]
__version__ = "0.1.0"
