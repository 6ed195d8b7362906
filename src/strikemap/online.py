"""Optional online fallback for names the local gazetteer cannot place.

Off by default (``strikemap build --online``). Uses a geopy geocoder
(Nominatim by default), rate-limited with geopy's ``RateLimiter``; every
answer is kept as a sourced row in the user overlay (``online.tsv``) so a
name is looked up once, and later builds work offline. Tests use a stub
geocoder, never the network.
"""

from __future__ import annotations

import csv
import io
import logging
import os
from pathlib import Path

from strikemap.gazetteer import FIELDS, Place, user_overlay_dir

__all__ = ["OnlineFallback"]

log = logging.getLogger(__name__)


class OnlineFallback:
    """Geocode unknown names; remember the answers (and the misses).

    Parameters
    ----------
    geocoder : geopy geocoder, optional
        Anything with ``geocode(query, exactly_one=True)``. Default:
        ``Nominatim(user_agent="strikemap")``.
    region : str or None
        Country to ask within (ISO code), e.g. ``"SY"``.
    overlay : path, optional
        Folder of the cache file; default the user overlay folder.
    min_delay_seconds : float
        Passed to geopy's ``RateLimiter`` (Nominatim's policy is one request a second).
    """

    def __init__(self, geocoder=None, *, region: str | None = "SY", overlay: str | os.PathLike | None = None,
                 min_delay_seconds: float = 1.0):
        from geopy.extra.rate_limiter import RateLimiter

        if geocoder is None:
            from geopy.geocoders import Nominatim
            geocoder = Nominatim(user_agent="strikemap (offline-first strike mapper)")
        self.region = region
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=1,
                                    swallow_exceptions=True, return_value_on_exception=None)
        self.path = Path(overlay or user_overlay_dir()) / "online.tsv"
        self._known: dict[str, Place | None] = {}

    def __call__(self, name: str) -> Place | None:
        folded = " ".join(name.lower().split())
        if folded in self._known:
            return self._known[folded]
        query = {"q": name} if not self.region else name
        kwargs = {"exactly_one": True}
        if self.region:
            kwargs["country_codes"] = self.region.lower()
        try:
            location = self._geocode(query, **kwargs)
        except TypeError:  # geocoders without country_codes
            location = self._geocode(query, exactly_one=True)
        place = None
        if location is not None:
            raw = getattr(location, "raw", {}) or {}
            osm = f"osm:{raw.get('osm_type', 'place')}/{raw.get('osm_id', '')}".rstrip("/")
            place = Place(id=osm if raw.get("osm_id") else f"online:{folded}", name=name, alternate_names=(),
                          lat=round(location.latitude, 6), lon=round(location.longitude, 6),
                          kind="village", admin1="", country=(self.region or "").upper(), population=0,
                          source=f"online geocoder: {location.address}"[:300])
            self._remember(place)
        self._known[folded] = place
        return place

    def _remember(self, place: Place) -> None:
        from strikemap.output import atomic_write

        existing = self.path.read_text(encoding="utf-8") if self.path.is_file() else ""
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, FIELDS, delimiter="\t", lineterminator="\n")
        if not existing:
            writer.writeheader()
        row = place.raw
        row["population"] = ""
        writer.writerow(row)
        atomic_write(self.path, existing + buffer.getvalue())
        log.info("online look-up: %s -> %s (%s)", place.name, place.id, place.source)
