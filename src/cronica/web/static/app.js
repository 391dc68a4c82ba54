/* cronica: the events map and timeline. Vanilla JS; every piece of stored text goes into the
   page through textContent (never innerHTML). Leaflet and the world map come from the npm
   folder served at /static/vendor/; without them the markers are drawn on a plain SVG. */
(function () {
  'use strict';

  var COLORS = {
    attack: '#c0392b', clash: '#e67e22', interception: '#2980b9', territory_change: '#8e44ad',
    aid: '#16a085', mobilization: '#b7950b', diplomacy: '#27ae60', threat: '#5d6d7e'
  };
  var PAGE = 500, MAX_PAGES = 40;

  var mapEl = document.getElementById('map');
  var timeline = document.getElementById('timeline');
  var countEl = document.getElementById('count');
  var detail = document.getElementById('detail');
  var detailBody = document.getElementById('detail-body');
  var form = document.getElementById('filters');
  var fields = {
    type: document.getElementById('f-type'), status: document.getElementById('f-status'),
    since: document.getElementById('f-since'), until: document.getElementById('f-until'), q: document.getElementById('f-q')
  };

  var events = [];        // events from the API for the current server-side filters
  var textMatch = null;   // null: no text filter; else a Set of article ids matching the words
  var selected = null;
  var markers = {};       // event id -> marker (Leaflet layer or SVG element)
  var loadSeq = 0;

  // ------------------------------------------------------------ helpers
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function link(href, text, cls) {
    var a = el('a', cls, text);
    a.href = href;
    return a;
  }
  function label(s) { return String(s || '').replace(/_/g, ' '); }
  function radius(ev) { return 6 + Math.min(18, 3 * Math.sqrt(ev.fatalities || 0)); }
  function located(ev) { return ev.place && ev.place.lat !== null && ev.place.lon !== null; }
  function getJSON(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + r.status);
        return body;
      });
    });
  }
  function qs(params) {
    var parts = [];
    Object.keys(params).forEach(function (k) {
      if (params[k] !== '' && params[k] !== null && params[k] !== undefined)
        parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(params[k]));
    });
    return parts.join('&');
  }

  // ------------------------------------------------------------ the map: Leaflet, or plain SVG
  var lmap = null, layer = null, svg = null;

  function initMap() {
    if (window.L && mapEl.dataset.vendor === 'yes') {
      lmap = window.L.map(mapEl, { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true });
      lmap.attributionControl.setPrefix('Leaflet');
      lmap.setView([48.5, 33], 5);
      layer = window.L.featureGroup().addTo(lmap);
      loadBaseMap();
    } else {
      mapEl.classList.add('no-basemap');
      svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('class', 'fallback-map');
      mapEl.appendChild(svg);
    }
  }

  function loadBaseMap() {
    if (!window.topojson) return;
    getJSON('/static/vendor/world-atlas/countries-50m.json').then(function (topo) {
      var countries = window.topojson.feature(topo, topo.objects.countries);
      // Antarctica adds nothing here; rings crossing the antimeridian (Russia, Fiji) are moved east
      // so Leaflet does not draw lines across the whole map
      countries.features = countries.features.filter(function (f) { return f.id !== '010'; });
      countries.features.forEach(function (f) { unwrap(f.geometry); });
      window.L.geoJSON(countries, {
        interactive: false,
        style: { color: '#8f9aa6', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 }
      }).addTo(lmap).bringToBack();
      lmap.attributionControl.addAttribution('Natural Earth via world-atlas');
    }).catch(function () {
      var note = el('p', 'note', 'The world map could not be loaded; markers are shown without country outlines.');
      note.id = 'basemap-note';
      mapEl.parentNode.insertBefore(note, mapEl.nextSibling);
    });
  }

  function unwrap(geom) {
    if (!geom) return;
    var polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.type === 'MultiPolygon' ? geom.coordinates : [];
    polys.forEach(function (poly) {
      poly.forEach(function (ring) {
        var west = false, east = false;
        ring.forEach(function (pt) { if (pt[0] < -170) west = true; if (pt[0] > 170) east = true; });
        if (west && east) ring.forEach(function (pt) { if (pt[0] < 0) pt[0] += 360; });
      });
    });
  }

  function drawMarkers(list) {
    markers = {};
    var pts = list.filter(located);
    if (lmap) {
      layer.clearLayers();
      pts.forEach(function (ev) {
        var m = window.L.circleMarker([ev.place.lat, ev.place.lon], {
          radius: radius(ev), color: '#222', weight: 1, fillColor: COLORS[ev.type] || '#555', fillOpacity: 0.78,
          className: 'event-marker ev-' + ev.type
        });
        m.bindTooltip(tooltip(ev), { direction: 'top' });
        m.on('click', function () { select(ev); });
        m.addTo(layer);
        markers[ev.id] = m;
      });
      if (pts.length) lmap.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 7 });
      return;
    }
    drawSvg(pts);
  }

  function drawSvg(pts) {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var W = mapEl.clientWidth || 800, H = mapEl.clientHeight || 500;
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    var lons = pts.map(function (e) { return e.place.lon; }), lats = pts.map(function (e) { return e.place.lat; });
    var minX = Math.min.apply(null, lons.concat([22])), maxX = Math.max.apply(null, lons.concat([40]));
    var minY = Math.min.apply(null, lats.concat([44])), maxY = Math.max.apply(null, lats.concat([53]));
    var padX = (maxX - minX) * 0.1 + 1, padY = (maxY - minY) * 0.1 + 1;
    minX -= padX; maxX += padX; minY -= padY; maxY += padY;
    var k = Math.min(W / (maxX - minX), H / (maxY - minY));
    var ox = (W - k * (maxX - minX)) / 2, oy = (H - k * (maxY - minY)) / 2;
    var NS = 'http://www.w3.org/2000/svg';
    for (var g = Math.ceil(minX / 5) * 5; g <= maxX; g += 5) {  // a faint 5-degree graticule
      var l = document.createElementNS(NS, 'line');
      var x = ox + k * (g - minX);
      l.setAttribute('x1', x); l.setAttribute('x2', x); l.setAttribute('y1', 0); l.setAttribute('y2', H);
      l.setAttribute('class', 'graticule'); svg.appendChild(l);
    }
    for (var h = Math.ceil(minY / 5) * 5; h <= maxY; h += 5) {
      var m = document.createElementNS(NS, 'line');
      var y = oy + k * (maxY - h);
      m.setAttribute('x1', 0); m.setAttribute('x2', W); m.setAttribute('y1', y); m.setAttribute('y2', y);
      m.setAttribute('class', 'graticule'); svg.appendChild(m);
    }
    pts.forEach(function (ev) {
      var c = document.createElementNS(NS, 'circle');
      c.setAttribute('cx', ox + k * (ev.place.lon - minX));
      c.setAttribute('cy', oy + k * (maxY - ev.place.lat));
      c.setAttribute('r', radius(ev));
      c.setAttribute('fill', COLORS[ev.type] || '#555');
      c.setAttribute('class', 'event-marker ev-' + ev.type);
      var t = document.createElementNS(NS, 'title');
      t.textContent = tooltip(ev).textContent;
      c.appendChild(t);
      c.addEventListener('click', function () { select(ev); });
      svg.appendChild(c);
      markers[ev.id] = c;
    });
  }

  function tooltip(ev) {
    var d = el('div', 'tip');
    d.appendChild(el('b', null, label(ev.type)));
    d.appendChild(document.createTextNode(' · ' + (ev.place ? ev.place.name || '' : '') + (ev.date ? ' · ' + ev.date : '')));
    if (ev.fatalities !== null && ev.fatalities !== undefined) d.appendChild(document.createTextNode(' · ' + ev.fatalities + ' dead'));
    return d;
  }

  function markSelected(id) {
    Object.keys(markers).forEach(function (k) {
      var m = markers[k];
      var node = m.getElement ? m.getElement() : m;
      if (node) node.classList.toggle('selected', k === id);
    });
    Array.prototype.forEach.call(timeline.children, function (li) {
      li.classList.toggle('selected', li.dataset.id === id);
    });
  }

  // ------------------------------------------------------------ timeline
  function drawTimeline(list) {
    while (timeline.firstChild) timeline.removeChild(timeline.firstChild);
    var sorted = list.slice().sort(function (a, b) {
      return (a.date || '9999').localeCompare(b.date || '9999') || String(a.id).localeCompare(String(b.id));
    });
    sorted.forEach(function (ev) {
      var li = el('li', 'timeline-item ev-' + ev.type);
      li.dataset.id = ev.id;
      li.tabIndex = 0;
      li.appendChild(el('span', 'tl-date', ev.date || 'no date'));
      li.appendChild(el('span', 'tag ev-' + ev.type, label(ev.type)));
      li.appendChild(el('span', 'tl-place', ev.place ? ev.place.name : 'no place'));
      li.appendChild(el('span', 'status status-' + ev.status, ev.status));
      if (ev.fatalities !== null && ev.fatalities !== undefined) li.appendChild(el('span', 'tl-dead', ev.fatalities + ' dead'));
      li.appendChild(el('span', 'tl-reports muted', ev.reports + (ev.reports === 1 ? ' report' : ' reports')));
      li.addEventListener('click', function () { select(ev, true); });
      li.addEventListener('keydown', function (e) { if (e.key === 'Enter') select(ev, true); });
      timeline.appendChild(li);
    });
    document.getElementById('timeline-empty').hidden = sorted.length > 0;
  }

  // ------------------------------------------------------------ detail panel
  function select(ev, fromTimeline) {
    selected = ev.id;
    markSelected(ev.id);
    detail.hidden = false;
    if (fromTimeline) form.scrollIntoView({ block: 'start' });  // the map and the detail panel
    if (fromTimeline && lmap && markers[ev.id]) lmap.panTo(markers[ev.id].getLatLng());
    while (detailBody.firstChild) detailBody.removeChild(detailBody.firstChild);
    detailBody.appendChild(el('p', 'muted', 'Loading…'));
    if (lmap) lmap.invalidateSize();
    getJSON('/api/events/' + encodeURIComponent(ev.id)).then(function (d) {
      if (selected !== ev.id) return;
      showDetail(d);
    }).catch(function (e) {
      while (detailBody.firstChild) detailBody.removeChild(detailBody.firstChild);
      detailBody.appendChild(el('p', 'error-message', 'Could not load the event: ' + e.message));
    });
  }

  function showDetail(d) {
    while (detailBody.firstChild) detailBody.removeChild(detailBody.firstChild);
    var h = el('h2', null);
    h.appendChild(el('span', 'tag ev-' + d.type, label(d.type)));
    h.appendChild(document.createTextNode(' ' + (d.place ? d.place.name : 'unknown place')));
    detailBody.appendChild(h);
    var facts = el('p', 'facts');
    facts.appendChild(el('span', 'status status-' + d.status, d.status));
    facts.appendChild(document.createTextNode(' ' + (d.date || 'no date')));
    if (d.fatalities_range) {
      var f = d.fatalities_range;
      facts.appendChild(document.createTextNode(' · dead: ' + (f.min === f.max ? f.latest : f.min + '–' + f.max + ' (latest ' + f.latest + ')')));
    }
    if (d.injured_range) facts.appendChild(document.createTextNode(' · injured: ' + d.injured_range.latest));
    detailBody.appendChild(facts);

    detailBody.appendChild(el('h3', null, 'Sources'));
    var src = el('p', 'sources', d.sources.length ? d.sources.join(' · ') : 'no named source');
    src.id = 'detail-sources';
    detailBody.appendChild(src);

    detailBody.appendChild(el('h3', null, 'Reports (' + d.report_list.length + ')'));
    var ul = el('ul', 'reports');
    ul.id = 'detail-reports';
    d.report_list.forEach(function (r) {
      var li = el('li', 'report');
      var head = el('div');
      head.appendChild(link('/articles/' + encodeURIComponent(r.article_id) + '#event-' + encodeURIComponent(r.local_id),
        r.article.title || r.article_id));
      li.appendChild(head);
      li.appendChild(el('div', 'muted', [r.article.outlet, r.article.published, r.status].filter(Boolean).join(' · ')));
      if (r.sentence) li.appendChild(el('blockquote', null, r.sentence));
      r.statements.forEach(function (s) {
        var p = el('div', 'said');
        p.appendChild(el('b', null, s.speaker || 'unknown source'));
        p.appendChild(document.createTextNode(' → ' + s.stance + ': ' + s.content));
        li.appendChild(p);
      });
      ul.appendChild(li);
    });
    detailBody.appendChild(ul);
  }

  document.getElementById('detail-close').addEventListener('click', function () {
    detail.hidden = true;
    selected = null;
    markSelected(null);
    if (lmap) lmap.invalidateSize();
  });

  // ------------------------------------------------------------ loading and filtering
  function serverParams() {
    return { merged: 'true', type: fields.type.value, status: fields.status.value,
             since: fields.since.value, until: fields.until.value };
  }

  function load() {
    var seq = ++loadSeq;
    var params = serverParams();
    var all = [];
    countEl.textContent = 'loading…';
    function page(offset, n) {
      params.limit = PAGE;
      params.offset = offset;
      return getJSON('/api/events?' + qs(params)).then(function (body) {
        all = all.concat(body.items);
        if (body.next_offset !== null && n + 1 < MAX_PAGES) return page(body.next_offset, n + 1);
        return all;
      });
    }
    page(0, 0).then(function (list) {
      if (seq !== loadSeq) return;
      events = list;
      render();
    }).catch(function (e) {
      if (seq !== loadSeq) return;
      countEl.textContent = e.message;
      countEl.classList.add('error-message');
    });
  }

  function matchesText(ev, words) {
    if (!words) return true;
    var hay = [ev.type, ev.status, ev.date, ev.place ? ev.place.name : '', ev.summary || ''].join(' ').toLowerCase();
    if (words.every(function (w) { return hay.indexOf(w) >= 0; })) return true;
    return textMatch !== null && ev.articles.some(function (a) { return textMatch.has(a); });
  }

  function render() {
    var q = fields.q.value.trim().toLowerCase();
    var words = q ? q.split(/\s+/) : null;
    var list = events.filter(function (ev) { return matchesText(ev, words); });
    drawMarkers(list);
    drawTimeline(list);
    var onMap = list.filter(located).length;
    countEl.classList.remove('error-message');
    countEl.textContent = list.length + ' events, ' + onMap + ' on the map';
    mapEl.dataset.count = String(onMap);
    document.body.dataset.ready = 'true';
  }

  var textTimer = null;
  function onText() {
    clearTimeout(textTimer);
    textTimer = setTimeout(function () {
      var q = fields.q.value.trim();
      if (!q) { textMatch = null; render(); return; }
      // full-text over the articles and statements: events whose reports match count too
      getJSON('/api/search?' + qs({ q: q.slice(0, 200), limit: 100 })).then(function (res) {
        if (fields.q.value.trim() !== q) return;
        var ids = new Set();
        res.articles.forEach(function (a) { ids.add(a.id); });
        res.statements.forEach(function (s) { ids.add(s.article_id); });
        textMatch = ids;
        render();
      }).catch(function () { textMatch = null; render(); });
    }, 200);
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); });
  ['type', 'status', 'since', 'until'].forEach(function (k) { fields[k].addEventListener('change', load); });
  fields.q.addEventListener('input', onText);

  initMap();
  load();
})();
