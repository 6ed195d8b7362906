"""The command line: exit codes 0/1/2, exact messages, skipped files."""

import json
import subprocess
import sys

from click.testing import CliRunner

from strikemap.cli import cli


def invoke(*args, **kwargs):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kwargs)


def test_build_writes_every_output(tmp_path, seeds_dir):
    result = invoke("build", str(seeds_dir), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert result.stdout.startswith("5 articles, ")
    assert "strikes" in result.stdout and "unresolved mentions" in result.stdout
    for name in ("strikes.geojson", "claims.csv", "unresolved.csv", "map.html"):
        assert (tmp_path / "out" / name).stat().st_size > 0


def test_build_defaults_to_seeds_into_output(tmp_path, seeds_dir, monkeypatch):
    monkeypatch.chdir(seeds_dir.parent)
    result = invoke("build")
    assert result.exit_code == 0
    assert (seeds_dir.parent / "output" / "map.html").is_file()


def test_missing_input_folder_exits_2(tmp_path):
    result = invoke("build", str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.stderr == f"Error: input path not found: {tmp_path / 'nope'}\n"
    assert not (tmp_path / "out").exists()


def test_empty_folder_exits_2(tmp_path):
    (tmp_path / "empty").mkdir()
    result = invoke("build", str(tmp_path / "empty"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.stderr == "Error: no readable article in the input\n"


def test_undecodable_file_is_skipped_with_a_warning(tmp_path, seeds_dir):
    (seeds_dir / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (seeds_dir / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    result = invoke("build", str(seeds_dir), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert f"warning: skipped {seeds_dir / 'broken.txt'}: binary file (NUL bytes)" in result.stderr
    assert f"warning: skipped {seeds_dir / 'photo.jpg'}: not a .txt or .md file" in result.stderr
    assert result.stdout.strip().endswith("2 files skipped")


def test_only_bad_files_exit_2(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "broken.txt").write_bytes(b"\x00\x00\x00")
    result = invoke("build", str(folder), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: no readable article in the input (1 file(s) skipped)"


def test_unwritable_output_exits_1(tmp_path, seeds_dir):
    blocker = tmp_path / "out"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    result = invoke("build", str(seeds_dir), "-o", str(blocker))
    assert result.exit_code == 1
    assert result.stderr == f"Error: output path {blocker} exists and is not a folder\n"
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder"


def test_other_encodings_are_read(tmp_path):
    folder = tmp_path / "enc"
    folder.mkdir()
    (folder / "latin.txt").write_bytes("Raids on Saraqeb. Café reports said warplanes bombed Douma.".encode("cp1252"))
    (folder / "utf16.md").write_text("Warplanes bombed Douma on Monday.", encoding="utf-16")
    result = invoke("build", str(folder), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0 and result.stdout.startswith("2 articles")


def test_resolve_json_and_table():
    result = invoke("resolve", "--json", "Tamdor", "Kremlin")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["query"] == "Tamdor" and lines[0]["match"]["name"] == "Tadmur"
    assert set(lines[0]["match"]) >= {"name", "id", "lat", "lon", "country_code", "admin1", "kind", "score", "method"}
    assert lines[1] == {"query": "Kremlin", "match": None, "alternatives": []}
    table = invoke("resolve", input="Raqa\n")
    assert table.stdout.startswith("Raqa\tAr Raqqah\tgeonames:172955")


def test_gazetteer_stats_and_show():
    stats = invoke("gazetteer", "stats")
    assert stats.exit_code == 0 and "geonames\tSY\t" in stats.stdout and stats.stdout.splitlines()[-1].startswith("total")
    show = invoke("gazetteer", "show", "Palmyra")
    assert show.exit_code == 0 and "Tadmur" in show.stdout
    missing = invoke("gazetteer", "show", "Qwxzrt")
    assert missing.exit_code == 1


def test_verbosity_flags(tmp_path, seeds_dir):
    quiet = invoke("-q", "build", str(seeds_dir), "-o", str(tmp_path / "q"))
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_python_dash_m(tmp_path, seeds_dir):
    proc = subprocess.run([sys.executable, "-m", "strikemap", "build", str(seeds_dir), "-o", str(tmp_path / "m")],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("5 articles")


def test_every_command_has_help():
    for args in (["build"], ["resolve"], ["gazetteer", "stats"], ["gazetteer", "show"], ["gazetteer"]):
        result = invoke(*args, "--help")
        assert result.exit_code == 0 and "$ strikemap" in result.stdout or "Inspect" in result.stdout
