"""The local, offline gazetteer: load its files and index every name.

Needs: the ``gazetteer/`` folder (shipped inside the wheel, or the
repository's own folder in a development checkout) and, optionally, a
user overlay folder. Adds: a :class:`Gazetteer` with one :class:`Place`
per row and three name indexes (``fold``, ``key`` and ``skeleton``, see
:mod:`strikemap.normalize`).

Every TSV file in the folder has the columns of :data:`FIELDS`; the
governorates come from ``governorates.geojson`` (their polygons are kept
for the map and for the "inside its governorate" checks). The compiled
index is cached in the user cache folder and rebuilt whenever a file of
the gazetteer changes.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import math
import os
import pickle
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from strikemap.errors import GazetteerError
from strikemap import normalize
from strikemap.normalize import fold, key, romanised_arabic, skeleton
from strikemap.records import pickled_by_fields

__all__ = ["FIELDS", "Place", "Gazetteer", "default_gazetteer_dir", "load_gazetteer"]

log = logging.getLogger(__name__)

FIELDS = ["id", "name", "alternate_names", "lat", "lon", "kind", "admin1",
          "country", "population", "source"]
CACHE_VERSION = "6"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer row. ``lat``/``lon`` are WGS 84 degrees."""

    id: str
    name: str
    alternate_names: tuple[str, ...]
    lat: float
    lon: float
    kind: str
    admin1: str
    country: str
    population: int
    source: str

    @property
    def raw(self) -> dict:
        """The row as the gazetteer file gives it."""
        return {
            "id": self.id, "name": self.name,
            "alternate_names": "|".join(self.alternate_names),
            "lat": self.lat, "lon": self.lon, "kind": self.kind,
            "admin1": self.admin1, "country": self.country,
            "population": self.population, "source": self.source,
        }


def default_gazetteer_dir() -> Path:
    """The gazetteer shipped with the package, else the checkout's folder."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "gazetteer", here.parent.parent / "gazetteer"):
        if (candidate / "geonames.tsv").is_file():
            return candidate
    raise GazetteerError("no gazetteer folder found: reinstall strikemap or pass --gazetteer DIR")


def user_overlay_dir() -> Path:
    """Folder for rows the user adds (GeoNames imports, online look-ups)."""
    base = os.environ.get("STRIKEMAP_DATA") or os.path.join(
        os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share"), "strikemap")
    return Path(base)


def _cache_dir() -> Path:
    base = os.environ.get("STRIKEMAP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "strikemap")
    return Path(base)


@dataclass
class Gazetteer:
    """Places and their name indexes.

    Attributes
    ----------
    places : list of Place
    by_fold, by_key, by_skeleton : dict
        Map a folded name, key or skeleton to the indexes of the places
        that bear it.
    keys : list of str
        Every distinct key, for fuzzy search.
    admin1_shapes : dict
        GeoNames admin1 code -> GeoJSON geometry of that governorate.
    """

    places: list[Place]
    by_fold: dict[str, tuple[int, ...]]
    by_key: dict[str, tuple[int, ...]]
    by_skeleton: dict[str, tuple[int, ...]]
    keys: list[str]
    admin1_shapes: dict[str, dict]
    countries_geojson: dict
    by_id: dict[str, int] = field(default_factory=dict)
    folder: str | None = None

    def __post_init__(self):
        if not self.by_id:
            self.by_id = {p.id: i for i, p in enumerate(self.places)}

    def __len__(self) -> int:
        return len(self.places)

    def get(self, place_id: str) -> Place | None:
        """The place with this id, or ``None``."""
        index = self.by_id.get(place_id)
        return None if index is None else self.places[index]

    def admin1_place(self, country: str, admin1: str) -> Place | None:
        """The governorate row of ``admin1`` in ``country``."""
        return self._admin1_rows.get((country, admin1))

    @cached_property
    def _admin1_rows(self) -> dict:
        return {(p.country, p.admin1): p for p in self.places if p.kind == "admin1"}

    @cached_property
    def admin1_polygons(self) -> dict:
        """GeoNames admin1 code -> shapely geometry (built on first use)."""
        from shapely.geometry import shape
        return {code: shape(geom) for code, geom in self.admin1_shapes.items()}

    def admin1_of(self, lat: float, lon: float) -> str:
        """The Syrian governorate code that contains a point, or ``""``."""
        from shapely.geometry import Point
        point = Point(lon, lat)
        for code, poly in self.admin1_polygons.items():
            if poly.covers(point):
                return code
        return ""

    def admin1_radius_km(self, place: Place) -> float:
        """Farthest point of the place's Syrian governorate outline from it
        (50 km without an outline); computed once per place."""
        radius = self._radii.get(place.id)
        if radius is None:
            geom = self.admin1_shapes.get(place.admin1) if place.country == "SY" else None
            radius = 50.0
            if geom:
                ring = geom["coordinates"][0] if geom["type"] == "Polygon" else max(
                    (poly[0] for poly in geom["coordinates"]), key=len)
                radius = round(max(geodesic_km(place.lat, place.lon, lat, lon) for lon, lat in ring), 1)
            self._radii[place.id] = radius
        return radius

    @cached_property
    def _radii(self) -> dict[str, float]:
        return {}

    def names(self, place: Place) -> list[str]:
        """The main name and alternates of a place."""
        return [place.name, *place.alternate_names]


def _read_tsv(path: Path) -> list[Place]:
    places = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        missing = set(FIELDS) - set(reader.fieldnames or [])
        if missing:
            raise GazetteerError(f"{path.name}: missing columns {', '.join(sorted(missing))}")
        for line, row in enumerate(reader, start=2):
            try:
                places.append(Place(
                    id=row["id"].strip(), name=row["name"].strip(),
                    alternate_names=tuple(a.strip() for a in (row["alternate_names"] or "").split("|") if a.strip()),
                    lat=float(row["lat"]), lon=float(row["lon"]), kind=row["kind"].strip(),
                    admin1=(row["admin1"] or "").strip(), country=row["country"].strip(),
                    population=int(row["population"] or 0), source=row["source"].strip(),
                ))
            except (TypeError, ValueError) as exc:
                raise GazetteerError(f"{path.name} line {line}: {exc}") from None
    return places


def _governorates(path: Path) -> tuple[list[Place], dict[str, dict]]:
    from shapely.geometry import shape

    data = json.loads(path.read_text(encoding="utf-8"))
    places, shapes = [], {}
    for feat in data["features"]:
        props = feat["properties"]
        geom = shape(feat["geometry"])
        point = geom.representative_point()
        name = props["name"]
        alts = [a for a in props.get("alternate_names", "").split("|") if a]
        base = [name.split(" (")[0].removesuffix(" Governorate"), *alts]
        extra = [f"{b} {suffix}" for b in base for suffix in ("Governorate", "Province")]
        places.append(Place(
            id=feat["id"], name=name,
            alternate_names=tuple(dict.fromkeys(a for a in [*alts, *extra] if a != name)),
            lat=round(point.y, 5), lon=round(point.x, 5), kind="admin1",
            admin1=props["admin1"], country=props["country"], population=0,
            source=props["source"],
        ))
        shapes[props["admin1"]] = feat["geometry"]
    return places, shapes


_LANDFORMS = frozenset({"plain", "mountain", "region", "valley", "desert", "lake"})
_COMMON_WORD_ZIPF = 3.0  # a word seen more than once in a million English words is a word of its own
_LANDFORM_WORD = re.compile(r"\s+(?:plain|valley|mountains?|heights|desert|lake|hills)$", re.I)


def _fingerprint(folders: list[Path]) -> str:
    digest = hashlib.sha1(CACHE_VERSION.encode())
    for module in (normalize.__file__, __file__):  # the code the index is built with
        digest.update(Path(module).read_bytes())
    for folder in folders:
        for path in sorted(folder.glob("*")):
            if path.suffix in (".tsv", ".geojson"):
                stat = path.stat()
                digest.update(f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def _build(folders: list[Path]) -> Gazetteer:
    places: list[Place] = []
    shapes: dict[str, dict] = {}
    countries = {"type": "FeatureCollection", "features": []}
    for folder in folders:
        for path in sorted(folder.glob("*.tsv")):
            places.extend(_read_tsv(path))
        gov = folder / "governorates.geojson"
        if gov.is_file():
            rows, more = _governorates(gov)
            places.extend(rows)
            shapes.update(more)
        outline = folder / "countries.geojson"
        if outline.is_file():
            countries = json.loads(outline.read_text(encoding="utf-8"))
    # Later folders (the user overlay) win over earlier ones for the same id.
    unique: dict[str, Place] = {}
    for place in places:
        unique[place.id] = place
    places = sorted(unique.values(), key=lambda p: p.id)
    by_fold: dict[str, list[int]] = {}
    by_key: dict[str, list[int]] = {}
    by_skel: dict[str, list[int]] = {}
    for index, place in enumerate(places):
        for name in (place.name, *place.alternate_names):
            folded = fold(name)
            if not folded:
                continue
            by_fold.setdefault(folded, []).append(index)
            k = key(name, romanised_arabic(place.country))
            by_key.setdefault(k, []).append(index)
            by_skel.setdefault(skeleton(k), []).append(index)
    # a plain, valley or mountain range is called by the own word of its name too ("the Ghab" is
    # the Al-Ghab Plain), unless another row has that name ("Homs Desert" is never "Homs") or it
    # is a word of its own ("Turkmen Mountain" gives no "Turkmen", as in "Turkmen villages")
    from wordfreq import zipf_frequency

    for index, place in enumerate(places):
        if place.kind not in _LANDFORMS:
            continue
        own = _LANDFORM_WORD.sub("", place.name)
        folded = fold(own)
        if own != place.name and len(folded) >= 4 and folded not in by_fold and \
                zipf_frequency(folded, "en") < _COMMON_WORD_ZIPF:
            k = key(own, romanised_arabic(place.country))
            by_fold.setdefault(folded, []).append(index)
            by_key.setdefault(k, []).append(index)
            by_skel.setdefault(skeleton(k), []).append(index)

    def freeze(d):
        return {k: tuple(dict.fromkeys(v)) for k, v in d.items()}

    return Gazetteer(places=places, by_fold=freeze(by_fold), by_key=freeze(by_key),
                     by_skeleton=freeze(by_skel), keys=sorted(k for k in by_key if not k.startswith("ar:")),
                     admin1_shapes=shapes, countries_geojson=countries)


def load_gazetteer(folder: str | os.PathLike | None = None, *, overlay: bool = True,
                   use_cache: bool = True) -> Gazetteer:
    """Load the gazetteer, using the compiled cache when it is current.

    Parameters
    ----------
    folder : path, optional
        The gazetteer folder; default :func:`default_gazetteer_dir`.
    overlay : bool
        Also load the user overlay folder (imports, online look-ups).
    use_cache : bool
        Read and write the compiled index cache.

    Returns
    -------
    Gazetteer
    """
    base = Path(folder) if folder else default_gazetteer_dir()
    if not base.is_dir() or not any(base.glob("*.tsv")):
        raise GazetteerError(f"gazetteer folder {base} has no .tsv files")
    folders = [base]
    extra = user_overlay_dir()
    if overlay and extra.is_dir() and any(extra.glob("*.tsv")):
        folders.append(extra)
    fingerprint = _fingerprint(folders)
    cache = _cache_dir() / f"gazetteer-{fingerprint}.pickle"
    if use_cache and cache.is_file():
        try:
            with open(cache, "rb") as fh:
                gaz = pickle.load(fh)
            gaz.folder = str(base)
            return gaz
        except Exception:  # a stale or truncated cache is rebuilt
            log.debug("gazetteer cache %s unreadable; rebuilding", cache)
    gaz = _build(folders)
    gaz.folder = str(base)
    if use_cache:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cache)
        except OSError as exc:
            log.debug("cannot write gazetteer cache: %s", exc)
    return gaz


def geodesic_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine; for ranking, not surveying)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))
