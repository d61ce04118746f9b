"""Optional online fallback: ask Nominatim for names the gazetteer lacks.

Off by default (geomap runs offline). Answers are cached on disk so a rerun
asks nothing twice, rate-limited as Nominatim's usage policy requires, and
marked ``source=nominatim`` with honest, wide uncertainty.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from .errors import GeomapError
from .gazetteer import Place

__all__ = ["NominatimFallback", "default_cache_path"]

DEFAULT_USER_AGENT = "geomap (conflict-mapping research tool)"


def default_cache_path() -> Path:
    base = os.environ.get("GEOMAP_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "geomap")
    return Path(base) / "nominatim.json"


class NominatimFallback:
    """Looks a name up with geopy's Nominatim, one request per ``min_delay_seconds``.

    ``domain``/``scheme`` point it at another Nominatim-compatible server
    (a local one in tests). ``country_codes`` limits answers to the region.
    """

    def __init__(self, user_agent: str = DEFAULT_USER_AGENT, min_delay_seconds: float = 1.0,
                 cache_path: Path | None = None, domain: str = "nominatim.openstreetmap.org",
                 scheme: str = "https", country_codes: str = "sy,iq,jo,lb,tr,il", timeout: float = 10):
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        self._geocoder = Nominatim(user_agent=user_agent, domain=domain, scheme=scheme, timeout=timeout)
        self._geocode = RateLimiter(self._geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=1, swallow_exceptions=False)
        self.country_codes = country_codes
        self.cache_path = Path(cache_path) if cache_path else default_cache_path()
        self._cache = self._read_cache()

    def _read_cache(self) -> dict:
        try:
            return json.loads(self.cache_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except ValueError:
            return {}  # a damaged cache is only a cache: start again

    def _write_cache(self) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._cache, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(self.cache_path)

    def lookup(self, name: str) -> list[Place]:
        key = f"{self.country_codes}|{name.strip().lower()}"
        if key not in self._cache:
            from geopy.exc import GeopyError

            try:
                answers = self._geocode(name, exactly_one=False, limit=5, addressdetails=False,
                                        country_codes=self.country_codes) or []
            except GeopyError as exc:
                raise GeomapError(f"online lookup of '{name}' failed: {exc}; rerun without --online") from exc
            self._cache[key] = [a.raw for a in answers]
            self._write_cache()
        return [_place(raw, name) for raw in self._cache[key]]


def _place(raw: dict, query: str) -> Place:
    lat, lon = float(raw["lat"]), float(raw["lon"])
    uncertainty = 5.0
    box = raw.get("boundingbox")
    if box and len(box) == 4:
        from .gazetteer import haversine_km

        south, north, west, east = map(float, box)
        uncertainty = max(uncertainty, haversine_km(south, west, north, east) / 2)
    label = raw.get("display_name", query)
    return Place(id=f"nominatim:{raw.get('osm_type', '')}/{raw.get('osm_id', raw.get('place_id', ''))}",
                 name=label.split(",")[0], feature=raw.get("type") or raw.get("class") or "place",
                 country=(raw.get("address", {}) or {}).get("country_code", "").upper(),
                 lat=lat, lon=lon, geo_precision=2, uncertainty_km=round(uncertainty, 1),
                 source="nominatim", note=label, matched=query, match="online geocoder",
                 reason=f"not in the gazetteer; Nominatim answered '{label}'")
