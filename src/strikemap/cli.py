"""Command line: parse options, call the library, write the results.

$ strikemap build seeds/ -o output/
$ strikemap resolve Tamdor "Deir Ezzor"
$ strikemap gazetteer stats
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import sys

import click

from strikemap.errors import InputError, StrikemapError

log = logging.getLogger("strikemap")


class _OneLine(logging.Formatter):
    def format(self, record):
        return f"{record.levelname.lower()}: {record.getMessage()}"


@click.group()
@click.version_option(package_name="strikemap")
@click.option("-v", "--verbose", count=True, help="More logging (repeat for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def cli(verbose: int, quiet: bool) -> None:
    """Map air strikes reported in news articles.

    $ strikemap build            # maps seeds/ into output/
    """
    level = logging.ERROR if quiet else logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    root = logging.getLogger("strikemap")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


def _fail(exc: StrikemapError) -> None:
    message = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    click.echo(f"Error: {message}", err=True)
    sys.exit(2 if isinstance(exc, InputError) else 1)


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option("-o", "--out", "out_dir", default="output", show_default=True, type=click.Path(),
              help="Folder for strikes.geojson, claims.csv, unresolved.csv and map.html.")
@click.option("--region", default="SY", show_default=True, help="Country preferred for ambiguous names ('' for none).")
@click.option("--gazetteer", "gazetteer_dir", type=click.Path(file_okay=False), default=None,
              help="Gazetteer folder (default: the one shipped with strikemap).")
@click.option("--online", is_flag=True, help="Ask an online geocoder (Nominatim, rate-limited) for names the "
              "gazetteer lacks; answers are cached as sourced rows in the user overlay.")
@click.option("--corrections", "corrections_file", type=click.Path(), default=None,
              help="CSV of analyst corrections (pin, drop, merge) applied on every build.")
@click.option("-j", "--jobs", type=int, default=0, help="Worker processes (default: all cores for 500+ files).")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Run extraction on a Dask cluster (scheduler address, or 'local').")
def build(inputs: tuple[str, ...], out_dir: str, region: str, gazetteer_dir: str | None, online: bool,
          corrections_file: str | None, jobs: int, dask_address: str | None) -> None:
    """Map the strikes reported in INPUTS (files or folders; default seeds/).

    \b
    $ strikemap build
    $ strikemap build reports/2016/ extra.txt -o maps/2016
    """
    from strikemap.gazetteer import load_gazetteer
    from strikemap.pipeline import run
    from strikemap.resolver import Resolver

    try:
        fallback = None
        if online:
            from strikemap.online import OnlineFallback
            fallback = OnlineFallback(region=region or None)
        resolver = Resolver(load_gazetteer(gazetteer_dir), region=region or None, fallback=fallback)
        corrections = None
        if corrections_file:
            from strikemap.corrections import read_corrections
            corrections = read_corrections(corrections_file, resolver.gazetteer)
        paths = list(inputs) or ["seeds"]
        total = _count_files(paths)
        workers = jobs or ((os.cpu_count() or 1) if total >= 500 and not online else 1)
        stream = sys.stderr
        show = total >= 50 and stream.isatty()
        with click.progressbar(length=total, label="Reading articles", file=stream,
                               hidden=not show) as bar:
            # the writers (pandas, folium: half a second) are imported while the workers extract
            result = run(paths, resolver, progress=bar.update, corrections=corrections, workers=workers,
                         dask=dask_address, meanwhile=lambda: importlib.import_module("strikemap.output"))
        from strikemap.output import summary, write_outputs
        write_outputs(result, out_dir, resolver.gazetteer, workers=workers)
    except StrikemapError as exc:
        _fail(exc)
    click.echo(summary(result))


def _count_files(paths: list[str]) -> int:
    from strikemap.reader import iter_paths
    return sum(1 for _ in iter_paths(paths))


@cli.command()
@click.argument("names", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--region", default="SY", show_default=True, help="Country preferred for ambiguous names.")
def resolve(names: tuple[str, ...], as_json: bool, region: str) -> None:
    """Resolve place NAMES against the gazetteer ("-" or none: read stdin).

    \b
    $ strikemap resolve Tamdor Itria "Deir Ezzor"
    $ echo Raqa | strikemap resolve --json
    """
    from strikemap.resolver import Resolver

    if not names or names == ("-",):
        names = tuple(line.strip() for line in sys.stdin if line.strip())
    try:
        resolver = Resolver(region=region or None)
    except StrikemapError as exc:
        _fail(exc)
    for name in names:
        res = resolver(name)
        if as_json:
            record = {"query": name, "match": res.as_dict() if res else None,
                      "alternatives": [{"name": a.place.name, "id": a.place.id, "method": a.method,
                                        "score": round(a.score, 3), "country_code": a.place.country}
                                       for a in (res.alternatives if res else ())]}
            click.echo(json.dumps(record, ensure_ascii=False, sort_keys=True))
        elif res is None:
            click.echo(f"{name}\t-\tno match")
        else:
            click.echo(f"{name}\t{res.place.name}\t{res.place.id}\t{res.place.lat:.5f},{res.place.lon:.5f}\t"
                       f"{res.place.country}\t{res.method}\t{res.score:.2f}")


@cli.group()
def gazetteer() -> None:
    """Inspect the gazetteer."""


@gazetteer.command("stats")
def gazetteer_stats() -> None:
    """Rows per source and country.

    \b
    $ strikemap gazetteer stats
    """
    from collections import Counter

    from strikemap.gazetteer import load_gazetteer

    try:
        gaz = load_gazetteer()
    except StrikemapError as exc:
        _fail(exc)
    counts = Counter((p.id.split(":")[0], p.country) for p in gaz.places)
    for (source, country), n in sorted(counts.items()):
        click.echo(f"{source}\t{country}\t{n}")
    click.echo(f"total\t\t{len(gaz)}")


@gazetteer.command("import")
@click.argument("dump", type=click.Path())
def gazetteer_import(dump: str) -> None:
    """Import a GeoNames country dump (SY.zip or SY.txt) into the user overlay.

    \b
    $ strikemap gazetteer import SY.zip
    """
    from strikemap.importer import import_geonames_dump

    try:
        target, count = import_geonames_dump(dump)
    except StrikemapError as exc:
        _fail(exc)
    click.echo(f"imported {count} places into {target}")


@gazetteer.command("show")
@click.argument("name")
def gazetteer_show(name: str) -> None:
    """Show the rows a NAME may mean, best first.

    \b
    $ strikemap gazetteer show Palmyra
    """
    from strikemap.resolver import Resolver

    try:
        resolver = Resolver()
    except StrikemapError as exc:
        _fail(exc)
    res = resolver(name)
    if res is None:
        click.echo(f"{name}: no match")
        sys.exit(1)
    click.echo(res.explain())
    for cand in [res, *res.alternatives]:
        place = cand.place
        click.echo(json.dumps(place.raw, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":  # pragma: no cover
    cli()
