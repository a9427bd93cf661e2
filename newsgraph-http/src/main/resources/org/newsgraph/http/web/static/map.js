/*
 * Draws the element #map with Leaflet: the country shapes shipped with the server (Natural Earth,
 * public domain; no tile server), and a point for every element of the page with data-lat and
 * data-lon, whose popup is a copy of that element (already escaped markup of the server's).
 * The same places are in the page as a list, for keyboard and screen-reader users.
 */
(function () {
  'use strict';
  var element = document.getElementById('map');
  if (!element || !window.L) {
    return;
  }
  var map = L.map(element, { worldCopyJump: true, keyboard: true, minZoom: 1, maxZoom: 10 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Countries: Natural Earth');
  map.createPane('countries');
  map.getPane('countries').style.zIndex = 250;
  var points = [];
  document.querySelectorAll('[data-lat][data-lon]').forEach(function (item) {
    var lat = parseFloat(item.getAttribute('data-lat'));
    var lon = parseFloat(item.getAttribute('data-lon'));
    if (!isFinite(lat) || !isFinite(lon)) {
      return;
    }
    var popup = item.cloneNode(true);
    popup.removeAttribute('id');
    var marker = L.circleMarker([lat, lon], { radius: 8, weight: 2, color: '#8c1d18', fillColor: '#d93025', fillOpacity: 0.8 });
    marker.bindPopup(popup).addTo(map);
    points.push([lat, lon]);
  });
  if (points.length === 1) {
    map.setView(points[0], 4);
  } else if (points.length > 1) {
    map.fitBounds(points, { padding: [30, 30], maxZoom: 6 });
  } else {
    map.setView([20, 0], 1);
  }
  element.setAttribute('data-points', String(points.length));
  fetch('/static/countries-110m.geojson')
    .then(function (answer) { return answer.json(); })
    .then(function (countries) {
      L.geoJSON(countries, {
        pane: 'countries', interactive: false,
        style: { color: '#7d8790', weight: 1, fillColor: '#f4f1e8', fillOpacity: 1 }
      }).addTo(map);
      element.setAttribute('data-countries', String(countries.features.length));
    });
}());
