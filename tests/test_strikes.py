"""Merging claims into strikes: dates, wire copy, corrections."""

from datetime import date

from click.testing import CliRunner

from strikemap.cli import cli
from strikemap.dates import compatible, narrow
from strikemap.model import DateInfo
from strikemap.pipeline import run


def test_date_intervals_merge_when_they_overlap():
    nov3 = DateInfo(date(2015, 11, 3), date(2015, 11, 3), "", "high")
    before_nov10 = DateInfo(None, date(2015, 11, 10), "", "low")
    nov5 = DateInfo(date(2015, 11, 5), date(2015, 11, 5), "", "high")
    no_year = DateInfo(None, None, "", "low", month_day=(11, 3))
    assert compatible(nov3, before_nov10) and compatible(nov3, no_year)
    assert not compatible(nov3, nov5) and not compatible(nov5, no_year)
    merged, disagree = narrow([nov3, before_nov10, no_year])
    assert merged.day == date(2015, 11, 3) and not disagree
    _merged, disagree = narrow([nov3, nov3, nov5])
    assert disagree


def test_different_days_make_different_strikes(tmp_path, resolver):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "one.txt").write_text("Raids on Douma\nMarch 3, 2016\nWarplanes raided Douma on Tuesday.", encoding="utf-8")
    (folder / "two.txt").write_text("Raids on Douma\nMarch 10, 2016\nWarplanes raided Douma today.", encoding="utf-8")
    (folder / "three.txt").write_text("Douma hit\nMarch 10, 2016\nJets bombed Douma, activists said.", encoding="utf-8")
    result = run([folder], resolver)
    douma = sorted((s.date.text(), sorted({c.doc for c in s.claims})) for s in result.strikes)
    assert douma == [("2016-03-01", ["one.txt"]), ("2016-03-10", ["three.txt", "two.txt"])]


def write(folder, name, text):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_corrections_pin_drop_and_merge(tmp_path, resolver):
    folder = tmp_path / "in"
    write(folder, "a.txt", "Strikes\nMay 2, 2016\nWarplanes raided Douma and Harasta on Monday.\n")
    write(folder, "b.txt", "Strikes\nMay 2, 2016\nJets bombed Saqba on Monday, activists said.\n")
    base = run([folder], resolver)
    ids = {s.place: s.id for s in base.strikes}
    saqba, harasta = next(s for s in base.strikes if "Saqba" in s.place), next(
        s for s in base.strikes if "Ḩarastā" in s.place or "Harasta" in s.place)
    douma = next(s for s in base.strikes if "Dūmā" in s.place or "Douma" in s.place)
    corrections = tmp_path / "corrections.csv"
    corrections.write_text(
        "action,doc,start,mention,place_id,strike_id,target_strike_id,note\n"
        f"pin,a.txt,,Douma,{resolver('Damascus').place.id},,,wrong Douma\n"
        f"drop,,,,,{harasta.id},,not a strike\n"
        f"merge,,,,,{saqba.id},{douma.id},same event\n"
        "drop,zzz.txt,,,,,,matches nothing\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["-v", "build", str(folder), "-o", str(out), "--corrections", str(corrections)])
    assert result.exit_code == 0, result.output
    assert "correction matched nothing: drop zzz.txt" in result.stderr
    import json
    feats = [f for f in json.loads((out / "strikes.geojson").read_text())["features"] if f["geometry"]]
    places = sorted(f["properties"]["place"] for f in feats)
    assert "Damascus" in places and not any("Harasta" in p or "Ḩarastā" in p for p in places)
    assert ids and len(feats) == 1 or all(f["properties"]["claim_count"] >= 1 for f in feats)


def test_bad_corrections_file_exits_2(tmp_path, seeds_dir):
    bad = tmp_path / "c.csv"
    bad.write_text("action,place_id\nteleport,x\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "-o", str(tmp_path / "o"), "--corrections", str(bad)])
    assert result.exit_code == 2
    assert result.stderr == "Error: c.csv line 2: unknown action 'teleport' (pin, drop or merge)\n"
