/*
 * <gb-plot>: draws one statistical chart in one go from a compact JSON property — curves, shaded areas,
 * bands, histograms, dot plots and scatter (Q-Q) points over numeric axes — with its one-sentence summary and
 * its numbers as a table. All text is written with textContent, never as HTML.
 *
 * data = {summary, xLabel, yLabel, x: [lo, hi], y: [lo, hi] (optional: no y axis), layers: [...],
 *         table: {columns, rows}}; layer types: bands, area, bars, line, vline, dots, points.
 */
(function () {
  'use strict';
  if (customElements.get('gb-plot')) {
    return;
  }
  const {el, svg, number, numbersTable, say} = window.Glassbox;
  const fmt = number;
  const W = 680, M = {left: 58, right: 16, top: 14, bottom: 44};

  /** About `count` round tick values covering [lo, hi]. */
  function ticks(lo, hi, count) {
    const span = hi - lo;
    if (!(span > 0)) return [lo];
    const raw = span / count;
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 2.5, 5, 10].map(m => m * p).find(s => s >= raw) || 10 * p;
    const out = [];
    for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
      out.push(Math.abs(t) < step * 1e-9 ? 0 : t);
    }
    return out;
  }

  /** A tick's number, with the decimal separator of the page's language (Spanish writes 0,25), as Glassbox.number. */
  function tickText(t) {
    const a = Math.abs(t);
    const text = a !== 0 && (a >= 1e6 || a < 1e-3) ? t.toExponential(1) : String(+t.toPrecision(6));
    return (document.documentElement.lang || '').toLowerCase().startsWith('es') ? text.replace('.', ',') : text;
  }

  function render(host, d) {
    const H = d.height || 300;
    const [x0, x1] = d.x;
    const hasY = Array.isArray(d.y);
    const [y0, y1] = hasY ? d.y : [0, 1];
    const left = hasY ? M.left : 16;
    const pw = W - left - M.right, ph = H - M.top - M.bottom;
    const sx = x => left + (x - x0) / (x1 - x0) * pw;
    const sy = y => M.top + ph - (y - y0) / (y1 - y0) * ph;
    const clampX = x => Math.max(left - 4, Math.min(W - M.right + 4, sx(x)));
    const s = svg('svg', {viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'gb-plot-svg',
      'aria-label': d.summary || say('chart'), preserveAspectRatio: 'xMidYMid meet'});
    const clipId = 'gbclip' + Math.random().toString(36).slice(2);
    const defs = svg('defs', {});
    const cp = svg('clipPath', {id: clipId});
    cp.appendChild(svg('rect', {x: left, y: M.top - 2, width: pw, height: ph + 2}));
    defs.appendChild(cp);
    s.appendChild(defs);
    const plot = svg('g', {'clip-path': `url(#${clipId})`});

    // axes and ticks
    const axis = svg('g', {class: 'gb-plot-axis'});
    axis.appendChild(svg('line', {x1: left, x2: W - M.right, y1: M.top + ph, y2: M.top + ph}));
    ticks(x0, x1, 8).forEach(t => {
      axis.appendChild(svg('line', {x1: sx(t), x2: sx(t), y1: M.top + ph, y2: M.top + ph + 5}));
      axis.appendChild(svg('text', {x: sx(t), y: M.top + ph + 18, 'text-anchor': 'middle'}, tickText(t)));
    });
    if (d.xLabel) axis.appendChild(svg('text', {x: left + pw / 2, y: H - 6, 'text-anchor': 'middle', class: 'gb-plot-label'}, d.xLabel));
    if (hasY) {
      axis.appendChild(svg('line', {x1: left, x2: left, y1: M.top, y2: M.top + ph}));
      ticks(y0, y1, 5).forEach(t => {
        axis.appendChild(svg('line', {x1: left - 5, x2: left, y1: sy(t), y2: sy(t)}));
        axis.appendChild(svg('text', {x: left - 8, y: sy(t), 'text-anchor': 'end', 'dominant-baseline': 'central'}, tickText(t)));
      });
      if (d.yLabel) {
        axis.appendChild(svg('text', {x: 12, y: M.top + ph / 2, transform: `rotate(-90 12 ${M.top + ph / 2})`,
          'text-anchor': 'middle', class: 'gb-plot-label'}, d.yLabel));
      }
    }

    const stacks = new Map(); // dot plots: how many dots already stand at each position, across groups
    const path = pts => pts.map((p, i) => (i ? 'L' : 'M') + sx(p[0]).toFixed(2) + ' ' + sy(p[1]).toFixed(2)).join(' ');
    (d.layers || []).forEach(layer => {
      const cls = 'gb-plot-' + layer.type + (layer.tone ? ' gb-tone-' + layer.tone : '');
      const g = svg('g', {class: cls});
      if (layer.type === 'bands') {
        layer.items.forEach((b, i) => {
          const r = svg('rect', {x: clampX(b.from), y: M.top, width: Math.max(0, clampX(b.to) - clampX(b.from)), height: ph,
            class: 'gb-band-' + i});
          r.appendChild(svg('title', {}, b.label));
          g.appendChild(r);
        });
      } else if (layer.type === 'area' && layer.points.length) {
        const pts = layer.points;
        const base = hasY ? Math.max(y0, 0) : 0;
        const p = path(pts) + ` L${sx(pts[pts.length - 1][0]).toFixed(2)} ${sy(base).toFixed(2)} L${sx(pts[0][0]).toFixed(2)} ${sy(base).toFixed(2)} Z`;
        const a = svg('path', {d: p});
        if (layer.label) a.appendChild(svg('title', {}, layer.label));
        g.appendChild(a);
      } else if (layer.type === 'line' && layer.points.length) {
        const l = svg('path', {d: path(layer.points), fill: 'none'});
        if (layer.label) l.appendChild(svg('title', {}, layer.label));
        g.appendChild(l);
      } else if (layer.type === 'bars') {
        layer.bars.forEach(b => {
          const r = svg('rect', {x: sx(b[0]), y: sy(b[2]), width: Math.max(0.5, sx(b[1]) - sx(b[0]) - 1),
            height: Math.max(0, sy(y0) - sy(b[2]))});
          r.appendChild(svg('title', {}, `${fmt(b[0])} – ${fmt(b[1])}: ${b.length > 3 ? b[3] : fmt(b[2])}`));
          g.appendChild(r);
        });
      } else if (layer.type === 'vline') {
        g.appendChild(svg('line', {x1: sx(layer.x), x2: sx(layer.x), y1: M.top, y2: M.top + ph}));
        if (layer.label) {
          const t = svg('text', {x: sx(layer.x) + 4, y: M.top + 12 + 14 * (layer.row || 0), class: 'gb-plot-note'}, layer.label);
          g.appendChild(t);
        }
      } else if (layer.type === 'dots') {
        // A dot plot: equal values (within one dot width) stack upwards.
        const r = 6;
        layer.xs.forEach((x, i) => {
          const key = Math.round(sx(x) / (2 * r));
          const level = stacks.get(key) || 0;
          stacks.set(key, level + 1);
          const c = svg('circle', {cx: sx(x), cy: M.top + ph - r - 1 - level * (2 * r + 1), r: r});
          c.appendChild(svg('title', {}, layer.labels ? layer.labels[i] : fmt(x)));
          g.appendChild(c);
        });
      } else if (layer.type === 'points') {
        layer.points.forEach((p, i) => {
          const c = svg('circle', {cx: sx(p[0]), cy: sy(p[1]), r: 3.5});
          c.appendChild(svg('title', {}, layer.labels ? layer.labels[i] : `(${fmt(p[0])}, ${fmt(p[1])})`));
          g.appendChild(c);
        });
      }
      (layer.type === 'vline' ? s : plot).appendChild(g);
    });
    s.insertBefore(plot, s.firstChild.nextSibling);
    s.appendChild(axis);

    const wrap = el('div', 'gb-plot-wrap');
    wrap.appendChild(s);
    host.appendChild(wrap);
    const keys = (d.layers || []).filter(l => l.legend);
    if (keys.length) {
      const legend = el('ul', 'gb-plot-legend');
      legend.setAttribute('aria-hidden', 'true');
      keys.forEach(l => {
        const li = el('li');
        li.appendChild(el('span', 'gb-key gb-key-' + l.type + (l.tone ? ' gb-tone-' + l.tone : '')));
        li.appendChild(document.createTextNode(l.legend));
        legend.appendChild(li);
      });
      host.appendChild(legend);
    }
    if (d.table) host.appendChild(numbersTable(d.table.columns, d.table.rows, d.digits));
  }

  class GbPlot extends window.Glassbox.Element {
    draw(d) {
      if (d.summary) this.appendChild(el('p', 'gb-summary', d.summary));
      render(this, d);
    }

    /** The legend under a saved chart: each key's swatch as the page draws it (shape, colour, opacity), and its text. */
    keyItems() {
      return [...this.querySelectorAll('.gb-plot-legend li')].map(li => {
        const key = li.querySelector('.gb-key');
        const cs = getComputedStyle(key);
        const thin = parseFloat(cs.height) <= 4;
        const round = key.classList.contains('gb-key-dots') || key.classList.contains('gb-key-points');
        const colour = cs.backgroundColor;
        return {text: li.textContent, shape: thin ? 'line' : round ? 'circle' : 'rect',
          fill: thin ? 'none' : colour, stroke: thin ? colour : 'none', opacity: cs.opacity};
      });
    }
  }

  customElements.define('gb-plot', GbPlot);
})();
