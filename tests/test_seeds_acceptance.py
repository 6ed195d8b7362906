"""The seed map, strike by strike, as ../shared/acceptance/seeds.md describes it."""

import pytest

from conftest import features_at
from strikemap.gazetteer import geodesic_km

# place (as in the gazetteer), approximate point, articles (file prefixes) that must claim it
EXPECTED = [
    ("Tadmur", (34.562, 38.284), {"001", "002", "003", "004"}),
    ("Deir ez-Zor", (35.336, 40.141), {"001", "002", "003", "004"}),
    ("Ithriya", (35.369, 37.786), {"001", "003", "004"}),
    ("Al Qaryatayn", (34.230, 37.241), {"002"}),
    ("Ar Raqqah", (35.953, 39.008), {"003"}),
    ("Aleppo Governorate", None, {"002"}),
    ("Hama Governorate", None, {"002"}),
    ("Latakia Governorate", None, {"002"}),
]
NOT_MARKERS = ["Moscow", "Vienna", "Austria", "Iraq", "Turkey", "Lebanon", "Egypt", "France", "United Kingdom",
               "Germany", "Morocco", "Saudi Arabia", "United States", "Canada", "Iran", "Syria", "Homs", "Russia"]


def located(collection):
    return [f for f in collection["features"] if f["geometry"]]


@pytest.mark.parametrize("place,point,articles", EXPECTED)
def test_strike_markers(seed_build, place, point, articles):
    _result, _paths, collection = seed_build
    feats = [f for f in located(collection) if f["properties"]["place"] == place]
    assert len(feats) == 1, [f["properties"]["place"] for f in located(collection)]
    props = feats[0]["properties"]
    assert {d[:3] for d in props["documents"]} == articles
    if point:
        lon, lat = feats[0]["geometry"]["coordinates"]
        assert geodesic_km(lat, lon, *point) < 15
    else:
        assert props["precision"] == "admin1" and props["uncertainty_km"] > 20


def test_east_of_aleppo_is_an_offset_point(seed_build):
    _r, _p, collection = seed_build
    feats = [f for f in located(collection) if f["properties"]["place"] == "Aleppo"]
    assert len(feats) == 1
    props = feats[0]["properties"]
    assert props["precision"] == "offset" and props["bearing"] == "E"
    assert {d[:3] for d in props["documents"]} == {"001", "003", "004"}
    lon, lat = feats[0]["geometry"]["coordinates"]
    assert lon > 37.17 and abs(lat - 36.20) < 0.05
    assert set(props["names_in_text"]) == {"Aleppo"}


def test_no_other_markers(seed_build):
    _r, _p, collection = seed_build
    places = sorted(f["properties"]["place"] for f in located(collection))
    allowed = {p for p, _pt, _a in EXPECTED} | {"Aleppo", "Palmyra Castle"}
    assert set(places) <= allowed, places
    for name in NOT_MARKERS:
        assert name not in places
    palmyra = [p for p in places if p in ("Tadmur", "Palmyra Castle")]
    assert palmyra.count("Tadmur") == 1 and len(palmyra) <= 2


def test_precision_is_honest(seed_build):
    _r, _p, collection = seed_build
    by_place = {f["properties"]["place"]: f["properties"] for f in located(collection)}
    assert by_place["Tadmur"]["precision"] == "near"
    assert by_place["Hama Governorate"]["precision"] == "admin1"
    for props in by_place.values():
        assert props["uncertainty_km"] > 0


def test_sentences_are_verbatim(seed_build):
    result, _p, collection = seed_build
    texts = {}
    for f in collection["features"]:
        for claim in f["properties"]["claims"]:
            doc = claim["doc"]
            if doc not in texts:
                texts[doc] = (result.report and open_seed(doc))
            assert texts[doc][claim["start"]:claim["end"]] == claim["sentence"]
            if claim["mention_start"] is not None:
                assert texts[doc][claim["mention_start"]:claim["mention_end"]] == claim["mention"]


def open_seed(doc):
    from conftest import SEEDS
    return (SEEDS / doc).read_text(encoding="utf-8")


def test_citadel_claims_are_disputed(seed_build):
    _r, _p, collection = seed_build
    citadel = [f for f in located(collection) if any("citadel" in c["sentence"] for c in f["properties"]["claims"])]
    assert citadel
    props = citadel[0]["properties"]
    assert props["stance"] == "disputed"
    stances = {(c["claimant"], c["stance"]) for c in props["claims"] if "citadel" in c["sentence"]}
    assert ("Kremlin", "denied") in stances
    assert ("Syrian Observatory for Human Rights", "asserted") in stances


def test_claimants_and_casualties(seed_build):
    _r, _p, collection = seed_build
    by_place = {f["properties"]["place"]: f["properties"] for f in located(collection)}
    assert by_place["Al Qaryatayn"]["claimants"] == ["Syrian Observatory for Human Rights"]
    assert by_place["Al Qaryatayn"]["killed_min"] == 10
    raqqa = by_place["Ar Raqqah"]
    assert raqqa["claimants"] == ["Syrian Observatory for Human Rights"] and raqqa["killed_min"] == 23
    assert "Russia or Syrian government" in raqqa["perpetrator"]
    assert "Russian Ministry of Defence" in by_place["Tadmur"]["claimants"]
    assert "Russian Ministry of Defence" in by_place["Ithriya"]["claimants"]


def test_every_strike_is_dated_3_november_2015(seed_build):
    _r, _p, collection = seed_build
    for f in located(collection):
        assert f["properties"]["date"] == "2015-11-03", f["properties"]["place"]
        for claim in f["properties"]["claims"]:
            assert claim["date_source"]


def test_follow_on_sentences_belong_to_their_strikes(seed_build):
    _r, _p, collection = seed_build
    by_place = {f["properties"]["place"]: f["properties"] for f in located(collection)}
    for place in ("Tadmur", "Deir ez-Zor", "Ithriya", "Aleppo"):
        assert any(c["sentence"].startswith("In particular, the Russian air strikes destroyed")
                   for c in by_place[place]["claims"]), place
    assert any(c["sentence"].startswith("Russia's Defense Ministry claimed the attacks near Palmyra")
               for c in by_place["Tadmur"]["claims"])


def test_wire_copy_keeps_every_article_claim_and_counts_once(seed_build):
    _r, _p, collection = seed_build
    props = {f["properties"]["place"]: f["properties"] for f in located(collection)}["Ithriya"]
    docs = [c["doc"][:3] for c in props["claims"]]
    assert {"003", "004"} <= set(docs)
    wire = {c["wire_group"] for c in props["claims"] if c["doc"][:3] in ("003", "004")}
    assert len(wire) == 1
    assert props["independent_sources"] == 2 and props["article_count"] == 3


def test_claims_without_a_place_have_null_geometry(seed_build):
    _r, _p, collection = seed_build
    placeless = [f for f in collection["features"] if f["geometry"] is None]
    sentences = " ".join(c["sentence"] for f in placeless for c in f["properties"]["claims"])
    for needle in ("Russia jets bombed 24 targets in Syria Tuesday", "struck more than 250 targets in Syria",
                   "bombed 24 targets in Syria", "More than 24 positions have been targeted", "2,084"):
        assert needle in sentences
    assert all(f["properties"]["precision"] == "country" for f in placeless)
