"""Shared fixtures: the repository's data copied to tmp paths, one resolver."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(condition: bool, why: str) -> None:
    """Skip locally, fail in CI: a test that needs something missing must not pass silently there."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"required for this test in CI: {why}")
    pytest.skip(why)


@pytest.fixture(scope="session")
def resolver():
    from strikemap.resolver import Resolver
    return Resolver()


@pytest.fixture(scope="session")
def gazetteer(resolver):
    return resolver.gazetteer


@pytest.fixture()
def seeds_dir(tmp_path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, resolver):
    """One build of the seeds, shared by the read-only tests."""
    from strikemap.output import write_outputs
    from strikemap.pipeline import run

    work = tmp_path_factory.mktemp("seedbuild")
    shutil.copytree(SEEDS, work / "seeds")
    result = run([work / "seeds"], resolver)
    paths = write_outputs(result, work / "output", resolver.gazetteer)
    collection = json.loads(paths["geojson"].read_text(encoding="utf-8"))
    return result, paths, collection


def features_at(collection: dict, place_substring: str) -> list[dict]:
    return [f for f in collection["features"] if f["geometry"] and place_substring in f["properties"]["place"]]
