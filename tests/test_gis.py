"""Real GIS readers: GDAL's ogrinfo (the engine under QGIS) and geopandas."""

import json
import shutil
import subprocess

from conftest import need


def test_ogrinfo_reads_features_and_fields(seed_build):
    _r, paths, collection = seed_build
    need(shutil.which("ogrinfo") is not None, "ogrinfo (Debian package gdal-bin)")
    proc = subprocess.run(["ogrinfo", "-ro", "-al", "-so", str(paths["geojson"])], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert f"Feature Count: {len(collection['features'])}" in out
    assert "Geometry: Point" in out
    for field in ("place:", "precision:", "claim_count:", "uncertainty_km:", "date:", "stance:", "claims:"):
        assert field in out, field
    assert "WGS 84" in out


def test_ogr2ogr_converts_to_geopackage(seed_build, tmp_path):
    _r, paths, collection = seed_build
    need(shutil.which("ogr2ogr") is not None, "ogr2ogr (Debian package gdal-bin)")
    gpkg = tmp_path / "strikes.gpkg"
    proc = subprocess.run(["ogr2ogr", "-f", "GPKG", str(gpkg), str(paths["geojson"])], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    info = subprocess.run(["ogrinfo", "-ro", "-so", "-al", str(gpkg)], capture_output=True, text=True, check=True)
    assert f"Feature Count: {len(collection['features'])}" in info.stdout


def test_geopandas_round_trip(seed_build, tmp_path):
    import geopandas as gpd

    _r, paths, collection = seed_build
    frame = gpd.read_file(paths["geojson"])
    assert len(frame) == len(collection["features"])
    assert frame.crs.to_epsg() == 4326
    located = frame[~frame.geometry.isna()]
    assert len(located) == sum(1 for f in collection["features"] if f["geometry"])
    assert set(located["precision"]) <= {"exact", "near", "offset", "area", "admin1"}
    out = tmp_path / "again.geojson"
    frame.to_file(out, driver="GeoJSON")
    again = gpd.read_file(out)
    assert len(again) == len(frame) and list(again["place"].fillna("")) == list(frame["place"].fillna(""))
    assert json.loads(out.read_text())["type"] == "FeatureCollection"
