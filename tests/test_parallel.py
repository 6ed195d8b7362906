"""Parallel and Dask runs give the same bytes as a local run."""

import shutil

from click.testing import CliRunner

from conftest import DATA, SEEDS
from strikemap.cli import cli


def build(tmp_path, name, *extra):
    out = tmp_path / name
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "in"), "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def corpus(tmp_path):
    target = tmp_path / "in"
    shutil.copytree(SEEDS, target / "seeds")
    shutil.copytree(DATA / "corpus", target / "corpus")
    return target


def test_processes_match_a_single_process(tmp_path):
    corpus(tmp_path)
    assert build(tmp_path, "one", "-j", "1") == build(tmp_path, "two", "-j", "2")


def test_dask_local_cluster_matches_a_local_run(tmp_path):
    corpus(tmp_path)
    local = build(tmp_path, "local", "-j", "1")
    distributed = build(tmp_path, "dask", "--dask", "local")
    assert local == distributed
    assert local["strikes.geojson"].count(b'"type":"Feature"') > 50


def test_a_worker_keeps_one_resolver_per_region():
    # a Dask worker lives across builds: a build for another region must not get the first build's resolver
    from strikemap.pipeline import _worker_resolver

    syria = _worker_resolver(("SY", None))
    assert _worker_resolver(("SY", None)) is syria
    iraq = _worker_resolver(("IQ", None))
    assert (syria.region, iraq.region) == ("SY", "IQ")


def test_the_callers_own_setup_runs_once_while_the_workers_extract(tmp_path):
    import multiprocessing

    from strikemap.pipeline import run

    corpus(tmp_path)
    seen = []

    def meanwhile():
        seen.append((len(multiprocessing.active_children()), done[0]))

    done = [0]

    def progress(n):
        done[0] += n

    result = run([tmp_path / "in"], workers=2, batch_size=5, progress=progress, meanwhile=meanwhile)
    assert len(seen) == 1
    workers, articles_done = seen[0]
    assert workers == 2 and articles_done == 0
    assert done[0] == result.report.read + len(result.report.skipped) > 10
    seen.clear()
    done[0] = 0
    run([SEEDS], workers=1, progress=progress, meanwhile=meanwhile)
    assert seen == [(0, 0)]
