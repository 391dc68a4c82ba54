/* cronica: the events map, histogram and list. Vanilla JS; every piece of stored text goes
   into the page through textContent (never innerHTML). Strings go through _() / ngettext()
   with the catalog the page carries (#config, from locale/<lang>/LC_MESSAGES/messages.po).
   Leaflet, its cluster plugin and the world map come from the npm folder served at
   /static/vendor/; without them the markers are drawn on a plain SVG. */
(function () {
  'use strict';

  var CONFIG = JSON.parse(document.getElementById('config').textContent);
  var CATALOG = CONFIG.i18n || {};
  var COLORS = CONFIG.colors || {};
  var LANG = CONFIG.lang || 'es';
  var NS = 'http://www.w3.org/2000/svg';
  var CLAIMED = { claimed: true, disputed: true };

  // ------------------------------------------------------------ strings and dates
  function _(s) { var t = CATALOG[s]; return typeof t === 'string' && t ? t : s; }
  function ngettext(s, p, n) {
    var t = CATALOG[s];
    if (Array.isArray(t)) return t[n === 1 ? 0 : Math.min(1, t.length - 1)] || (n === 1 ? s : p);
    return n === 1 ? s : p;
  }
  function fmt(s, vars) {
    return s.replace(/%\((\w+)\)[sd]/g, function (m, k) { return vars[k] === undefined ? m : String(vars[k]); });
  }
  function pad2(n) { return (n < 10 ? '0' : '') + n; }
  // a date written with the CLDR pattern and month names Babel gives the page (d MMM y)
  function formatDate(d) {
    var D = CONFIG.dates || {};
    var pattern = D.pattern || 'y-MM-dd', months = D.months || [];
    return pattern.replace(/'([^']*)'|y+|M+|d+/g, function (tok, lit) {
      if (lit !== undefined) return lit;
      if (tok[0] === 'y') return String(d.getUTCFullYear());
      if (tok[0] === 'd') return tok.length > 1 ? pad2(d.getUTCDate()) : String(d.getUTCDate());
      if (tok.length >= 3) return months[d.getUTCMonth()] || String(d.getUTCMonth() + 1);
      return tok.length > 1 ? pad2(d.getUTCMonth() + 1) : String(d.getUTCMonth() + 1);
    });
  }
  function formatMoment(iso) {
    if (!iso) return '—';
    var d = new Date(iso);
    if (isNaN(d.getTime())) return String(iso);
    return formatDate(d) + ', ' + pad2(d.getUTCHours()) + ':' + pad2(d.getUTCMinutes()) + ' UTC';
  }

  // ------------------------------------------------------------ elements and state
  var mapEl = document.getElementById('map');
  var timeline = document.getElementById('timeline');
  var countEl = document.getElementById('count');
  var detail = document.getElementById('detail');
  var detailBody = document.getElementById('detail-body');
  var form = document.getElementById('filters');
  var svgH = document.getElementById('histogram');
  var fields = {
    type: document.getElementById('f-type'), status: document.getElementById('f-status'),
    since: document.getElementById('f-since'), until: document.getElementById('f-until'), q: document.getElementById('f-q')
  };
  var csvLink = document.getElementById('download-csv');
  var geoLink = document.getElementById('download-geojson');
  var periodEl = document.getElementById('period');
  var periodClear = document.getElementById('period-clear');

  var events = [];        // the events of the server-side filters (type, status, dates, text)
  var hist = null;        // their histogram
  var period = null;      // {since, until} chosen on the histogram, or null
  var bin = 'day';
  var selected = null, selectedFrom = null;
  var markers = {};
  var loadSeq = 0;
  var openedLatest = null; // the newest event id when the page was opened
  var newIds = {};

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function svgEl(tag, attrs, parent) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function link(href, text, cls) { var a = el('a', cls, text); a.href = href; return a; }
  function radius(ev) { return 6 + Math.min(18, 3 * Math.sqrt(ev.fatalities || 0)); }
  function located(ev) { return ev.lat !== null && ev.lat !== undefined && ev.lon !== null && ev.lon !== undefined; }
  function deadText(n) { return fmt(ngettext('%(num)d dead', '%(num)d dead', n), { num: n }); }
  function getJSON(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { var e = new Error(body && body.error ? body.error : 'HTTP ' + r.status); e.status = r.status; throw e; }
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

  // ------------------------------------------------------------ the map: Leaflet (+ clusters), or plain SVG
  var lmap = null, layer = null, adminLayer = null, svgMap = null, adminLoaded = {};

  function initMap() {
    if (window.L && mapEl.dataset.vendor === 'yes') {
      lmap = window.L.map(mapEl, { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true });
      lmap.attributionControl.setPrefix('Leaflet');
      lmap.setView([30, 20], 2);
      adminLayer = window.L.layerGroup().addTo(lmap);
      layer = window.L.markerClusterGroup ? window.L.markerClusterGroup({
        showCoverageOnHover: false, maxClusterRadius: 40, spiderfyOnMaxZoom: true, animate: false,
        iconCreateFunction: clusterIcon
      }) : window.L.featureGroup();
      layer.addTo(lmap);
      loadBaseMap();
    } else {
      mapEl.classList.add('no-basemap');
      svgMap = svgEl('svg', { 'class': 'fallback-map', role: 'img', 'aria-label': _('Events at their coordinates') });
      mapEl.appendChild(svgMap);
    }
  }

  function clusterIcon(cluster) {
    var n = cluster.getChildCount();
    var size = n < 10 ? 30 : n < 100 ? 36 : 44;
    var icon = window.L.divIcon({ html: '', className: 'event-cluster', iconSize: window.L.point(size, size) });
    var create = icon.createIcon;
    icon.createIcon = function (old) {  // the count as text, never as HTML
      var div = create.call(icon, old);
      div.textContent = String(n);
      div.setAttribute('data-count', String(n));
      div.setAttribute('aria-label', fmt(ngettext('%(num)d event', '%(num)d events', n), { num: n }));
      return div;
    };
    return icon;
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
      var note = el('p', 'note', _('The world map could not be loaded; markers are shown without country outlines.'));
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

  // the first-level divisions (oblasts, provinces, departments) of the countries with events in view
  function loadBoundaries(list) {
    if (!lmap || !CONFIG.boundaries) return;
    var wanted = {};
    list.forEach(function (ev) { if (located(ev) && ev.country) wanted[ev.country] = true; });
    Object.keys(wanted).forEach(function (cc) {
      if (adminLoaded[cc]) return;
      adminLoaded[cc] = true;
      getJSON('/api/view/admin1/' + encodeURIComponent(cc) + '?lang=' + LANG).then(function (fc) {
        if (!fc.features.length) return;
        window.L.geoJSON(fc, {
          interactive: false, className: 'admin1 admin1-' + cc,
          style: { color: '#6b7785', weight: 0.9, opacity: 0.9, fill: false }
        }).addTo(adminLayer);
        if (!loadBoundaries.credited) {
          lmap.attributionControl.addAttribution(fc.attribution || 'Natural Earth');
          loadBoundaries.credited = true;
        }
        mapEl.dataset.admin1 = String((Number(mapEl.dataset.admin1) || 0) + fc.features.length);
      }).catch(function () { adminLoaded[cc] = false; });
    });
  }

  function markerStyle(ev) {
    var claimed = CLAIMED[ev.status];
    return {
      radius: radius(ev), color: claimed ? '#111' : '#333', weight: claimed ? 2 : 1, dashArray: claimed ? '4 3' : null,
      fillColor: COLORS[ev.type] || '#555', fillOpacity: 0.8,
      className: 'event-marker ev-' + ev.type + ' status-' + ev.status + (claimed ? ' claimed' : '')
    };
  }

  function drawMarkers(list) {
    markers = {};
    var pts = list.filter(located);
    if (lmap) {
      layer.clearLayers();
      var made = pts.map(function (ev) {
        var m = window.L.circleMarker([ev.lat, ev.lon], markerStyle(ev));
        m.bindTooltip(tooltip(ev), { direction: 'top' });
        m.on('click', function () { select(ev); });
        markers[ev.id] = m;
        return m;
      });
      if (layer.addLayers) layer.addLayers(made); else made.forEach(function (m) { m.addTo(layer); });
      fit(pts);
      loadBoundaries(list);
      return;
    }
    drawSvgMap(pts);
  }

  function fit(pts) {
    if (!pts.length) return;
    var b = window.L.latLngBounds(pts.map(function (ev) { return [ev.lat, ev.lon]; }));
    if (b.getNorthEast().equals(b.getSouthWest())) lmap.setView(b.getCenter(), 7, { animate: false });
    else lmap.fitBounds(b.pad(0.15), { maxZoom: 8, animate: false });
    var v = lmap.getBounds();
    mapEl.dataset.view = [v.getWest(), v.getSouth(), v.getEast(), v.getNorth()].map(function (x) { return x.toFixed(4); }).join(',');
  }

  function drawSvgMap(pts) {
    clear(svgMap);
    var W = mapEl.clientWidth || 800, H = mapEl.clientHeight || 500;
    svgMap.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    var lons = pts.map(function (e) { return e.lon; }), lats = pts.map(function (e) { return e.lat; });
    var minX = Math.min.apply(null, lons.concat([22])), maxX = Math.max.apply(null, lons.concat([40]));
    var minY = Math.min.apply(null, lats.concat([44])), maxY = Math.max.apply(null, lats.concat([53]));
    var padX = (maxX - minX) * 0.1 + 1, padY = (maxY - minY) * 0.1 + 1;
    minX -= padX; maxX += padX; minY -= padY; maxY += padY;
    var k = Math.min(W / (maxX - minX), H / (maxY - minY));
    var ox = (W - k * (maxX - minX)) / 2, oy = (H - k * (maxY - minY)) / 2;
    for (var g = Math.ceil(minX / 5) * 5; g <= maxX; g += 5) {  // a faint 5-degree graticule
      var x = ox + k * (g - minX);
      svgEl('line', { x1: x, x2: x, y1: 0, y2: H, 'class': 'graticule' }, svgMap);
    }
    for (var h = Math.ceil(minY / 5) * 5; h <= maxY; h += 5) {
      var y = oy + k * (maxY - h);
      svgEl('line', { x1: 0, x2: W, y1: y, y2: y, 'class': 'graticule' }, svgMap);
    }
    pts.forEach(function (ev) {
      var st = markerStyle(ev);
      var c = svgEl('circle', { cx: ox + k * (ev.lon - minX), cy: oy + k * (maxY - ev.lat), r: st.radius,
                                fill: st.fillColor, 'class': st.className }, svgMap);
      if (st.dashArray) c.setAttribute('stroke-dasharray', st.dashArray);
      svgEl('title', {}, c).textContent = tooltip(ev).textContent;
      c.addEventListener('click', function () { select(ev); });
      markers[ev.id] = c;
    });
  }

  function tooltip(ev) {
    var d = el('div', 'tip');
    d.appendChild(el('b', null, ev.type_label));
    d.appendChild(document.createTextNode(' · ' + (ev.place || '') + (ev.date ? ' · ' + ev.date_label : '')));
    if (ev.fatalities !== null && ev.fatalities !== undefined) d.appendChild(document.createTextNode(' · ' + deadText(ev.fatalities)));
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

  // ------------------------------------------------------------ the list
  function drawTimeline(list) {
    clear(timeline);
    var sorted = list.slice().sort(function (a, b) {
      return (a.date || '9999').localeCompare(b.date || '9999') || String(a.id).localeCompare(String(b.id));
    });
    sorted.forEach(function (ev) {
      var li = el('li', 'timeline-item ev-' + ev.type + (newIds[ev.id] ? ' is-new' : ''));
      li.dataset.id = ev.id;
      var b = el('button', 'tl-open');
      b.type = 'button';
      b.appendChild(el('span', 'tl-date', ev.date ? ev.date_label : _('no date')));
      b.appendChild(el('span', 'tag ev-' + ev.type, ev.type_label));
      b.appendChild(el('span', 'tl-place', ev.place || _('no place')));
      b.appendChild(el('span', 'status status-' + ev.status, ev.status_label));
      if (ev.fatalities !== null && ev.fatalities !== undefined) b.appendChild(el('span', 'tl-dead', deadText(ev.fatalities)));
      b.appendChild(el('span', 'tl-reports muted', fmt(ngettext('%(num)d report', '%(num)d reports', ev.reports), { num: ev.reports })));
      if (newIds[ev.id]) b.appendChild(el('span', 'badge-new', _('new')));
      li.appendChild(b);
      li.addEventListener('click', function () { select(ev, b); });
      timeline.appendChild(li);
    });
    document.getElementById('timeline-empty').hidden = sorted.length > 0;
  }

  // ------------------------------------------------------------ detail panel
  function select(ev, fromItem) {
    selected = ev.id;
    selectedFrom = fromItem || null;
    markSelected(ev.id);
    detail.hidden = false;
    if (fromItem) form.scrollIntoView({ block: 'start' });  // the map and the detail panel
    if (fromItem && lmap && markers[ev.id]) {
      if (layer.zoomToShowLayer) layer.zoomToShowLayer(markers[ev.id], function () {});
      else lmap.panTo(markers[ev.id].getLatLng());
    }
    clear(detailBody);
    detailBody.appendChild(el('p', 'muted', _('Loading…')));
    if (lmap) lmap.invalidateSize();
    getJSON('/api/events/' + encodeURIComponent(ev.id)).then(function (d) {
      if (selected !== ev.id) return;
      showDetail(d, ev);
      if (fromItem) { var h = detailBody.querySelector('h2'); if (h) h.focus(); }
    }).catch(function (e) {
      clear(detailBody);
      detailBody.appendChild(el('p', 'error-message', _('Could not load the event:') + ' ' + e.message));
    });
  }

  function showDetail(d, ev) {
    clear(detailBody);
    var h = el('h2', null);
    h.tabIndex = -1;
    h.appendChild(el('span', 'tag ev-' + d.type, ev.type_label));
    h.appendChild(document.createTextNode(' ' + (d.place ? d.place.name : _('unknown place'))));
    detailBody.appendChild(h);
    var facts = el('p', 'facts');
    facts.appendChild(el('span', 'status status-' + d.status, ev.status_label));
    facts.appendChild(document.createTextNode(' ' + (d.date ? ev.date_label : _('no date'))));
    if (d.fatalities_range) {
      var f = d.fatalities_range;
      facts.appendChild(document.createTextNode(' · ' + _('dead:') + ' ' +
        (f.min === f.max ? f.latest : f.min + '–' + f.max + ' (' + _('latest') + ' ' + f.latest + ')')));
    }
    if (d.injured_range) facts.appendChild(document.createTextNode(' · ' + _('injured:') + ' ' + d.injured_range.latest));
    detailBody.appendChild(facts);

    detailBody.appendChild(el('h3', null, _('Sources')));
    var src = el('p', 'sources', d.sources.length ? d.sources.join(' · ') : _('no named source'));
    src.id = 'detail-sources';
    detailBody.appendChild(src);

    detailBody.appendChild(el('h3', null, fmt(_('Reports (%(num)d)'), { num: d.report_list.length })));
    var ul = el('ul', 'reports');
    ul.id = 'detail-reports';
    d.report_list.forEach(function (r) {
      var li = el('li', 'report');
      var head = el('div');
      head.appendChild(link('/articles/' + encodeURIComponent(r.article_id) + '#event-' + encodeURIComponent(r.local_id),
        r.article.title || r.article_id));
      li.appendChild(head);
      li.appendChild(el('div', 'muted', [r.article.outlet, r.article.published ? formatDate(new Date(r.article.published.slice(0, 10) + 'T00:00:00Z')) : null]
        .filter(Boolean).join(' · ')));
      if (r.sentence) li.appendChild(el('blockquote', null, r.sentence));
      r.statements.forEach(function (s) {
        var p = el('div', 'said');
        p.appendChild(el('b', null, s.speaker || _('unknown source')));
        p.appendChild(document.createTextNode(' → ' + s.content));
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
    if (selectedFrom && document.body.contains(selectedFrom)) selectedFrom.focus();
  });
  detail.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') document.getElementById('detail-close').click();
  });

  // ------------------------------------------------------------ the histogram (SVG, drawn here)
  var DAY = 86400000;
  function dayNum(iso) { return Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY); }
  function isoDay(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
  var scale = null;  // the current x scale (segments of dated time, empty stretches cut short)

  function makeScale(bins, unit, x0, width) {
    var GAP = unit === 7 ? 26 * 7 : 30, gapW = 24;
    var segs = [];
    bins.forEach(function (b) {
      var s = dayNum(b.start), e = s + unit;  // [s, e) in days
      var cur = segs[segs.length - 1];
      if (!cur || s - cur.end > GAP) segs.push({ start: s, end: e });
      else cur.end = e;
    });
    var total = 0;
    segs.forEach(function (s) { total += s.end - s.start; });
    var avail = width - gapW * (segs.length - 1), minLen = total * 0.06, wsum = 0;
    segs.forEach(function (s) { s.weight = Math.max(s.end - s.start, minLen); wsum += s.weight; });
    var x = x0;
    segs.forEach(function (s, i) {
      s.x0 = x; s.x1 = x + avail * s.weight / wsum; x = s.x1 + (i < segs.length - 1 ? gapW : 0);
      s.k = (s.x1 - s.x0) / (s.end - s.start);
    });
    function toX(d) {
      for (var i = 0; i < segs.length; i++) {
        var s = segs[i];
        if (d <= s.end || i === segs.length - 1) {
          if (d >= s.start) return Math.min(s.x1, s.x0 + (d - s.start) * s.k);
          if (i === 0) return s.x0;
          var p = segs[i - 1];  // inside a cut stretch
          return p.x1 + (d - p.end) / (s.start - p.end) * (s.x0 - p.x1);
        }
      }
      return x0;
    }
    function toDay(px) {
      for (var i = 0; i < segs.length; i++) {
        var s = segs[i];
        if (px <= s.x1 || i === segs.length - 1) {
          if (px >= s.x0) return s.start + (Math.min(px, s.x1) - s.x0) / s.k;
          if (i === 0) return s.start;
          var p = segs[i - 1];
          return p.end + (px - p.x1) / (s.x0 - p.x1) * (s.start - p.end);
        }
      }
      return segs[0].start;
    }
    return { segs: segs, toX: toX, toDay: toDay, unit: unit };
  }

  function drawHistogram() {
    clear(svgH);
    var note = document.getElementById('histogram-note');
    var W = Math.max(320, svgH.clientWidth || svgH.parentNode.clientWidth || 900), H = 180;
    var m = { l: 36, r: 16, t: 22, b: 26 };
    svgH.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svgH.setAttribute('width', W);
    svgH.setAttribute('height', H);
    svgH.dataset.bin = hist ? hist.bin : bin;
    var bins = hist ? hist.bins : [];
    var notes = [];
    if (hist && hist.imprecise) notes.push(fmt(ngettext('%(num)d event dated only to the month or year is not in the chart.',
      '%(num)d events dated only to the month or year are not in the chart.', hist.imprecise), { num: hist.imprecise }));
    if (hist && hist.undated) notes.push(fmt(ngettext('%(num)d event without a date.', '%(num)d events without a date.', hist.undated), { num: hist.undated }));
    note.textContent = notes.join(' ');
    if (!bins.length) {
      svgEl('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', 'class': 'axis-label' }, svgH).textContent = _('No dated events.');
      scale = null;
      return;
    }
    var unit = hist.bin === 'week' ? 7 : 1;
    scale = makeScale(bins, unit, m.l, W - m.l - m.r);
    var y0 = H - m.b, hPlot = H - m.t - m.b;
    var maxT = Math.max(1, hist.max_total), maxF = Math.max(1, hist.max_fatalities);
    // axes
    svgEl('line', { x1: m.l, x2: W - m.r, y1: y0, y2: y0, 'class': 'axis' }, svgH);
    svgEl('text', { x: m.l - 6, y: m.t + 4, 'text-anchor': 'end', 'class': 'axis-label' }, svgH).textContent = String(hist.max_total);
    svgEl('text', { x: m.l - 6, y: y0, 'text-anchor': 'end', 'class': 'axis-label' }, svgH).textContent = '0';
    if (hist.max_fatalities) {
      svgEl('text', { x: W - 4, y: m.t - 8, 'text-anchor': 'end', 'class': 'axis-label fatalities-label' }, svgH).textContent =
        deadText(hist.max_fatalities);
    }
    // the stretches without events, cut short
    scale.segs.forEach(function (s, i) {
      if (i === 0) return;
      var p = scale.segs[i - 1], cx = (p.x1 + s.x0) / 2;
      svgEl('text', { x: cx, y: y0 + 4, 'text-anchor': 'middle', 'class': 'axis-break' }, svgH).textContent = '≈';
    });
    // labels at the start (and end) of each stretch
    var lastLabelX = -1e9;
    scale.segs.forEach(function (s) {
      [s.start, s.end - unit].forEach(function (d, j) {
        if (j === 1 && s.end - unit === s.start) return;
        var b = bins.filter(function (x) { return dayNum(x.start) === d; })[0];
        var x = scale.toX(d + unit / 2);
        if (!b || x - lastLabelX < 90) return;
        svgEl('text', { x: x, y: H - 6, 'text-anchor': 'middle', 'class': 'axis-label' }, svgH).textContent = b.label;
        lastLabelX = x;
      });
    });
    // bars, stacked by type, one group per bin
    var barsG = svgEl('g', { 'class': 'bars' }, svgH);
    bins.forEach(function (b) {
      var d = dayNum(b.start);
      var xa = scale.toX(d), xb = scale.toX(d + unit);
      var w = Math.max(3, Math.min(28, (xb - xa) * 0.85));
      var cx = (xa + xb) / 2;
      var g = svgEl('g', { 'class': 'bar-group', 'data-start': b.start, 'data-end': b.end,
                           'data-total': b.total, 'data-fatalities': b.fatalities }, barsG);
      var y = y0;
      hist.types.forEach(function (t) {
        var n = b.counts[t] || 0;
        if (!n) return;
        var hh = n / maxT * hPlot;
        svgEl('rect', { x: cx - w / 2, y: y - hh, width: w, height: hh, fill: COLORS[t] || '#555',
                        'class': 'bar ev-' + t, 'data-type': t, 'data-count': n }, g);
        y -= hh;
      });
      var parts = hist.types.filter(function (t) { return b.counts[t]; }).map(function (t) {
        return (hist.type_labels[t] || t) + ' ' + b.counts[t];
      });
      svgEl('title', {}, g).textContent = b.label + ': ' + fmt(ngettext('%(num)d event', '%(num)d events', b.total), { num: b.total }) +
        ' (' + parts.join(', ') + ')' + (b.fatalities ? ', ' + deadText(b.fatalities) : '');
    });
    // fatalities: a second series on its own scale (right)
    if (hist.max_fatalities) {
      var fg = svgEl('g', { 'class': 'fatalities' }, svgH);
      scale.segs.forEach(function (s) {
        var pts = bins.filter(function (b) { var d = dayNum(b.start); return d >= s.start && d < s.end; }).map(function (b) {
          var d = dayNum(b.start);
          return [scale.toX(d + unit / 2), y0 - b.fatalities / maxF * hPlot, b];
        });
        if (pts.length > 1) svgEl('polyline', { points: pts.map(function (p) { return p[0] + ',' + p[1]; }).join(' '),
                                               'class': 'fatalities-line' }, fg);
        pts.forEach(function (p) {
          if (p[2].fatalities) svgEl('circle', { cx: p[0], cy: p[1], r: 3, 'class': 'fatality-dot' }, fg);
        });
      });
    }
    // the period chosen, and the surface that takes the drag
    var sel = svgEl('rect', { x: 0, y: m.t, width: 0, height: hPlot, 'class': 'brush-selection' }, svgH);
    sel.style.display = 'none';
    var overlay = svgEl('rect', { x: m.l, y: 0, width: W - m.l - m.r, height: H, 'class': 'brush-overlay' }, svgH);
    drawPeriod(sel);
    attachBrush(overlay, sel);
  }

  function drawPeriod(sel) {
    sel = sel || svgH.querySelector('.brush-selection');
    Array.prototype.forEach.call(svgH.querySelectorAll('.bar-group'), function (g) {
      var inside = !period || (g.dataset.start >= period.since && g.dataset.end <= period.until);
      g.classList.toggle('dimmed', !inside);
      g.classList.toggle('chosen', !!period && inside);
    });
    if (!sel || !scale || !period) { if (sel) sel.style.display = 'none'; return; }
    var xa = scale.toX(dayNum(period.since)), xb = scale.toX(dayNum(period.until) + 1);
    sel.setAttribute('x', xa);
    sel.setAttribute('width', Math.max(2, xb - xa));
    sel.style.display = '';
  }

  function svgX(evt) {
    var r = svgH.getBoundingClientRect();
    var vb = svgH.viewBox.baseVal;
    return (evt.clientX - r.left) * (vb && vb.width ? vb.width / r.width : 1);
  }

  function binsBetween(xa, xb) {
    var lo = Math.min(xa, xb), hi = Math.max(xa, xb);
    return hist.bins.filter(function (b) {
      var d = dayNum(b.start), cx = (scale.toX(d) + scale.toX(d + scale.unit)) / 2;
      return cx >= lo && cx <= hi;
    });
  }

  function nearestBin(x) {
    var best = null, bd = 1e9;
    hist.bins.forEach(function (b) {
      var d = dayNum(b.start), cx = (scale.toX(d) + scale.toX(d + scale.unit)) / 2;
      if (Math.abs(cx - x) < bd) { bd = Math.abs(cx - x); best = b; }
    });
    return bd <= 16 ? best : null;
  }

  function attachBrush(overlay, sel) {
    var start = null;
    overlay.addEventListener('pointerdown', function (e) {
      if (!scale) return;
      start = svgX(e);
      overlay.setPointerCapture(e.pointerId);
      sel.setAttribute('x', start); sel.setAttribute('width', 0); sel.style.display = '';
      e.preventDefault();
    });
    overlay.addEventListener('pointermove', function (e) {
      if (start === null) return;
      var x = svgX(e);
      sel.setAttribute('x', Math.min(start, x));
      sel.setAttribute('width', Math.abs(x - start));
    });
    function end(e) {
      if (start === null) return;
      var x = svgX(e), chosen;
      if (Math.abs(x - start) < 4) { var b = nearestBin(x); chosen = b ? [b] : []; }
      else chosen = binsBetween(start, x);
      start = null;
      setPeriod(chosen.length ? { since: chosen[0].start, until: chosen[chosen.length - 1].end } : null);
    }
    overlay.addEventListener('pointerup', end);
    overlay.addEventListener('pointercancel', function () { start = null; drawPeriod(); });
  }

  // keyboard: arrows move a one-bar period, shift+arrows stretch it, Escape clears it
  svgH.addEventListener('keydown', function (e) {
    if (!hist || !hist.bins.length) return;
    var bins = hist.bins, n = bins.length;
    var idx = function (iso, key) { for (var i = 0; i < n; i++) if (bins[i][key] === iso) return i; return -1; };
    var a = period ? idx(period.since, 'start') : -1, b = period ? idx(period.until, 'end') : -1;
    if (e.key === 'Escape') { setPeriod(null); e.preventDefault(); return; }
    if (e.key === 'Home' || e.key === 'End') { var k = e.key === 'Home' ? 0 : n - 1; a = b = k; }
    else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      var step = e.key === 'ArrowRight' ? 1 : -1;
      if (a < 0 || b < 0) { a = b = step > 0 ? 0 : n - 1; }
      else if (e.shiftKey) { if (step > 0) b = Math.min(n - 1, b + 1); else a = Math.max(0, a - 1); }
      else { a = b = Math.max(0, Math.min(n - 1, (step > 0 ? b : a) + step)); }
    } else return;
    e.preventDefault();
    setPeriod({ since: bins[a].start, until: bins[b].end });
  });

  function setPeriod(p) {
    period = p;
    periodClear.hidden = !p;
    periodEl.textContent = p ? fmt(_('Period: %(since)s – %(until)s'), { since: labelOf(p.since), until: labelOf(p.until) }) : '';
    drawPeriod();
    render();
  }
  function labelOf(iso) { return formatDate(new Date(dayNum(iso) * DAY)); }
  periodClear.addEventListener('click', function () { setPeriod(null); svgH.focus(); });

  // ------------------------------------------------------------ loading, filtering, downloads
  function serverParams() {
    return { type: fields.type.value, status: fields.status.value, since: fields.since.value, until: fields.until.value,
             q: fields.q.value.trim().slice(0, 200), lang: LANG };
  }

  function inPeriod(ev) {
    if (!period) return true;
    return !!ev.date && ev.date >= period.since && ev.date <= period.until + '~';
  }

  function viewParams() {  // what is on screen: the filters, the period narrowing the dates
    var p = serverParams();
    if (period) {
      p.since = p.since && p.since > period.since ? p.since : period.since;
      p.until = p.until && p.until < period.until ? p.until : period.until;
    }
    return p;
  }

  function updateDownloads() {
    var p = viewParams();
    p.format = 'csv';
    csvLink.href = '/api/view/events?' + qs(p);
    p.format = 'geojson';
    geoLink.href = '/api/view/events?' + qs(p);
  }

  function load(keepPeriod) {
    var seq = ++loadSeq;
    var params = serverParams();
    countEl.textContent = _('loading…');
    document.body.dataset.ready = 'false';
    var hp = Object.assign({}, params, { bin: bin });
    Promise.all([getJSON('/api/view/events?' + qs(params)), getJSON('/api/view/histogram?' + qs(hp))]).then(function (res) {
      if (seq !== loadSeq) return;
      events = res[0].items;
      hist = res[1];
      if (openedLatest === null) openedLatest = res[0].latest_id;
      if (!keepPeriod) { period = null; periodClear.hidden = true; periodEl.textContent = ''; }
      drawHistogram();
      render();
    }).catch(function (e) {
      if (seq !== loadSeq) return;
      countEl.textContent = e.message;
      countEl.classList.add('error-message');
      document.body.dataset.ready = 'true';
    });
  }

  function render() {
    var list = events.filter(inPeriod);
    drawMarkers(list);
    drawTimeline(list);
    updateDownloads();
    var onMap = list.filter(located).length;
    countEl.classList.remove('error-message');
    countEl.textContent = fmt(ngettext('%(num)d event', '%(num)d events', list.length), { num: list.length }) + ', ' +
      fmt(_('%(num)d on the map'), { num: onMap });
    mapEl.dataset.count = String(onMap);
    timeline.dataset.count = String(list.length);
    document.body.dataset.ready = 'true';
  }

  var textTimer = null;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  ['type', 'status', 'since', 'until'].forEach(function (k) { fields[k].addEventListener('change', function () { load(); }); });
  fields.q.addEventListener('input', function () {
    clearTimeout(textTimer);
    textTimer = setTimeout(function () { load(); }, 250);
  });
  Array.prototype.forEach.call(document.querySelectorAll('input[name="bin"]'), function (r) {
    r.addEventListener('change', function () {
      bin = r.value;
      document.getElementById('h-histogram').textContent = bin === 'week' ? _('Events per week') : _('Events per day');
      load();
    });
  });
  var resizeTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { if (hist) drawHistogram(); }, 200);
  });

  // ------------------------------------------------------------ freshness: new events, sources
  var newBox = document.getElementById('new-events');
  function pollNew() {
    if (openedLatest === null) return;
    getJSON('/api/view/new?' + qs({ after: openedLatest, lang: LANG })).then(function (res) {
      res.items.forEach(function (it) { newIds[it.id] = true; });
      var n = Object.keys(newIds).length;
      if (!n) return;
      document.getElementById('new-events-text').textContent =
        fmt(ngettext('%(num)d new event since you opened the page', '%(num)d new events since you opened the page', n), { num: n });
      newBox.hidden = false;
      newBox.dataset.count = String(n);
    }).catch(function () { /* the next poll tries again */ });
  }
  document.getElementById('new-events-show').addEventListener('click', function () { load(true); });

  var sourcesBox = document.getElementById('freshness');
  function loadSources() {
    fetch('/api/sources', { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) return null;  // no watcher here (404): nothing to show
      return r.json();
    }).then(function (body) {
      var list = body && (Array.isArray(body) ? body : body.items);
      if (!list || !list.length) { sourcesBox.hidden = true; return; }
      var tb = document.getElementById('sources');
      clear(tb);
      list.forEach(function (s) {
        var tr = el('tr', 'source');
        var name = el('td');
        name.appendChild(el('span', 'who', s.outlet || s.url || '?'));
        if (s.outlet && s.url) name.appendChild(el('div', 'muted small', s.url));
        tr.appendChild(name);
        tr.appendChild(el('td', 'last-fetch', formatMoment(s.last_fetch)));
        var state = s.last_error ? s.last_error : (s.last_status !== null && s.last_status !== undefined ? String(s.last_status) : '—');
        if (s.failures) state += ' · ' + fmt(ngettext('%(num)d failure', '%(num)d failures', s.failures), { num: s.failures });
        tr.appendChild(el('td', s.last_error ? 'error-message' : null, state));
        tr.appendChild(el('td', 'num', s.articles === undefined || s.articles === null ? '—' : s.articles));
        tr.appendChild(el('td', null, formatMoment(s.next_due)));
        tb.appendChild(tr);
      });
      sourcesBox.hidden = false;
    }).catch(function () { sourcesBox.hidden = true; });
  }

  initMap();
  load();
  loadSources();
  setInterval(function () { pollNew(); loadSources(); }, Math.max(200, (CONFIG.poll || 60) * 1000));
})();
