"""geomap: turn conflict reporting into maps.

Read articles, find the places they name in a curated gazetteer, extract
incidents into an ACLED-compatible GeoDataFrame, and draw report-ready maps.
"""
from .errors import GazetteerError, GeomapError, InputError, OutputError
from .gazetteer import Gazetteer, Place

__all__ = ["Gazetteer", "Place", "GeomapError", "InputError", "GazetteerError", "OutputError"]
__version__ = "0.1.0"
