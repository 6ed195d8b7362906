"""Every gazetteer row is real, sourced, and where it says it is."""

import csv
import os
import re
from collections import defaultdict

import pytest
from shapely.geometry import Point

from conftest import ROOT
from strikemap.errors import GazetteerError
from strikemap.gazetteer import FIELDS, load_gazetteer
from strikemap.normalize import fold

GAZ = ROOT / "gazetteer"


def rows(name):
    with open(GAZ / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.mark.parametrize("name", sorted(p.name for p in GAZ.glob("*.tsv")))
def test_every_row_has_an_id_and_a_source(name):
    data = rows(name)
    assert data and list(data[0]) == FIELDS
    for row in data:
        assert row["id"] and ":" in row["id"], row
        assert row["source"].strip(), row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


def test_ids_are_unique_across_files(gazetteer):
    seen = defaultdict(list)
    for path in GAZ.glob("*.tsv"):
        for row in rows(path.name):
            seen[row["id"]].append(path.name)
    assert [i for i, files in seen.items() if len(files) > 1] == []


@pytest.mark.parametrize("name", ["curated.tsv", "airports.tsv"])
def test_hand_and_airport_rows_lie_in_their_governorate(gazetteer, name):
    polygons = gazetteer.admin1_polygons
    outside = []
    for row in rows(name):
        if row["country"] != "SY" or not row["admin1"]:
            continue  # a region abroad ("Beqaa Valley") or across a line of control (the Golan Heights)
        poly = polygons[row["admin1"]]
        km = poly.distance(Point(float(row["lon"]), float(row["lat"]))) * 111
        if km > 3:  # Natural Earth outlines are generalised
            outside.append((row["name"], row["admin1"], round(km, 1)))
    assert outside == []


def test_curated_rows_cite_a_verifiable_identifier():
    for row in rows("curated.tsv"):
        prefix = row["id"].split(":")[0]
        assert prefix in ("wikidata", "geonames", "pcode", "osm") or re.fullmatch(r"[a-z]{2,3}wiki", prefix), row["id"]
        assert "http" in row["source"], row


def test_no_two_rows_share_a_name_and_a_point(gazetteer):
    seen = {}
    clashes = []
    for place in gazetteer.places:
        for name in (place.name, *place.alternate_names):
            key = (fold(name), round(place.lat, 3), round(place.lon, 3))
            other = seen.setdefault(key, place.id)
            both_geonames = other.startswith("geonames:") and place.id.startswith("geonames:")
            if other != place.id and place.kind != "admin1" and not both_geonames:
                clashes.append((name, other, place.id))
    assert clashes == []


def test_fourteen_governorates_with_shapes(gazetteer):
    govs = [p for p in gazetteer.places if p.kind == "admin1"]
    assert sorted(p.admin1 for p in govs) == [f"{i:02d}" for i in range(1, 15)]
    for gov in govs:
        assert gazetteer.admin1_of(gov.lat, gov.lon) == gov.admin1


def test_seed_spellings_are_not_rows(gazetteer):
    for place in gazetteer.places:
        names = {fold(n) for n in (place.name, *place.alternate_names)}
        assert not names & {"tamdor", "itria"}


def test_cache_is_rebuilt_when_a_file_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path / "none"))
    folder = tmp_path / "gaz"
    folder.mkdir()
    (folder / "geonames.tsv").write_text("\t".join(FIELDS) + "\n"
                                         "geonames:1\tAlpha\t\t35.0\t38.0\ttown\t09\tSY\t0\ttest\n", encoding="utf-8")
    assert [p.name for p in load_gazetteer(folder).places] == ["Alpha"]
    with open(folder / "geonames.tsv", "a", encoding="utf-8") as fh:
        fh.write("geonames:2\tBeta\t\t35.1\t38.1\ttown\t09\tSY\t0\ttest\n")
    os.utime(folder / "geonames.tsv", ns=(1, 10**18))
    assert sorted(p.name for p in load_gazetteer(folder).places) == ["Alpha", "Beta"]


def test_bad_gazetteer_gives_a_clear_error(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "x.tsv").write_text("id\tname\n1\tA\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="missing columns"):
        load_gazetteer(folder, use_cache=False)
    with pytest.raises(GazetteerError, match="has no .tsv files"):
        load_gazetteer(tmp_path / "nothing", use_cache=False)


def test_a_landform_is_called_by_its_own_word(resolver):
    # "the Ghab" is the Al-Ghab Plain; "Homs Desert" would never make "Homs" a desert
    assert resolver("Ghab").place.name == "Al-Ghab Plain"
    assert resolver("Homs").place.kind == "city"
