/* strikemap page logic: markers, popups, uncertainty shapes, side panel.
   All article text reaches the page as JSON and is inserted with textContent,
   never as HTML, so nothing in an article can run in the browser. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sm-data").textContent);
  function unpack(keys, values) {
    var o = {};
    for (var k = 0; k < keys.length; k++) { o[keys[k]] = values[k]; }
    return o;
  }
  data.features = data.features.map(function (row) {
    var p = unpack(data.keys, row[2]);
    p.claims = row[3].map(function (c) { return unpack(data.claim_keys, c); });
    return { id: row[0], geometry: row[1] ? { type: "Point", coordinates: row[1] } : null, properties: p };
  });
  var map = window.smMap;
  var COLORS = { 1: "#f5a623", 2: "#e8590c", 3: "#b71c1c" };
  var STANCE = { disputed: "#7b2d8e", denied: "#777777" };
  function color(p) {
    if (STANCE[p.stance]) { return STANCE[p.stance]; }
    return COLORS[Math.min(3, p.independent_sources || 1)];
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function range(lo, hi) {
    if (lo === null || lo === undefined) { return hi === null || hi === undefined ? null : "up to " + hi; }
    return (hi !== null && hi !== undefined && hi !== lo) ? lo + "–" + hi : String(lo);
  }
  function dateText(p) {
    if (p.date) { return p.date + (p.date_confidence ? " (" + p.date_confidence + ")" : ""); }
    return p.date_text || "unknown";
  }
  function sentenceNode(claim) {
    var box = el("div", "sm-claim" + (claim.stance === "denied" ? " sm-claim-denied" : ""));
    var s = data.sentences[claim.s], a = -1, b = -1;
    if (claim.mention_start !== null && claim.mention_start !== undefined) {
      a = claim.mention_start - claim.start; b = claim.mention_end - claim.start;
    }
    var q = el("q");
    if (a >= 0 && b <= s.length && a < b) {
      q.appendChild(document.createTextNode(s.slice(0, a)));
      q.appendChild(el("mark", null, s.slice(a, b)));
      q.appendChild(document.createTextNode(s.slice(b)));
    } else {
      q.textContent = s;
    }
    box.appendChild(q);
    var meta = claim.doc + " · " + claim.claimant + " · " + claim.stance + " · " + claim.attack_type.replace("_", " ");
    if (claim.follow_on) { meta += " · follow-on sentence"; }
    box.appendChild(el("div", "sm-doc", meta));
    return box;
  }
  function popupNode(p) {
    var box = el("div", "sm-popup");
    var h = el("h4", null, p.label);
    if (p.stance !== "asserted") { h.appendChild(el("span", "sm-badge sm-" + p.stance, p.stance.toUpperCase())); }
    box.appendChild(h);
    var dl = el("dl");
    function row(k, v) { if (v !== null && v !== undefined && v !== "") { dl.appendChild(el("dt", null, k)); dl.appendChild(el("dd", null, v)); } }
    row("Place", p.place + (p.admin1_name ? ", " + p.admin1_name : "") + " (" + p.place_id + ")");
    row("Names in text", (p.names_in_text || []).join(", "));
    row("Precision", p.precision + (p.uncertainty_km !== null ? " ± " + p.uncertainty_km + " km" : ""));
    row("Date", dateText(p) + (p.date_note ? " — " + p.date_note : ""));
    row("Attack", (p.attack_types || [p.attack_type]).join(", ").replace(/_/g, " "));
    row("Perpetrator", p.perpetrator);
    row("Claimants", (p.claimants || []).join("; "));
    row("Killed", range(p.killed_min, p.killed_max));
    row("Wounded", range(p.wounded_min, p.wounded_max));
    row("Sources", p.article_count + " article(s), " + p.independent_sources + " independent, " + p.claim_count + " claim(s)");
    box.appendChild(dl);
    var list = el("div", "sm-claims");
    (p.claims || []).forEach(function (c) { list.appendChild(sentenceNode(c)); });
    box.appendChild(list);
    return box;
  }
  if (!map.options.maxZoom || !isFinite(map.options.maxZoom)) { map.options.maxZoom = 18; }
  var canvas = L.canvas({ padding: 0.5 });
  var cluster = L.markerClusterGroup({ maxClusterRadius: 40, disableClusteringAtZoom: 11, chunkedLoading: true });
  var shapes = L.layerGroup();
  var admin1Layer = L.layerGroup();
  var markers = {};
  var features = data.features;
  features.forEach(function (f, i) {
    var p = f.properties;
    if (!f.geometry) { return; }
    var lat = f.geometry.coordinates[1], lon = f.geometry.coordinates[0];
    var size = Math.round(14 + 4 * Math.sqrt(p.claim_count || 1));
    var icon = L.divIcon({ className: "", iconSize: [size, size],
      html: '<div class="sm-marker" style="width:' + size + "px;height:" + size + "px;background:" + color(p) + '"></div>' });
    var marker = L.marker([lat, lon], { icon: icon, title: p.label, keyboard: true });
    marker.bindPopup(function () { return popupNode(p); }, { maxWidth: 440 });
    marker.smIndex = i;
    markers[f.id] = marker;
    if (p.precision === "admin1" && data.admin1_shapes[p.admin1]) {
      admin1Layer.addLayer(L.geoJSON(data.admin1_shapes[p.admin1], { style: { color: color(p), weight: 2, fillOpacity: 0.12, dashArray: "4 3" }, interactive: false }));
    } else if (p.uncertainty_km && p.precision !== "exact") {
      shapes.addLayer(L.circle([lat, lon], { radius: p.uncertainty_km * 1000, renderer: canvas, color: color(p), weight: 1.5, opacity: 0.8, fillOpacity: 0.15, dashArray: "5 4", interactive: false }));
    }
  });
  map.addLayer(admin1Layer);
  map.addLayer(shapes);
  map.addLayer(cluster);
  if (window.smControl) {
    var ctl = window.smControl;
    ctl.addOverlay(cluster, "Strikes");
    ctl.addOverlay(shapes, "Uncertainty (near, offset, area)");
    ctl.addOverlay(admin1Layer, "Governorate-level strikes");
  }

  // Side panel: filters, count, rows.
  var claimantSel = document.getElementById("sm-f-claimant");
  var stanceSel = document.getElementById("sm-f-stance");
  var fromIn = document.getElementById("sm-f-from");
  var toIn = document.getElementById("sm-f-to");
  var listEl = document.getElementById("sm-list");
  var countEl = document.getElementById("sm-count");
  data.claimants.forEach(function (c) { var o = el("option", null, c); o.value = c; claimantSel.appendChild(o); });
  document.getElementById("sm-title").textContent = data.title;
  document.getElementById("sm-subtitle").textContent = data.subtitle;
  function keep(p) {
    if (claimantSel.value && (p.claimants || []).indexOf(claimantSel.value) < 0) { return false; }
    if (stanceSel.value && p.stance !== stanceSel.value) { return false; }
    var d = p.date || p.date_latest || p.date_earliest;
    if (fromIn.value && (!d || d < fromIn.value)) { return false; }
    if (toIn.value && (!d || d > toIn.value)) { return false; }
    return true;
  }
  function rowNode(f) {
    var p = f.properties;
    var li = el("li", f.geometry ? "sm-strike" : "sm-placeless");
    var head = el("div", "sm-row-place", p.label);
    if (p.stance !== "asserted") { head.appendChild(el("span", "sm-badge sm-" + p.stance, p.stance)); }
    li.appendChild(head);
    li.appendChild(el("div", "sm-row-meta", dateText(p) + " · " + (p.claimants || []).join("; ") + " · " + p.claim_count + " claim(s)"));
    if (!f.geometry) {
      li.appendChild(el("div", "sm-row-meta", "“" + data.sentences[p.claims[0].s] + "” — " + p.claims[0].doc));
    } else {
      li.tabIndex = 0;
      li.setAttribute("data-id", f.id);
      var open = function () {
        var m = markers[f.id];
        cluster.zoomToShowLayer(m, function () { m.openPopup(); });
      };
      li.addEventListener("click", open);
      li.addEventListener("keydown", function (e) { if (e.key === "Enter") { open(); } });
    }
    return li;
  }
  function refresh() {
    var located = [], placeless = [];
    features.forEach(function (f) {
      if (!keep(f.properties)) { return; }
      (f.geometry ? located : placeless).push(f);
    });
    cluster.clearLayers();
    cluster.addLayers(located.map(function (f) { return markers[f.id]; }));
    listEl.textContent = "";
    listEl.appendChild(el("h3", null, "Strikes (" + located.length + ")"));
    var frag = document.createDocumentFragment();
    located.slice(0, 2000).forEach(function (f) { frag.appendChild(rowNode(f)); });
    listEl.appendChild(frag);
    if (located.length > 2000) { listEl.appendChild(el("li", "sm-placeless", "… " + (located.length - 2000) + " more: narrow the filters")); }
    listEl.appendChild(el("h3", null, "Claims without a place (" + placeless.length + ")"));
    placeless.slice(0, 2000).forEach(function (f) { listEl.appendChild(rowNode(f)); });
    countEl.textContent = located.length + " of " + data.strike_count + " strikes shown · " + placeless.length + " claims without a place";
    document.body.setAttribute("data-markers", String(located.length));
  }
  [claimantSel, stanceSel, fromIn, toIn].forEach(function (c) { c.addEventListener("change", refresh); });
  refresh();
  if (data.bounds) { map.fitBounds(data.bounds, { maxZoom: 8, padding: [60, 60] }); }
  window.strikemap = { markers: markers, cluster: cluster, refresh: refresh, map: map };
  document.body.setAttribute("data-ready", "1");
})();
