/*
 * <gb-scatter>: a labelled 2-D map of points (e.g. words projected by PCA) drawn in one go from a compact JSON
 * property {points: [{label, group, note, x, y}], xLabel, yLabel, summary}, with a keyboard-navigable list of the
 * same points. Group 0 is drawn as filled circles, group 1 as hollow squares, so the groups differ in shape as
 * well as colour. All labels are written with textContent, never as HTML.
 */
(function () {
  'use strict';
  if (customElements.get('gb-scatter')) {
    return;
  }
  const SVG = 'http://www.w3.org/2000/svg';
  // Okabe–Ito blue and vermillion: distinguishable with the common colour-vision deficiencies.
  const COLOURS = ['#0072b2', '#d55e00'];

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function svg(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  }

  function fmt(v) {
    return typeof v === 'number' ? v.toFixed(3) : String(v);
  }

  function marker(p, x, y, r) {
    const colour = COLOURS[p.group === 1 ? 1 : 0];
    if (p.group === 1) {
      return svg('rect', {x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: 'none', stroke: colour, 'stroke-width': 2});
    }
    return svg('circle', {cx: x, cy: y, r: r + 1, fill: colour});
  }

  class GbScatter extends HTMLElement {
    set data(d) {
      this._data = d;
      this.render();
    }

    get data() {
      return this._data;
    }

    connectedCallback() {
      this.render();
    }

    render() {
      const d = this._data;
      if (!d || !this.isConnected) return;
      this.replaceChildren();
      this.style.display = 'block';
      if (d.summary) this.appendChild(el('p', 'gb-summary', d.summary));
      const points = d.points || [];
      const W = 720, H = 460, pad = 36;
      let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
      points.forEach(p => {
        x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x);
        y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
      });
      if (!isFinite(x0)) { x0 = -1; x1 = 1; y0 = -1; y1 = 1; }
      if (x0 === x1) { x0 -= 1; x1 += 1; }
      if (y0 === y1) { y0 -= 1; y1 += 1; }
      const sx = v => pad + (v - x0) / (x1 - x0) * (W - 2 * pad - 60);
      const sy = v => H - pad - (v - y0) / (y1 - y0) * (H - 2 * pad);
      const s = svg('svg', {viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', class: 'gb-scatter-map',
        'aria-label': d.summary || 'map'});
      s.style.maxWidth = '100%';
      s.style.height = 'auto';
      s.style.display = 'block';
      const axis = {stroke: 'var(--lumo-contrast-30pct)', 'stroke-dasharray': '4 4'};
      if (x0 < 0 && x1 > 0) s.appendChild(svg('line', Object.assign({x1: sx(0), x2: sx(0), y1: pad / 2, y2: H - pad}, axis)));
      if (y0 < 0 && y1 > 0) s.appendChild(svg('line', Object.assign({x1: pad / 2, x2: W - pad, y1: sy(0), y2: sy(0)}, axis)));
      const xl = svg('text', {x: W - pad, y: H - 8, 'text-anchor': 'end', class: 'gb-axis'});
      xl.textContent = d.xLabel || 'axis 1';
      s.appendChild(xl);
      const yl = svg('text', {x: 8, y: 14, class: 'gb-axis'});
      yl.textContent = d.yLabel || 'axis 2';
      s.appendChild(yl);
      const marks = [];
      points.forEach((p, i) => {
        const g = svg('g', {class: 'gb-point'});
        const x = sx(p.x), y = sy(p.y);
        g.appendChild(marker(p, x, y, 4));
        const t = svg('text', {x: x + 7, y: y + 4, class: 'gb-axis'});
        if (p.group !== 1) t.setAttribute('font-weight', '700');
        t.textContent = p.label;
        g.appendChild(t);
        const ring = svg('circle', {cx: x, cy: y, r: 10, fill: 'none', stroke: 'var(--lumo-error-color)', 'stroke-width': 2.5,
          visibility: 'hidden'});
        g.appendChild(ring);
        g.dataset.i = i;
        s.appendChild(g);
        marks.push(ring);
      });
      const wrap = el('div', 'gb-scroll');
      wrap.appendChild(s);
      this.appendChild(wrap);

      const key = el('p', 'gb-summary');
      key.appendChild(el('span', null, '● ' + (d.groupNames ? d.groupNames[0] : 'group 1')));
      key.firstChild.style.color = COLOURS[0];
      key.appendChild(document.createTextNode('   '));
      key.appendChild(el('span', null, '□ ' + (d.groupNames ? d.groupNames[1] : 'group 2')));
      key.lastChild.style.color = COLOURS[1];
      this.appendChild(key);

      const readout = el('p', 'gb-readout');
      readout.setAttribute('aria-live', 'polite');
      readout.textContent = 'Hover a point, or use the arrow keys in the list below, to read its coordinates.';
      this.appendChild(readout);
      const describe = p => `${p.label}${p.note ? ' (' + p.note + ')' : ''}: x = ${fmt(p.x)}, y = ${fmt(p.y)}`;
      const list = el('ol', 'gb-point-list');
      list.setAttribute('aria-label', 'The points of the map');
      list.style.columns = '17rem';
      list.style.columnGap = '2rem';
      list.style.fontSize = 'var(--lumo-font-size-s)';
      const items = [];
      function show(i) {
        marks.forEach((m, j) => m.setAttribute('visibility', i === j ? 'visible' : 'hidden'));
        readout.textContent = describe(points[i]);
      }
      points.forEach((p, i) => {
        const li = el('li', null, describe(p));
        li.tabIndex = i === 0 ? 0 : -1;
        li.addEventListener('focus', () => show(i));
        li.addEventListener('mouseenter', () => show(i));
        li.addEventListener('keydown', e => {
          const step = {ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: -points.length, End: points.length}[e.key];
          if (step) {
            e.preventDefault();
            const j = Math.max(0, Math.min(points.length - 1, i + step));
            items[i].tabIndex = -1;
            items[j].tabIndex = 0;
            items[j].focus();
          }
        });
        items.push(li);
        list.appendChild(li);
      });
      s.addEventListener('mousemove', e => {
        const g = e.target && e.target.closest ? e.target.closest('g.gb-point') : null;
        if (g) show(+g.dataset.i);
      });
      const details = el('details', 'gb-numbers');
      details.open = true;
      details.appendChild(el('summary', null, 'The points as a list (arrow keys move)'));
      details.appendChild(list);
      this.appendChild(details);
    }
  }

  customElements.define('gb-scatter', GbScatter);
})();
