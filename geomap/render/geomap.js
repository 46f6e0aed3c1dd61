/* geomap map runtime: symbols, layers, popups, legend, time slider, readiness flag.
 *
 * Every string that reaches this file from an article was escaped in Python
 * (geomap/render/escape.py); this code only joins those strings with fixed markup.
 * It never escapes and never sees raw article text.
 */
(function () {
  'use strict';
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
    if (p.src) { parts.push(p.src); } else if (src.source) { parts.push(src.source); }
    if (src.published) { parts.push('published ' + src.published); }
    return parts.length ? '<div class="gm-source">' + parts.join(' &#183; ') + '</div>' : '';
  }

  var popups = {
    incident: function (p, cfg) {
      var h = '<div class="gm-popup"><div class="gm-title">' + (p.e || 'Incident') +
        (p.s ? ' &#183; ' + p.s : '') + '</div><table>';
      h += row('Date', (p.d || 'not given') + words(p.dt));
      h += row('Fatalities', (has(p.f) ? String(p.f) : 'not given') + words(p.ft));
      h += row('Location', (p.l || 'unnamed') +
        (has(p.p) ? ' <span class="gm-prec">(' + (cfg.precision[p.p] || 'precision ' + p.p) + ')</span>' : ''));
      h += row('Actors', p.a);
      h += row('Notes', p.n);
      h += '</table>';
      if (p.q) { h += '<blockquote class="gm-sentence">' + p.q + '</blockquote>'; }
      return h + sourceLine(p, cfg) + '</div>';
    },
    place: function (p, cfg) {
      var h = '<div class="gm-popup"><div class="gm-title">' + (p.n || p.m || 'Place') + '</div><table>';
      h += row('In the text', p.m ? '&#8220;' + p.m + '&#8221;' : '');
      h += row('Type', p.t);
      h += row('Division', p.a);
      h += row('Country', p.i);
      h += row('Confidence', has(p.cf) ? String(p.cf) : '');
      h += row('Gazetteer', p.g);
      return h + '</table>' + sourceLine(p, cfg) + '</div>';
    },
    displacement: function (p, cfg) {
      var h = '<div class="gm-popup"><div class="gm-title">' + (p.n || 'Area') + '</div><table>';
      h += row('Displaced', (has(p.x) ? String(p.x) : 'number not given') + words(p.xt));
      h += row('Division', p.a);
      h += row('Country', p.i);
      h += '</table>';
      if (p.q) { h += '<blockquote class="gm-sentence">' + p.q + '</blockquote>'; }
      return h + sourceLine(p, cfg) + '</div>';
    },
    frontier: function (p) { return '<div class="gm-popup"><div class="gm-title">' + (p.t || 'Frontier') + '</div>' + (p.label || '') + '</div>'; },
    disputed: function (p) { return '<div class="gm-popup"><div class="gm-title">Disputed claim</div>' + (p.n || '') + '</div>'; }
  };

  var tooltips = {
    incident: function (p) { return (p.l || 'Incident') + ' &#183; ' + (p.e || '') + (p.d ? ' &#183; ' + p.d : ''); },
    place: function (p) { return p.m && p.n && p.m !== p.n ? p.m + ' &#8594; ' + p.n : (p.n || p.m || ''); },
    displacement: function (p) { return (p.n || '') + ': ' + (has(p.x) ? String(p.x) + ' displaced' : 'number displaced not given'); },
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
  var kinds = {
    incident: function (data, cfg) {
      return L.geoJSON(data, {
        pointToLayer: function (f, latlng) {
          var s = cfg.styles[f.properties.k] || cfg.styles[cfg.styles.length - 1];
          var ring = s.shape === 'ring';
          return new geomap.Symbol(latlng, {
            shape: ring ? 'circle' : s.shape, radius: f.properties.r || 5,
            color: ring ? s.color : '#222', weight: ring ? 3 : 1, opacity: 0.9,
            fill: !ring, fillColor: s.color, fillOpacity: 0.8
          });
        },
        style: function (f) {
          var s = cfg.styles[f.properties.k] || cfg.styles[cfg.styles.length - 1];
          return { color: s.color, weight: 5, opacity: 0.85 };
        }
      });
    },
    place: function (data, cfg) {
      return L.geoJSON(data, {
        pointToLayer: function (f, latlng) {
          return L.circleMarker(latlng, { radius: 3, color: cfg.color, weight: 1, opacity: 0.8,
            fillColor: '#ffffff', fillOpacity: 0.9 });
        }
      });
    },
    displacement: function (data, cfg) {
      return L.geoJSON(data, {
        style: function (f) {
          var fill = f.properties.fill;
          return fill ? { color: cfg.edge, weight: 1, opacity: 0.9, fillColor: fill, fillOpacity: 0.6 }
            : { color: cfg.unknown, weight: 2, opacity: 0.9, dashArray: '6 4', fillColor: cfg.unknown, fillOpacity: 0.07 };
        }
      });
    },
    frontier: function (data, cfg) {
      var layer = L.geoJSON(data, { style: function () { return { color: cfg.color, weight: 4, opacity: 0.9 }; } });
      layer.eachLayer(function (l) {
        if (l.feature.properties.label) {
          l.bindTooltip(l.feature.properties.label, { permanent: true, direction: 'center', className: 'gm-frontier-label' });
        }
      });
      return layer;
    },
    disputed: function (data, cfg) {
      return L.geoJSON(data, { style: function () { return { color: cfg.color, weight: 3, opacity: 0.9, dashArray: '8 5' }; } });
    },
    boundaries: function (data, cfg) {
      return L.geoJSON(data, {
        interactive: false,
        style: function (f) {
          return f.properties.a ? { color: cfg.color, weight: 0.6, opacity: 0.7, dashArray: '3 3', fill: false, interactive: false }
            : { color: cfg.color, weight: 1, opacity: 0.9, fill: !!cfg.land, fillColor: cfg.land, fillOpacity: 1, interactive: false };
        }
      });
    }
  };

  geomap.layer = function (kind, data, cfg, map) {
    var layer = kinds[kind](data, cfg || {});
    geomap.registry[cfg.name] = layer;
    layer._geomapKind = kind;
    wireEvents(layer, kind, cfg || {}, map);
    return layer;
  };

  /* Keep the drawing order on the shared canvas: boundaries at the back, incidents in front. */
  geomap.restack = function (map) {
    geomap.order.forEach(function (name) {
      var l = geomap.registry[name];
      if (l && map.hasLayer(l) && l.bringToFront) { l.bringToFront(); }
    });
  };

  /* ---- legend: entries follow their layer ---- */
  geomap.legend = function (map, html) {
    var ctl = L.control({ position: 'bottomright' });
    ctl.onAdd = function () {
      var d = L.DomUtil.create('div', 'gm-legend');
      d.innerHTML = html;
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
        var d = all[i].feature.properties.d;
        if (!d || (d >= a && d <= b)) { layer.addLayer(all[i]); }
      }
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
  geomap.ready = function (map) {
    geomap.map = map;
    geomap.restack(map);
    map.whenReady(function () {
      L.Util.requestAnimFrame(function () {
        window.requestAnimationFrame(function () {
          window.__geomapReadyMs = window.performance ? performance.now() : null;
          window.__geomapReady = true;
          map.fire('geomap:ready');
        });
      });
    });
  };
})();
