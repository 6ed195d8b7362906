"""The map page in a real browser: headless Chromium with every host blocked."""

import json
import shutil
from pathlib import Path

import pytest

from conftest import need

CHROMIUM = "/usr/bin/chromium"
HOSTILE = """Hostile <script>document.body.setAttribute('data-pwned','1')</script> report
Warplanes bombed Douma <img src=x onerror="document.body.setAttribute('data-pwned','2')">, killing 3 people.
Jets struck Saraqeb "</script><script>document.body.setAttribute('data-pwned','3')</script>` ${alert(1)} ' quotes.
"""


@pytest.fixture(scope="module")
def browser():
    need(Path(CHROMIUM).exists(), "Debian's chromium package at /usr/bin/chromium")
    playwright = pytest.importorskip("playwright.sync_api") if False else __import__("playwright.sync_api").sync_api
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run"])
        yield b
        b.close()


def open_page(browser, path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests = []

    def block(route):
        requests.append(route.request.url)
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", block)
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=15000)
    return page, requests, errors


def test_seed_map_loads_offline_with_one_marker_per_strike(browser, seed_build):
    _r, paths, collection = seed_build
    page, requests, errors = open_page(browser, paths["map"])
    assert errors == []
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    located = sum(1 for f in collection["features"] if f["geometry"])
    assert page.get_attribute("body", "data-markers") == str(located)
    assert page.locator("#sm-list li.sm-strike").count() == located
    placeless = sum(1 for f in collection["features"] if not f["geometry"])
    assert page.locator("#sm-list li.sm-placeless").count() == placeless
    assert "Strikes reported in 5 articles" in page.inner_text("#sm-title")
    page.close()


def test_clicking_a_row_opens_its_popup_with_sentences(browser, seed_build):
    _r, paths, collection = seed_build
    page, _req, errors = open_page(browser, paths["map"])
    row = page.locator("#sm-list li.sm-strike", has_text="Al Qaryatayn")
    row.click()
    popup = page.wait_for_selector(".sm-popup", timeout=10000)
    text = popup.inner_text()
    assert "Al-Qaryatain" in text and "at least 10 people were killed" in text
    assert page.inner_text(".sm-popup mark") == "Al-Qaryatain"
    assert errors == []
    page.close()


def test_filters_change_the_count(browser, seed_build):
    _r, paths, _c = seed_build
    page, _req, _err = open_page(browser, paths["map"])
    page.select_option("#sm-f-stance", "disputed")
    assert page.get_attribute("body", "data-markers") == "1"
    page.select_option("#sm-f-stance", "")
    page.select_option("#sm-f-claimant", "Syrian Observatory for Human Rights")
    assert int(page.get_attribute("body", "data-markers")) >= 2
    page.close()


def test_hostile_markup_stays_text(browser, tmp_path, resolver):
    from strikemap.output import write_outputs
    from strikemap.pipeline import run

    folder = tmp_path / "hostile"
    folder.mkdir()
    name = 'x"<img src=y onerror=alert(1)>`.txt'
    (folder / name).write_text(HOSTILE, encoding="utf-8")
    result = run([folder], resolver)
    paths = write_outputs(result, tmp_path / "out", resolver.gazetteer)
    html = paths["map"].read_text(encoding="utf-8")
    assert "<img src=x" not in html and "</script><script>document" not in html
    page, _req, errors = open_page(browser, paths["map"])
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    assert page.get_attribute("body", "data-pwned") is None
    page.locator("#sm-list li.sm-strike").first.click()
    page.wait_for_selector(".sm-popup")
    assert "<img src=x" in page.inner_text(".sm-popup") or "onerror" in page.inner_text("#sm-list")
    assert page.locator(".sm-popup img").count() == 0
    assert page.get_attribute("body", "data-pwned") is None and dialogs == [] and errors == []
    page.close()


def test_screenshot_of_the_seed_map(browser, seed_build, tmp_path):
    _r, paths, _c = seed_build
    page, _req, _err = open_page(browser, paths["map"])
    shot = tmp_path / "map.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20000
    page.close()
