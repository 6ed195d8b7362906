"""Write the standalone HTML map.

Needs: the strikes' GeoJSON FeatureCollection and the gazetteer (for the
governorate shapes). Adds: one HTML page that works with no network:
Leaflet and marker clustering are inlined from the ``xstatic`` wheels,
governorate and country outlines are the basemap, and an OpenStreetMap
tile layer is offered off by default.

The page is a folium map; the strike markers, uncertainty shapes, popups
and the side panel are drawn by ``assets/map.js`` from the features,
which reach the page as JSON with ``<``, ``>`` and ``&`` escaped, and
are put into the page only through ``textContent``: article text cannot
run as script.
"""

from __future__ import annotations

import base64
import re
from importlib import resources
from itertools import count
from pathlib import Path

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from strikemap.features import json_text
from strikemap.gazetteer import Gazetteer

__all__ = ["render_map", "safe_json"]

_ASSETS = resources.files("strikemap") / "assets"
_ADMIN1_NAMES = {"01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Ar-Raqqah", "05": "As-Suwayda",
                 "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif Dimashq", "09": "Aleppo", "10": "Hama",
                 "11": "Homs", "12": "Idlib", "13": "Damascus", "14": "Tartus"}
_PANEL = """
<div id="sm-panel" role="complementary" aria-label="Strikes and filters">
  <header><p id="sm-title"></p><p id="sm-subtitle"></p></header>
  <div id="sm-filters">
    <label>Claimant<select id="sm-f-claimant"><option value="">all</option></select></label>
    <label>Stance<select id="sm-f-stance"><option value="">all</option><option value="asserted">asserted</option>
      <option value="disputed">disputed</option><option value="denied">denied</option></select></label>
    <label>From<input id="sm-f-from" type="date"></label>
    <label>To<input id="sm-f-to" type="date"></label>
  </div>
  <div id="sm-count" aria-live="polite"></div>
  <ul id="sm-list"></ul>
</div>
<div id="sm-legend" aria-label="Legend">
  <div><b>Strikes</b> (size: number of claims)</div>
  <div><i style="background:#f5a623"></i>1 independent source</div>
  <div><i style="background:#e8590c"></i>2 independent sources</div>
  <div><i style="background:#b71c1c"></i>3 or more</div>
  <div><i style="background:#7b2d8e"></i>disputed (asserted and denied)</div>
  <div><i style="background:#777777"></i>denied only</div>
  <div><i class="sm-sq" style="background:none;border:1px dashed #c0392b"></i>governorate-level claim</div>
  <div><i style="background:rgba(232,89,12,.15);border:1px solid #e8590c"></i>uncertainty (near, offset, area)</div>
</div>
"""


def safe_json(value) -> str:
    """JSON that can sit inside ``<script>``: no ``<``, ``>`` or ``&`` left.

    >>> safe_json({"a": "</script><b>"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json_text(value)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class _StrikeLayer(MacroElement):
    """Carries the data and the page script; rendered after the map."""

    _template = Template("""
{% macro html(this, kwargs) %}{{ this.panel }}
<script type="application/json" id="sm-data">{{ this.data_mark }}</script>{% endmacro %}
{% macro script(this, kwargs) %}window.smMap = {{ this.map_name }};
window.smControl = {{ this.control_name }};
{{ this.js }}{% endmacro %}
""")

    # branca renders a macro, then parses the result again as a template:
    # article text must never go through that (it is slow for megabytes of
    # data, and "{{" or "{%" in an article would be read as Jinja). The page
    # data replaces this mark in the finished page instead.
    data_mark = "/*strikemap-data*/"

    def __init__(self, js: str, panel: str):
        super().__init__()
        self._name = "StrikeLayer"
        self.js, self.panel = js, panel
        self.map_name = self.control_name = "null"


class _Raw(Element):
    """Markup put on the page as it is: handed to the template as a value,
    so Jinja does not tokenise 300 KB of inlined Leaflet on every build."""

    _template = Template("{{ this.markup }}")

    def __init__(self, markup: str):
        super().__init__()
        self.markup = markup


def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


def _inline_leaflet_css() -> str:
    import xstatic.pkg.leaflet as xl

    base = Path(xl.BASE_DIR)
    css = (base / "leaflet.css").read_text(encoding="utf-8")

    def data_uri(match):
        path = base / match.group(1)
        if not path.is_file():
            return "none"
        return "url(data:image/png;base64," + base64.b64encode(path.read_bytes()).decode() + ")"

    return re.sub(r"url\((images/[\w.-]+\.png)\)", data_uri, css)


def _inline_assets() -> tuple[str, str]:
    import xstatic.pkg.leaflet as xl
    import xstatic.pkg.leaflet_markercluster as xm

    strip_map = re.compile(r"//# sourceMappingURL=\S+")
    js = "\n".join(strip_map.sub("", (Path(base) / name).read_text(encoding="utf-8"))
                   for base, name in ((xl.BASE_DIR, "leaflet.js"), (xm.BASE_DIR, "leaflet.markercluster.js")))
    css = "\n".join([_inline_leaflet_css(),
                     (Path(xm.BASE_DIR) / "MarkerCluster.css").read_text(encoding="utf-8"),
                     (Path(xm.BASE_DIR) / "MarkerCluster.Default.css").read_text(encoding="utf-8"),
                     _asset("map.css")])
    return js, css


def _deterministic_ids(root) -> None:
    numbers = count()

    def walk(element):
        element._id = f"{next(numbers):04d}"
        for child in element._children.values():
            walk(child)

    walk(root)


def render_map(collection: dict, gazetteer: Gazetteer, *, title: str, subtitle: str,
               online_tiles: bool = False) -> str:
    """The standalone HTML page for a FeatureCollection.

    Parameters
    ----------
    collection : dict
        The GeoJSON written to ``strikes.geojson``.
    gazetteer : Gazetteer
        For governorate and country outlines.
    title, subtitle : str
        Shown at the top of the side panel (as text, never HTML).
    online_tiles : bool
        Show the OpenStreetMap layer at start (it is always offered, off
        by default, and needs a network).

    Returns
    -------
    str
    """
    feats = collection["features"]
    located = [f for f in feats if f["geometry"]]
    fmap = folium.Map(location=[35.0, 38.5], zoom_start=7, tiles=None, control_scale=True, max_zoom=18)
    fmap.default_js, fmap.default_css = [], []
    folium.GeoJson(gazetteer.countries_geojson, name="Neighbouring countries", control=True,
                   style_function=lambda _f: {"color": "#999", "weight": 1, "fillColor": "#f2efe9", "fillOpacity": 0.6},
                   tooltip=folium.GeoJsonTooltip(fields=["name"], labels=False)).add_to(fmap)
    govs = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": _ADMIN1_NAMES.get(code, code) + " Governorate", "admin1": code},
         "geometry": geom} for code, geom in sorted(gazetteer.admin1_shapes.items())]}
    folium.GeoJson(govs, name="Syria's governorates",
                   style_function=lambda _f: {"color": "#555", "weight": 1.2, "fillColor": "#fffdf5", "fillOpacity": 0.9},
                   tooltip=folium.GeoJsonTooltip(fields=["name"], labels=False)).add_to(fmap)
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap tiles (online)", overlay=True, show=online_tiles,
                     control=True).add_to(fmap)
    control = folium.LayerControl(collapsed=True)
    control.add_to(fmap)
    for element in list(fmap._children.values()):
        if hasattr(element, "default_js"):
            element.default_js, element.default_css = [], []
    for f in located:
        f["properties"]["admin1_name"] = _ADMIN1_NAMES.get(f["properties"]["admin1"] or "", None)
    used = sorted({f["properties"]["admin1"] for f in located if f["properties"]["precision"] == "admin1"})
    lats = [f["geometry"]["coordinates"][1] for f in located]
    lons = [f["geometry"]["coordinates"][0] for f in located]
    for code in used:  # governorate-level strikes: show the whole governorate
        if code in gazetteer.admin1_polygons:
            west, south, east, north = gazetteer.admin1_polygons[code].bounds
            lats += [south, north]
            lons += [west, east]
    claimants = sorted({c for f in feats for c in f["properties"]["claimants"]})
    sentences: dict[str, int] = {}
    data = {
        "features": [_compact(f, sentences) for f in feats], "title": title, "subtitle": subtitle,
        "claimants": claimants,
        "strike_count": len(located), "admin1_shapes": {code: gazetteer.admin1_shapes[code] for code in used
                                                         if code in gazetteer.admin1_shapes},
        "bounds": [[min(lats), min(lons)], [max(lats), max(lons)]] if located else None,
    }
    data["sentences"] = list(sentences)
    data["keys"] = list(_POPUP_PROPS)
    data["claim_keys"] = [*_CLAIM_KEYS, "s"]
    layer = _StrikeLayer(_asset("map.js"), _PANEL)
    layer.add_to(fmap)
    _deterministic_ids(fmap.get_root())
    layer.map_name, layer.control_name = fmap.get_name(), control.get_name()
    js, css = _inline_assets()
    root = fmap.get_root()
    root.header.add_child(_Raw(f"<style>{css}</style>"), name="sm_css")
    root.header.add_child(_Raw(f"<script>{js}</script>"), name="sm_js")
    root.title = title
    html = root.render()
    html = re.sub(r"<title>.*?</title>", "", html, flags=re.S)
    html = html.replace("<head>", "<head>\n<title>" + _text(title) + "</title>", 1)
    before, _mark, after = html.partition(_StrikeLayer.data_mark)  # last: never scan the data again
    return before + safe_json(data) + after


_POPUP_PROPS = ("place", "label", "place_id", "admin1", "admin1_name", "precision", "uncertainty_km", "names_in_text",
                "date", "date_text", "date_confidence", "date_note", "date_latest", "date_earliest", "attack_type",
                "attack_types", "stance", "claim_count", "article_count", "independent_sources", "claimants",
                "perpetrator", "killed_min", "killed_max", "wounded_min", "wounded_max")
_CLAIM_KEYS = ("doc", "start", "mention_start", "mention_end", "claimant", "stance", "attack_type", "follow_on")


def _compact(feature: dict, sentences: dict[str, int]) -> list:
    """What the page needs of a feature, as arrays in the order of
    ``_POPUP_PROPS``/``_CLAIM_KEYS`` (the page rebuilds the objects); each
    distinct sentence is stored once."""
    props = feature["properties"]
    claims = [[claim[k] for k in _CLAIM_KEYS] + [sentences.setdefault(claim["sentence"], len(sentences))]
              for claim in props["claims"]]
    coords = feature["geometry"]["coordinates"] if feature["geometry"] else None
    return [feature["id"], coords, [props.get(k) for k in _POPUP_PROPS], claims]


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
