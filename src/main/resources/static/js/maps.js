// Leaflet maps for the console. They work offline: the base layer is the shipped Natural Earth
// world boundaries; an online tile server is added only when one is configured (data-tiles).
(function () {
  'use strict';
  var world = null;

  function loadWorld() {
    if (!world) {
      world = fetch('/geo/world-110m.geojson').then(function (r) { return r.json(); }).catch(function () { return null; });
    }
    return world;
  }

  function baseMap(element) {
    var map = L.map(element, { worldCopyJump: true, attributionControl: true }).setView([30, 20], 2);
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: element.dataset.tilesAttribution || '' }).addTo(map);
    }
    loadWorld().then(function (geo) {
      if (geo) {
        L.geoJSON(geo, { style: { color: '#7a8a9a', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false })
          .addTo(map).bringToBack();
      }
    });
    map.attributionControl.addAttribution('Boundaries: Natural Earth (public domain)');
    L.control.scale({ imperial: false }).addTo(map);
    return map;
  }

  // Leaflet puts a string into popups and tooltips as HTML: names typed by people go in as a text
  // node instead, so markup in them is shown, never run. (One node per place it is shown.)
  function textNode(value) {
    var span = document.createElement('span');
    span.textContent = value == null ? '' : String(value);
    return span;
  }

  function json(text) {
    if (!text) { return null; }
    try { return JSON.parse(text); } catch (e) { return null; }
  }

  // Offline, the boundaries are all there is to see, so keep some surroundings in view.
  function fit(map, layers, online) {
    var group = L.featureGroup(layers.filter(Boolean));
    if (group.getLayers().length) { map.fitBounds(group.getBounds().pad(online ? 0.3 : 1.5), { maxZoom: online ? 12 : 6 }); }
  }

  // A read-only map of targets, an area polygon and/or a circle.
  function viewMap(element) {
    var map = baseMap(element);
    var layers = [];
    (json(element.dataset.targets) || []).forEach(function (t) {
      if (t.lat != null && t.lon != null) {
        layers.push(L.marker([t.lat, t.lon], { title: t.name, alt: t.name }).bindPopup(textNode(t.name))
          .bindTooltip(textNode(t.name), { permanent: true, direction: 'right', offset: [10, -20] }).addTo(map));
      }
    });
    var polygon = json(element.dataset.polygon);
    if (polygon && polygon.length) {
      layers.push(L.polygon(polygon, { color: '#b42318', weight: 2, fillOpacity: 0.12 }).addTo(map));
    }
    var circle = json(element.dataset.circle);
    if (circle && circle.lat != null) {
      layers.push(L.circle([circle.lat, circle.lon], { radius: circle.radiusKm * 1000, color: '#b42318' }).addTo(map));
    }
    fit(map, layers, !!element.dataset.tiles);
  }

  // Drawing an area: each click adds a corner; the ring goes into a hidden input as [[lat,lon],...].
  // With data-circle-lat/lon inputs, a click in circle mode sets the centre instead.
  function drawMap(element, intercept) {
    var map = baseMap(element);
    var input = document.getElementById(element.dataset.input);
    var points = json(input && input.value) || [];
    if (points.length > 1 && JSON.stringify(points[0]) === JSON.stringify(points[points.length - 1])) { points.pop(); }
    var shape = null;
    var circleLayer = null;
    var latInput = element.dataset.circleLat && document.getElementById(element.dataset.circleLat);
    var lonInput = element.dataset.circleLon && document.getElementById(element.dataset.circleLon);
    var radiusInput = element.dataset.radius && document.getElementById(element.dataset.radius);
    function mode() {
      var chosen = document.querySelector('input[name="areaMode"]:checked');
      return chosen ? chosen.value : 'polygon';
    }
    function redraw() {
      if (shape) { map.removeLayer(shape); }
      shape = points.length ? L.polygon(points, { color: '#b42318', weight: 2, fillOpacity: 0.12 }).addTo(map) : null;
      if (input) { input.value = points.length >= 3 ? JSON.stringify(points) : ''; }
      if (circleLayer) { map.removeLayer(circleLayer); circleLayer = null; }
      if (latInput && latInput.value && lonInput.value && radiusInput && radiusInput.value) {
        circleLayer = L.circle([+latInput.value, +lonInput.value], { radius: +radiusInput.value * 1000, color: '#0b5cad' }).addTo(map);
      }
      var counter = document.getElementById(element.dataset.counter);
      if (counter) { counter.textContent = points.length + ' corner' + (points.length === 1 ? '' : 's'); }
    }
    map.on('click', function (e) {
      if (intercept && intercept(e)) { return; }
      var lat = Math.round(e.latlng.lat * 10000) / 10000;
      var lon = Math.round(L.Util.wrapNum(e.latlng.lng, [-180, 180], true) * 10000) / 10000;
      if (mode() === 'circle' && latInput) {
        latInput.value = lat; lonInput.value = lon;
      } else {
        points.push([lat, lon]);
      }
      redraw();
    });
    [radiusInput, latInput, lonInput].forEach(function (i) { if (i) { i.addEventListener('change', redraw); } });
    var clear = document.querySelector('[data-clear="' + element.id + '"]');
    if (clear) {
      clear.addEventListener('click', function () {
        points = [];
        if (latInput) { latInput.value = ''; lonInput.value = ''; }
        redraw();
      });
    }
    redraw();
    if (shape) { fit(map, [shape], !!element.dataset.tiles); }
    return map;
  }

  // Placing targets: "Place on map" on a row, then a click on the map fills that row's lat/lon.
  function pickMap(element) {
    var active = null;
    var markers = {};
    var map = null;
    map = drawMap(element, function (e) {
      if (active === null) { return false; }
      var lat = document.getElementById('targets' + active + '.lat');
      var lon = document.getElementById('targets' + active + '.lon');
      lat.value = Math.round(e.latlng.lat * 10000) / 10000;
      lon.value = Math.round(e.latlng.lng * 10000) / 10000;
      if (markers[active]) { map.removeLayer(markers[active]); }
      markers[active] = L.marker([+lat.value, +lon.value]).addTo(map);
      active = null;
      document.querySelectorAll('[data-pick-row]').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
      return true;
    });
    document.querySelectorAll('[data-pick-row]').forEach(function (button) {
      button.addEventListener('click', function () {
        active = button.dataset.pickRow;
        document.querySelectorAll('[data-pick-row]').forEach(function (b) { b.setAttribute('aria-pressed', String(b === button)); });
      });
    });
  }

  function init() {
    if (typeof L === 'undefined') { return; }
    document.querySelectorAll('.map[data-mode]').forEach(function (element) {
      if (element.dataset.ready) { return; }
      element.dataset.ready = 'true';
      if (element.dataset.mode === 'view') { viewMap(element); }
      if (element.dataset.mode === 'draw') { drawMap(element); }
      if (element.dataset.mode === 'pick') { pickMap(element); }
    });
  }

  if (document.readyState !== 'loading') { init(); } else { document.addEventListener('DOMContentLoaded', init); }
})();
