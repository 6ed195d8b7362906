"""GeoNames dump import and the online fallback (stub geocoder, no network)."""

import csv
import zipfile

import pytest
from click.testing import CliRunner
from geopy.location import Location

from conftest import ROOT
from strikemap.cli import cli
from strikemap.errors import InputError
from strikemap.gazetteer import load_gazetteer
from strikemap.importer import import_geonames_dump, read_dump
from strikemap.online import OnlineFallback
from strikemap.resolver import Resolver


def dump_lines(n=3):
    """Real rows of the shipped gazetteer, written in GeoNames' dump format."""
    with open(ROOT / "gazetteer" / "geonames.tsv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["country"] == "SY"][:n]
    lines = []
    for r in rows:
        cols = [r["id"].split(":")[1], r["name"], r["name"], ",".join(r["alternate_names"].split("|")), r["lat"],
                r["lon"], "P", "PPL", "SY", "", r["admin1"], "", "", "", r["population"] or "0", "", "300",
                "Asia/Damascus", "2020-01-01"]
        lines.append("\t".join(cols))
    # a mountain and a spot that is not kept
    lines.append("\t".join(["999000001", "Jabal Test", "Jabal Test", "", "35.5", "36.2", "T", "MT", "SY", "", "02",
                            "", "", "", "0", "", "900", "Asia/Damascus", "2020-01-01"]))
    lines.append("\t".join(["999000002", "Some Shop", "Some Shop", "", "35.5", "36.2", "S", "SHOP", "SY", "", "02",
                            "", "", "", "0", "", "900", "Asia/Damascus", "2020-01-01"]))
    return rows, "\n".join(lines) + "\n"


def test_import_txt_and_zip(tmp_path, monkeypatch):
    rows, text = dump_lines()
    txt = tmp_path / "SY.txt"
    txt.write_text(text, encoding="utf-8")
    parsed = read_dump(txt)
    assert [r["id"] for r in parsed][:3] == [r["id"] for r in rows]
    assert parsed[-1]["kind"] == "mountain" and len(parsed) == 4
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "x")
        zf.writestr("SY.txt", text)
    target, count = import_geonames_dump(archive, overlay=tmp_path / "overlay")
    assert count == 4 and target.name == "geonames_SY.tsv"
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path / "overlay"))
    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path / "cache"))
    gaz = load_gazetteer()
    assert gaz.get("geonames:999000001").name == "Jabal Test"
    assert Resolver(gaz)("Jabal Test").place.kind == "mountain"


def test_import_rejects_other_formats(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("a\tb\n", encoding="utf-8")
    with pytest.raises(InputError, match="expected 19 tab-separated columns"):
        read_dump(bad)
    result = CliRunner().invoke(cli, ["gazetteer", "import", str(tmp_path / "missing.zip")])
    assert result.exit_code == 2 and result.stderr == f"Error: input path not found: {tmp_path / 'missing.zip'}\n"


class StubGeocoder:
    def __init__(self):
        self.calls = []

    def geocode(self, query, exactly_one=True, **kwargs):
        self.calls.append((query, kwargs))
        if query == "Qwertyabad":
            return Location("Qwertyabad, Idlib, Syria", (35.9, 36.6), {"osm_type": "node", "osm_id": 42})
        return None


def test_online_fallback_is_used_only_for_unknown_names_and_cached(tmp_path):
    stub = StubGeocoder()
    fallback = OnlineFallback(stub, overlay=tmp_path, min_delay_seconds=0)
    resolver = Resolver(fallback=fallback)
    assert resolver("Aleppo").method == "exact" and stub.calls == []
    res = resolver("Qwertyabad")
    assert res.method == "online" and res.place.id == "osm:node/42" and res.place.lat == 35.9
    assert stub.calls[0][1].get("country_codes") == "sy"
    resolver("Qwertyabad")
    assert len(stub.calls) == 1  # remembered
    assert resolver("Tuesday") is None and len(stub.calls) == 1  # common words never go online
    saved = (tmp_path / "online.tsv").read_text(encoding="utf-8")
    assert "osm:node/42" in saved and "online geocoder: Qwertyabad, Idlib, Syria" in saved
