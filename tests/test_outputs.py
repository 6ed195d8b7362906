"""GeoJSON contract, CSV columns, determinism and atomic writes."""

import json
from importlib import resources

import jsonschema
import pandas as pd
import pytest

from strikemap.output import CLAIM_DTYPES, atomic_write, csv_chunks, write_outputs
from strikemap.errors import OutputError


def schema():
    return json.loads((resources.files("strikemap") / "schema" / "strikes.schema.json").read_text(encoding="utf-8"))


def test_geojson_validates_against_the_schema(seed_build):
    _r, _p, collection = seed_build
    jsonschema.Draft202012Validator(schema()).validate(collection)


def test_schema_rejects_a_broken_feature(seed_build):
    _r, _p, collection = seed_build
    broken = json.loads(json.dumps(collection))
    broken["features"][0]["geometry"]["coordinates"] = [36.0]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema())
    broken = json.loads(json.dumps(collection))
    broken["crs"] = {"type": "name"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema())


def test_rfc7946_points_are_lon_lat_with_six_decimals(seed_build):
    _r, _p, collection = seed_build
    assert "crs" not in collection
    for f in collection["features"]:
        if f["geometry"]:
            lon, lat = f["geometry"]["coordinates"]
            assert 35 < lon < 43 and 32 < lat < 38
            assert round(lon, 6) == lon and round(lat, 6) == lat


def test_claims_csv_loads_with_documented_dtypes(seed_build):
    result, paths, collection = seed_build
    frame = pd.read_csv(paths["csv"], dtype=CLAIM_DTYPES)
    assert list(frame.columns) == list(CLAIM_DTYPES)
    assert len(frame) == sum(len(f["properties"]["claims"]) for f in collection["features"])
    assert frame["killed_min"].dropna().tolist() and str(frame["killed_min"].dtype) == "Int64"
    unresolved = pd.read_csv(paths["unresolved"])
    assert list(unresolved.columns) == ["document", "start", "end", "mention", "reason", "sentence"]


def test_claims_csv_in_pieces_is_the_whole_table(seed_build, monkeypatch):
    """Pieces of 7 rows (so an empty count column or a float falls in one
    piece but not another) join into the text of one DataFrame of every row."""
    from strikemap import output
    from strikemap.features import CLAIM_COLUMNS, claim_rows

    result, _p, _c = seed_build
    rows = list(claim_rows(result.strikes, result.placeless))
    assert len(rows) > 3 * 7
    whole = pd.DataFrame(rows, columns=CLAIM_COLUMNS).astype(CLAIM_DTYPES).to_csv(index=False, lineterminator="\n")
    monkeypatch.setattr(output, "CSV_CHUNK", 7)
    pieces = list(csv_chunks(iter(rows), CLAIM_COLUMNS, CLAIM_DTYPES))
    assert len(pieces) == -(-len(rows) // 7)
    assert "".join(pieces) == whole
    assert list(csv_chunks([], ["a", "b"])) == ["a,b\n"]


def test_same_input_same_bytes(tmp_path, seeds_dir, resolver):
    from strikemap.pipeline import run
    outs = []
    for name in ("a", "b"):
        result = run([seeds_dir], resolver)
        paths = write_outputs(result, tmp_path / name, resolver.gazetteer)
        outs.append({k: p.read_bytes() for k, p in paths.items()})
    assert outs[0] == outs[1]


def test_forked_writers_give_the_same_bytes(tmp_path, seeds_dir, resolver):
    from strikemap.pipeline import run
    from strikemap.pipeline import can_fork
    assert can_fork()  # Linux, no stray threads: the copies really are forked
    result = run([seeds_dir], resolver)
    one = write_outputs(result, tmp_path / "one", resolver.gazetteer, workers=1)
    two = write_outputs(result, tmp_path / "two", resolver.gazetteer, workers=2)
    assert {k: p.read_bytes() for k, p in one.items()} == {k: p.read_bytes() for k, p in two.items()}


def test_a_forked_writer_that_fails_reports_the_file(tmp_path, seeds_dir, resolver):
    from strikemap.pipeline import run
    out = tmp_path / "out"
    (out / "claims.csv").mkdir(parents=True)  # the CSV writer (a forked copy) cannot replace a folder
    with pytest.raises(OutputError, match="claims.csv"):
        write_outputs(run([seeds_dir], resolver), out, resolver.gazetteer, workers=2)
    assert (out / "claims.csv").is_dir() and (out / "strikes.geojson").is_file()
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_forked_writer_that_dies_is_one_error():
    import os
    from strikemap.output import _aside
    with pytest.raises(OutputError, match="died"):
        with _aside(lambda: os._exit(3), fork=True):
            pass


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "strikes.geojson"
    target.write_text("old", encoding="utf-8")

    class Boom(str):
        pass

    def explode(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", explode)
    with pytest.raises(OutputError, match="cannot write"):
        atomic_write(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["strikes.geojson"]


def test_streamed_write_that_fails_halfway_keeps_the_old_file(tmp_path):
    target = tmp_path / "strikes.geojson"
    target.write_text("old", encoding="utf-8")

    def pieces():
        yield "{\"type\": "
        raise OSError(5, "Input/output error")

    with pytest.raises(OutputError, match="Input/output error"):
        atomic_write(target, pieces())
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["strikes.geojson"]


def test_template_syntax_in_an_article_is_text(tmp_path, resolver):
    # branca parses rendered macros again as Jinja templates: article text
    # must never reach that step.
    from strikemap.pipeline import run
    folder = tmp_path / "in"
    folder.mkdir()
    sentence = "Russian warplanes struck Douma on Tuesday, killing 12 people {{ 7*7 }} {% endif %} {# x, activists said."
    (folder / "a.txt").write_text(f"Jets strike Douma\nDAMASCUS, November 3, 2015 (Levant Wire) -\n{sentence}\n",
                                  encoding="utf-8")
    paths = write_outputs(run([folder], resolver), tmp_path / "out", resolver.gazetteer)
    page = paths["map"].read_text(encoding="utf-8")
    assert "killing 12 people {{ 7*7 }} {% endif %} {# x" in page
    assert "people 49" not in page


def test_strike_ids_are_stable_across_corpora(tmp_path, seeds_dir, resolver):
    from strikemap.pipeline import run
    full = {f.id: f.place for f in run([seeds_dir], resolver).strikes}
    (seeds_dir / "000_20a4c90652e8c229.txt").unlink()
    fewer = {f.id: f.place for f in run([seeds_dir], resolver).strikes}
    assert set(fewer) <= set(full)
