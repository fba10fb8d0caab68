// The events map: an offline basemap of country borders (Natural Earth via world-atlas) and
// clustered event markers from /api/map. No tile server: everything comes from this server.
(function () {
  "use strict";
  var el = document.getElementById("map");
  var lang = el.dataset.lang || "ar";
  var map = L.map(el, { worldCopyJump: true, minZoom: 2, maxZoom: 16 }).setView([32, 40], 5);
  var colours = {
    "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22", "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#7f8c8d", "Diplomacy": "#27ae60"
  };
  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function borders(url, style) {
    return fetch(url).then(function (r) { return r.json(); }).then(function (g) {
      L.geoJSON(g, { style: style, interactive: false }).addTo(map);
    });
  }
  var base = { color: "#888", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 };
  borders("/static/geo/world_countries_110m.geojson", base).then(function () {
    return borders("/static/geo/middle_east_countries_50m.geojson", { color: "#777", weight: 0.8, fillColor: "#f7f4ec", fillOpacity: 1 });
  });
  var cluster = L.markerClusterGroup({ maxClusterRadius: 40 });
  map.addLayer(cluster);
  function load(params) {
    var url = "/api/map" + (params ? "?" + params : "");
    return fetch(url).then(function (r) { return r.json(); }).then(function (fc) {
      cluster.clearLayers();
      fc.features.forEach(function (f) {
        var p = f.properties, c = f.geometry.coordinates;
        var marker = L.circleMarker([c[1], c[0]], {
          radius: 7, color: "#222", weight: 1, fillColor: colours[p.event_type] || "#555", fillOpacity: 0.9
        });
        var place = lang === "en" && p.place_en ? p.place_en : p.place;
        marker.bindPopup(
          '<div class="popup"><b>' + esc(p.event_type) + "</b> / " + esc(p.sub_event_type) +
          "<br>" + esc(place) + " · " + esc(p.date || "") +
          "<br>" + esc(p.actor || "—") + " → " + esc(p.target || "—") +
          (p.fatalities != null ? "<br>☠ " + esc(p.fatalities) : "") +
          '<br><a href="/events/' + encodeURIComponent(p.id) + "?lang=" + lang + '">#' + esc(p.id) + "</a> (" + esc(p.num_articles) + ")</div>"
        );
        marker.eventId = p.id;
        cluster.addLayer(marker);
      });
      if (fc.features.length) {
        map.fitBounds(cluster.getBounds(), { maxZoom: 7, padding: [20, 20], animate: false });
      }
      el.dataset.markers = String(fc.features.length);
    });
  }
  var form = document.getElementById("map-filters");
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    load(new URLSearchParams(new FormData(form)).toString());
  });
  load("");
})();
