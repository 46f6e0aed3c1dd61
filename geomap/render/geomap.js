/* geomap map runtime: symbols, layers, popups, legend, time slider, readiness flag.
 *
 * Every string that reaches this file from an article was escaped in Python
 * (geomap/render/escape.py); this code only joins those strings with fixed markup.
 * It never escapes and never sees raw article text.
 */
(function () {
  'use strict';
  if (typeof window.L === 'undefined') { return; }  // a CDN map offline: the page says so (assets.py)
  var geomap = window.geomap = window.geomap || {};
  geomap.registry = {};
  geomap.order = ['Boundaries', 'Displacement', 'Disputed claims', 'Frontier', 'Places mentioned', 'Incidents'];

  /* ---- symbols drawn on the canvas renderer ---- */
  function shapePath(ctx, shape, x, y, r) {
    var k;
    switch (shape) {
      case 'diamond':
        k = r * 1.3;
        ctx.moveTo(x, y - k); ctx.lineTo(x + k, y); ctx.lineTo(x, y + k); ctx.lineTo(x - k, y);
        break;
      case 'square':
        k = r * 0.9;
        ctx.rect(x - k, y - k, 2 * k, 2 * k);
        break;
      case 'triangle':
        ctx.moveTo(x, y - r * 1.3); ctx.lineTo(x + r * 1.15, y + r * 0.75); ctx.lineTo(x - r * 1.15, y + r * 0.75);
        break;
      case 'triangle-down':
        ctx.moveTo(x, y + r * 1.3); ctx.lineTo(x + r * 1.15, y - r * 0.75); ctx.lineTo(x - r * 1.15, y - r * 0.75);
        break;
      default:
        ctx.arc(x, y, r, 0, Math.PI * 2, false);
    }
    ctx.closePath();
  }

  L.Canvas.include({
    _updateGeomapSymbol: function (layer) {
      if (!this._drawing || layer._empty()) { return; }
      var p = layer._point, ctx = this._ctx, r = Math.max(Math.round(layer._radius), 1);
      ctx.beginPath();
      shapePath(ctx, layer.options.shape, p.x, p.y, r);
      this._fillStroke(ctx, layer);
    }
  });

  geomap.Symbol = L.CircleMarker.extend({
    options: { shape: 'circle' },
    _updatePath: function () {
      if (this._renderer._updateGeomapSymbol) { this._renderer._updateGeomapSymbol(this); }
      else { this._renderer._updateCircle(this); }
    }
  });

  /* ---- popups and tooltips (inputs already escaped) ---- */
  function row(th, td) { return td ? '<tr><th>' + th + '</th><td>' + td + '</td></tr>' : ''; }
  function words(w) { return w ? ' <span class="gm-words">(&#8220;' + w + '&#8221;)</span>' : ''; }
  function has(v) { return v !== undefined && v !== null && v !== ''; }

  function sourceLine(p, cfg) {
    var src = (cfg.sources && cfg.sources[p.c || 0]) || {};
    var parts = [];
    if (src.title) { parts.push('<span class="gm-article">' + src.title + '</span>'); }
    if (src.source && src.source !== src.title) { parts.push(src.source); }
    if (src.published) { parts.push('published ' + src.published); }
    return parts.length ? '<div class="gm-source">' + parts.join(' &#183; ') + '</div>' : '';
  }

  /* A fused event: every report, with its sentence (all escaped in Python). */
  function sourcesList(p) {
    var n = p.ss.length + (p.more || 0);
    var h = '<div class="gm-mentions-title gm-sources-title">Reported by ' + p.rc + ' source' + (p.rc === 1 ? '' : 's') +
      (n !== p.rc ? ' (' + n + ' reports)' : '') + '</div><ol class="gm-sources">';
    p.ss.forEach(function (s) {
      var head = [];
      if (s.t) { head.push('<span class="gm-article">' + s.t + '</span>'); }
      if (s.o) { head.push(s.o); }
      if (s.d) { head.push(s.d); }
      if (has(s.f)) { head.push(s.f + ' killed'); }
      if (s.a) { head.push('ACLED ' + s.a); }
      h += '<li class="gm-source-item"><div class="gm-source">' + head.join(' &#183; ') + '</div>' + quote(s.q) + '</li>';
    });
    h += '</ol>';
    if (p.more) { h += '<div class="gm-words">and ' + p.more + ' more</div>'; }
    return h;
  }

  function quote(q) { return q ? '<blockquote class="gm-sentence">' + q + '</blockquote>' : ''; }

  var popups = {
    incident: function (p, cfg) {
      var h = '<div class="gm-popup"><div class="gm-title">' + (p.e || 'Incident') +
        (p.s ? ' &#183; ' + p.s : '') + '</div><table>';
      h += row('Date', (p.d || 'not given') + (p.dt !== p.d ? words(p.dt) : ''));
      if (p.ds && p.de && p.ds !== p.de) { h += row('Reported dates', p.ds + ' &#8211; ' + p.de); }
      h += row('Fatalities', (has(p.f) ? String(p.f) : 'not given') + words(p.ft) +
        (p.fr ? ' <span class="gm-words">(lowest of ' + p.fr + ': ACLED&#8217;s rule)</span>' : ''));
      h += row('Location', (p.l || 'unnamed') + (p.ad && p.ad !== p.l ? ', ' + p.ad : '') +
        (p.ext ? ' <span class="gm-prec">(' + p.ext + '; no place on it is named)</span>'
          : has(p.p) ? ' <span class="gm-prec">(' + (cfg.precision[p.p] || 'precision ' + p.p) + ')</span>' : ''));
      if (cfg.acled && has(p.ia)) { h += row('In ACLED', p.ia ? 'yes' + (p.aid ? ' (' + p.aid + ')' : '') : 'no: not in the ACLED data read'); }
      h += row('Actors', p.a);
      h += row('Notes', p.n);
      h += row('Source', p.src);
      h += row('Event id', p.id);
      h += '</table>';
      if (p.ss) { return h + sourcesList(p) + '</div>'; }
      return h + quote(p.q) + sourceLine(p, cfg) + '</div>';
    },
    place: function (p, cfg) {
      var h = '<div class="gm-popup"><div class="gm-title">' + (p.n || 'Place') +
        (p.rw ? ' <span class="gm-role">&#183; ' + p.rw.join('; ') + '</span>' : '') + '</div><table>';
      h += row('Type', p.t);
      h += row('Division', p.a);
      h += row('Drawn as', p.u);
      h += row('Country', p.i);
      h += row('Confidence', has(p.cf) ? String(p.cf) : '');
      h += row('Gazetteer', p.g);
      h += '</table>';
      var ms = p.ms || [];
      if (ms.length) {
        h += '<div class="gm-mentions-title">Mentioned ' + (ms.length + (p.more || 0) > 1 ? (ms.length + (p.more || 0)) + ' times' : 'once') + '</div>';
      }
      var oneSource = ms.every(function (m) { return (m.c || 0) === ((ms[0] || {}).c || 0); });
      ms.forEach(function (m) {
        h += '<div class="gm-mention">';
        h += m.r ? '<div class="gm-mention-role gm-role">' + (cfg.roles[m.r] || m.r) + ':</div>' : '';
        h += m.q ? quote(m.q) : '<div class="gm-words">&#8220;' + (m.m || '') + '&#8221; (sentence not in the data)</div>';
        h += (oneSource ? '' : sourceLine(m, cfg)) + '</div>';
      });
      if (p.more) { h += '<div class="gm-words">and ' + p.more + ' more</div>'; }
      return h + (oneSource && ms.length ? sourceLine(ms[0], cfg) : '') + '</div>';
    },
    displacement: function (p, cfg) {
      var h = '<div class="gm-popup"><div class="gm-title">' + (p.n || 'Area') + '</div><table>';
      h += row('Direction', p.dir === 'to' ? 'people went here' : 'people fled from here');
      h += row(p.dir === 'to' ? 'Arrived' : 'Displaced', (has(p.x) ? String(p.x) : 'number not given') + words(p.xt));
      h += row('Division', p.a);
      h += row('Drawn as', p.u);
      h += row('Country', p.i);
      h += '</table>';
      return h + quote(p.q) + sourceLine(p, cfg) + '</div>';
    },
    frontier: function (p) { return '<div class="gm-popup"><div class="gm-title">' + (p.t || 'Frontier') + '</div>' + (p.full || p.label || '') + '</div>'; },
    disputed: function (p) { return '<div class="gm-popup"><div class="gm-title">Disputed claim</div>' + (p.n || '') + '</div>'; }
  };

  var tooltips = {
    incident: function (p) {
      return (p.l || 'Incident') + ' &#183; ' + (p.e || '') + (p.d ? ' &#183; ' + p.d : '') +
        (p.rc ? ' &#183; ' + p.rc + ' source' + (p.rc === 1 ? '' : 's') : '') + (p.ext ? ' &#183; ' + p.ext : '');
    },
    place: function (p) {
      var ms = p.ms || [], m = ms.length ? ms[0].m : '';
      var name = m && p.n && m !== p.n ? m + ' &#8594; ' + p.n : (p.n || m || '');
      return name + (p.rw ? ' &#183; ' + p.rw.join('; ') : '');
    },
    displacement: function (p) {
      if (p.dir === 'to') { return (p.n || '') + ': people went here' + (has(p.x) ? ' (' + String(p.x) + ')' : ''); }
      return (p.n || '') + ': ' + (has(p.x) ? String(p.x) + ' displaced' : 'number displaced not given');
    },
    disputed: function (p) { return p.n || 'Disputed claim'; }
  };
  geomap.popupHtml = function (kind, props, cfg) { return popups[kind](props, cfg || {}); };

  function wireEvents(layer, kind, cfg, map) {
    // One listener on the group instead of one popup object per feature.
    layer.on('click', function (e) {
      var l = e.layer || e.sourceTarget;
      if (!l || !l.feature || !popups[kind]) { return; }
      var at = l.getLatLng ? l.getLatLng() : e.latlng;
      L.popup({ maxWidth: 380, autoPanPadding: [20, 20] })
        .setLatLng(at).setContent(popups[kind](l.feature.properties, cfg)).openOn(map);
    });
    if (tooltips[kind]) {
      layer.on('mouseover', function (e) {
        var l = e.layer;
        if (!l || !l.feature || l.getTooltip()) { return; }
        l.bindTooltip(tooltips[kind](l.feature.properties, cfg), { sticky: !l.getLatLng });
        l.openTooltip(l.getLatLng ? undefined : e.latlng);
      });
    }
  }

  /* ---- layer factories ---- */
  function extend(a, b) { var o = {}, k; for (k in a) { o[k] = a[k]; } for (k in b) { o[k] = b[k]; } return o; }

  function incidentSymbol(latlng, props, cfg) {
    var s = cfg.styles[props.k] || cfg.styles[cfg.styles.length - 1];
    var ring = s.shape === 'ring', along = props.ext && cfg.along;
    return new geomap.Symbol(latlng, {
      shape: ring ? 'circle' : s.shape, radius: props.r || 5,
      color: ring ? s.color : cfg.stroke, weight: ring ? 3 : (along ? cfg.along.weight : 1), opacity: 0.9,
      dashArray: along ? cfg.along.dashArray : null,
      fill: !ring, fillColor: s.color, fillOpacity: 0.85
    });
  }

  var kinds = {
    incident: function (data, cfg) {
      // Points are symbols; an incident placed only along a frontier is one symbol on it
      // (at ``mid``), never the frontier line itself: the popup states its extent.
      var layer = L.geoJSON(null, {
        pointToLayer: function (f, latlng) { return incidentSymbol(latlng, f.properties, cfg); }
      });
      data.features.forEach(function (f) {
        var t = f.geometry && f.geometry.type;
        if (t !== 'LineString' && t !== 'MultiLineString') { layer.addData(f); return; }
        if (!f.properties.mid) { return; }
        var mark = incidentSymbol(L.latLng(f.properties.mid[1], f.properties.mid[0]), f.properties, cfg);
        mark.feature = f;
        layer.addLayer(mark);
      });
      return layer;
    },
    place: function (data, cfg) {
      return L.geoJSON(data, {
        pointToLayer: function (f, latlng) {
          return L.circleMarker(latlng, cfg.styles[f.properties.r] || cfg.styles.place);
        }
      });
    },
    displacement: function (data, cfg) {
      return L.geoJSON(data, {
        style: function (f) {
          if (f.properties.dir === 'to') { return cfg.to; }
          var fill = f.properties.fill;
          return fill ? extend(cfg.known, { fillColor: fill }) : cfg.unknown;
        }
      });
    },
    frontier: function (data, cfg, map) {
      // The length label sits on the line (at ``at``, a point of it), shown with the layer.
      // a frontier at sea (``k: 'sea'``) is dashed: only the shortest crossing between the coasts
      var layer = L.geoJSON(data, { style: function (f) { return f.properties.k === 'sea' && cfg.sea ? cfg.sea : cfg.style; } });
      var labels = [];
      layer.eachLayer(function (l) {
        var p = l.feature.properties;
        if (!p.label) { return; }
        if (p.at) {
          var t = L.tooltip({ permanent: true, direction: 'center', className: 'gm-frontier-label', interactive: false })
            .setLatLng(L.latLng(p.at[1], p.at[0])).setContent(p.label);
          t._gmLine = l;
          labels.push(t);
        } else {
          l.bindTooltip(p.label, { permanent: true, direction: 'center', className: 'gm-frontier-label' });
        }
      });
      // A label longer than its frontier on screen (a corpus seen from afar) would hide the
      // incidents on it: it shows once the frontier is drawn longer than the label.
      function fit() {
        labels.forEach(function (t) {
          var el = t.getElement();
          if (!el || !t._gmLine) { return; }
          var b = t._gmLine.getBounds(), a = map.latLngToContainerPoint(b.getNorthWest()),
            c = map.latLngToContainerPoint(b.getSouthEast());
          var shown = Math.sqrt(Math.pow(c.x - a.x, 2) + Math.pow(c.y - a.y, 2)) >= 1.2 * el.offsetWidth;
          el.style.visibility = shown ? '' : 'hidden';
          el.setAttribute('data-shown', shown ? '1' : '0');
        });
      }
      layer.on('add', function () { labels.forEach(function (t) { t.addTo(map); }); fit(); });
      layer.on('remove', function () { labels.forEach(function (t) { t.remove(); }); });
      map.on('zoomend', fit);
      return layer;
    },
    disputed: function (data, cfg) {
      return L.geoJSON(data, { style: function () { return cfg.style; } });
    },
    boundaries: function (data, cfg) {
      var shapes = L.geoJSON(data, {
        interactive: false,
        style: function (f) {
          return f.properties.a ? extend(cfg.admin1, { fill: false, interactive: false })
            : extend(cfg.country, { fill: !!cfg.land, fillColor: cfg.land, fillOpacity: 1, interactive: false });
        }
      });
      var labels = (data.labels || []).map(function (lab) {
        var cls = 'gm-label ' + (lab.k === 'c' ? 'gm-label-country' + (lab.f ? ' gm-label-frontier' : '') : 'gm-label-admin1');
        var m = L.marker(lab.at, {
          interactive: false, keyboard: false, pane: 'gmLabels',
          icon: L.divIcon({ className: cls, html: '<span>' + lab.n + '</span>', iconSize: null })
        });
        m._geomapLabel = lab;
        return m;
      });
      var group = L.featureGroup([shapes].concat(labels));
      group._geomapLabels = labels;
      group._geomapAdmin1Zoom = cfg.admin1Zoom || 7;
      return group;
    }
  };

  /* ---- labels: country names always, admin-1 names from a zoom on; a label that would
     overlap one placed before it (or the frontier's label) is hidden ---- */
  function boxesOverlap(a, b) { return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; }
  geomap.placeLabels = function (map) {
    var group = geomap.registry.Boundaries;
    if (!group || !group._geomapLabels || !map.hasLayer(group)) { return; }
    var placed = [], size = map.getSize(), c = map.getContainer().getBoundingClientRect();
    // the frontier's label and the controls (legend, title, slider...) are never covered
    var keep = '.gm-frontier-label, .gm-map-title, .leaflet-control';
    Array.prototype.forEach.call(map.getContainer().parentNode.querySelectorAll(keep), function (el) {
      var r = el.getBoundingClientRect();
      if (r.width && r.height) { placed.push(r); }
    });
    var z = map.getZoom();
    group._geomapLabels.forEach(function (m) {
      var el = m.getElement();
      if (!el) { return; }
      var show = m._geomapLabel.k === 'c' || z >= group._geomapAdmin1Zoom;
      if (show) {
        el.style.visibility = '';
        var r = el.firstChild.getBoundingClientRect();
        var box = { left: r.left - 3, right: r.right + 3, top: r.top - 2, bottom: r.bottom + 2 };
        var inView = r.left >= c.left && r.right <= c.left + size.x && r.top >= c.top && r.bottom <= c.top + size.y;
        show = inView && !placed.some(function (p) { return boxesOverlap(box, p); });
        if (show) { placed.push(box); }
      }
      el.style.visibility = show ? '' : 'hidden';
      el.setAttribute('data-shown', show ? '1' : '0');
    });
  };

  geomap.layer = function (kind, data, cfg, map) {
    if (!map.getPane('gmLabels')) {
      var pane = map.createPane('gmLabels');  // names above the shapes, below markers' popups
      pane.style.zIndex = 450;
      pane.style.pointerEvents = 'none';
    }
    var layer = kinds[kind](data, cfg || {}, map);
    geomap.registry[cfg.name] = layer;
    layer._geomapKind = kind;
    wireEvents(layer, kind, cfg || {}, map);
    return layer;
  };

  /* Keep the drawing order on the shared canvas: boundaries at the back, incidents in front. */
  function frontInc(l) {
    if (l.eachLayer && !l._point) { l.eachLayer(frontInc); } else if (l.bringToFront) { l.bringToFront(); }
  }
  geomap.restack = function (map) {
    geomap.order.forEach(function (name) {
      var l = geomap.registry[name];
      if (!l || !map.hasLayer(l)) { return; }
      if (name === 'Incidents') { frontInc(l); } else if (l.bringToFront) { l.bringToFront(); }
    });
  };

  /* ---- legend: entries follow their layer ---- */
  geomap.legend = function (map, html) {
    var ctl = L.control({ position: 'bottomright' });
    ctl.onAdd = function () {
      var d = L.DomUtil.create('div', 'gm-legend');
      d.innerHTML = '<div class="gm-legend-head"><span class="gm-legend-name">Legend</span>' +
        '<button type="button" class="gm-legend-toggle" aria-expanded="true" title="Hide the legend">&#8722;</button></div>' +
        '<div class="gm-legend-body">' + html + '</div>';
      var btn = d.querySelector('.gm-legend-toggle');
      function setOpen(open) {
        L.DomUtil[open ? 'removeClass' : 'addClass'](d, 'gm-collapsed');
        btn.setAttribute('aria-expanded', open ? 'true' : 'false');
        btn.title = open ? 'Hide the legend' : 'Show the legend';
        btn.innerHTML = open ? '&#8722;' : '+';
        if (geomap.map && geomap.placeLabels) { geomap.placeLabels(map); }  // names freed or covered
      }
      geomap.setLegendOpen = setOpen;
      L.DomEvent.on(d.querySelector('.gm-legend-head'), 'click', function () {
        setOpen(L.DomUtil.hasClass(d, 'gm-collapsed'));
      });
      // Small screens open with the legend folded.
      var size = map.getSize();
      if (size.x < 600 || size.y < 450) { setOpen(false); }
      L.DomEvent.disableClickPropagation(d);
      L.DomEvent.disableScrollPropagation(d);
      return d;
    };
    ctl.addTo(map);
    var box = ctl.getContainer();
    function toggle(name, on) {
      Array.prototype.forEach.call(box.querySelectorAll('[data-layer]'), function (el) {
        if (el.getAttribute('data-layer') === name) { el.style.display = on ? '' : 'none'; }
      });
    }
    map.on('overlayadd', function (e) { toggle(e.name, true); geomap.restack(map); });
    map.on('overlayremove', function (e) { toggle(e.name, false); });
    Object.keys(geomap.registry).forEach(function (name) { toggle(name, map.hasLayer(geomap.registry[name])); });
    return ctl;
  };

  /* ---- time slider: filters the incidents by date range (undated ones stay) ---- */
  geomap.timeSlider = function (map, layer, dates) {
    var all = layer.getLayers(), n = dates.length - 1, lo = 0, hi = n, pending = false;
    var ctl = L.control({ position: 'bottomleft' });
    var label, from, to;
    function apply() {
      pending = false;
      var a = dates[Math.min(lo, hi)], b = dates[Math.max(lo, hi)];
      label.innerHTML = a + ' &#8211; ' + b;
      layer.clearLayers();
      for (var i = 0; i < all.length; i++) {
        // a fused event shows while any day it was reported for is in the range
        var p = all[i].feature.properties, d = p.ds || p.d, e = p.de || p.d;
        if (!d || (e >= a && d <= b)) { layer.addLayer(all[i]); }
      }
      geomap.restack(map);
      map.fire('geomap:filtered', { from: a, to: b, shown: layer.getLayers().length });
    }
    function schedule() { if (!pending) { pending = true; L.Util.requestAnimFrame(apply); } }
    ctl.onAdd = function () {
      var d = L.DomUtil.create('div', 'gm-slider leaflet-bar');
      d.innerHTML = '<div class="gm-slider-label"></div>' +
        '<input type="range" class="gm-from" min="0" max="' + n + '" value="0" aria-label="from date">' +
        '<input type="range" class="gm-to" min="0" max="' + n + '" value="' + n + '" aria-label="to date">';
      L.DomEvent.disableClickPropagation(d);
      L.DomEvent.disableScrollPropagation(d);
      label = d.querySelector('.gm-slider-label');
      from = d.querySelector('.gm-from');
      to = d.querySelector('.gm-to');
      label.innerHTML = dates[0] + ' &#8211; ' + dates[n];
      from.addEventListener('input', function () { lo = +from.value; schedule(); });
      to.addEventListener('input', function () { hi = +to.value; schedule(); });
      return d;
    };
    ctl.addTo(map);
    geomap.setDateRange = function (a, b) {
      lo = Math.max(0, dates.indexOf(a)); hi = dates.indexOf(b); if (hi < 0) { hi = n; }
      from.value = lo; to.value = hi; apply();
      return layer.getLayers().length;
    };
    return ctl;
  };

  /* ---- readiness: set after the layers are added and the canvas has drawn ---- */
  /* ---- the initial view: the data framed in the space the controls leave free ---- */
  function obstacles(map) {
    var c = map.getContainer(), cr = c.getBoundingClientRect(), out = [];
    var sel = '.gm-map-title, .leaflet-control-zoom, .leaflet-control-layers, .gm-legend, .gm-slider, .leaflet-control-scale';
    Array.prototype.forEach.call(document.querySelectorAll(sel), function (el) {
      var r = el.getBoundingClientRect();
      if (!r.width || !r.height) { return; }
      out.push({ left: r.left - cr.left, top: r.top - cr.top, right: r.right - cr.left, bottom: r.bottom - cr.top });
    });
    return out;
  }
  /* Each control sits at an edge: the data keeps clear of it by a margin on one of its two
     sides (e.g. the legend: from the right or from the bottom). Try every choice and keep
     the one that shows the data largest. */
  geomap.fitView = function (map, bounds, maxZoom) {
    var b = L.latLngBounds(bounds), size = map.getSize(), obs = obstacles(map), gap = 24;  // symbols and labels at the edge stay whole
    var best = null, n = obs.length;
    for (var mask = 0; mask < (1 << n); mask++) {
      var pad = { l: gap, t: gap, r: gap, b: gap };
      for (var i = 0; i < n; i++) {
        var o = obs[i], cx = (o.left + o.right) / 2, cy = (o.top + o.bottom) / 2;
        if (mask & (1 << i)) {  // clear it horizontally
          if (cx < size.x / 2) { pad.l = Math.max(pad.l, o.right + gap); } else { pad.r = Math.max(pad.r, size.x - o.left + gap); }
        } else {                // clear it vertically
          if (cy < size.y / 2) { pad.t = Math.max(pad.t, o.bottom + gap); } else { pad.b = Math.max(pad.b, size.y - o.top + gap); }
        }
      }
      if (pad.l + pad.r > size.x - 80 || pad.t + pad.b > size.y - 80) { continue; }
      var z = Math.min(map.getBoundsZoom(b, false, L.point(pad.l + pad.r, pad.t + pad.b)), maxZoom);
      var free = (size.x - pad.l - pad.r) * (size.y - pad.t - pad.b);
      if (!best || z > best.z + 1e-9 || (Math.abs(z - best.z) < 1e-9 && free > best.free)) { best = { z: z, pad: pad, free: free }; }
    }
    var pad = best ? best.pad : { l: gap, t: gap, r: gap, b: gap };
    map.fitBounds(b, { paddingTopLeft: [pad.l, pad.t], paddingBottomRight: [pad.r, pad.b], maxZoom: maxZoom, animate: false });
    geomap.viewPadding = pad;
    return pad;
  };

  /* ---- readiness: set after the layers are added, the view fitted and the canvas drawn ---- */
  geomap.ready = function (map, opts) {
    opts = opts || {};
    geomap.map = map;
    geomap.restack(map);
    if (opts.attribution && map.attributionControl) { map.attributionControl.addAttribution(opts.attribution); }
    if (opts.bounds) { geomap.fitView(map, opts.bounds, opts.maxZoom || 10); }
    var relabel = function () { geomap.placeLabels(map); };
    map.on('zoomend moveend overlayadd', relabel);
    map.whenReady(function () {
      L.Util.requestAnimFrame(function () {
        relabel();
        window.requestAnimationFrame(function () {
          window.__geomapReadyMs = window.performance ? performance.now() : null;
          window.__geomapReady = true;
          map.fire('geomap:ready');
        });
      });
    });
  };
})();
