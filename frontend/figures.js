/*
 * <gb-figure>: draws one value of a lesson (scalar, vector, matrix, token list, table) in one go from a
 * compact JSON property, together with its one-sentence summary and its numbers as a table.
 * All learner text is written with textContent, never as HTML.
 */
(function () {
  'use strict';
  if (customElements.get('gb-figure')) {
    return;
  }
  const SVG = 'http://www.w3.org/2000/svg';

  // Viridis, 9 stops (matplotlib's _viridis_data sampled evenly): readable by colour-blind learners.
  const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];

  function hexToRgb(h) {
    return [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
  }
  const STOPS = VIRIDIS.map(hexToRgb);

  function viridis(t) {
    if (!(t >= 0)) t = 0;
    if (t > 1) t = 1;
    const x = t * (STOPS.length - 1);
    const i = Math.min(Math.floor(x), STOPS.length - 2);
    const f = x - i;
    const a = STOPS[i], b = STOPS[i + 1];
    return 'rgb(' + [0, 1, 2].map(k => Math.round(a[k] + (b[k] - a[k]) * f)).join(',') + ')';
  }

  function inkFor(t) {
    return t > 0.55 ? '#111' : '#fff';
  }

  function fmt(v, digits) {
    if (typeof v !== 'number') return String(v);
    if (Number.isInteger(v) && Math.abs(v) < 1e9) return String(v);
    const d = digits == null ? 4 : digits;
    const a = Math.abs(v);
    if (a !== 0 && (a < Math.pow(10, -d) || a >= 1e6)) return v.toExponential(Math.max(1, d - 1));
    return v.toFixed(d);
  }

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

  function range(values, fixed) {
    if (fixed) return fixed;
    let lo = Infinity, hi = -Infinity;
    for (const v of values) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (!isFinite(lo)) return [0, 1];
    if (lo === hi) return [lo - 1, hi + 1];
    return [lo, hi];
  }

  function numbersTable(columns, rows, digits) {
    const details = el('details', 'gb-numbers');
    details.appendChild(el('summary', null, 'Numbers as a table'));
    const wrap = el('div', 'gb-table-wrap');
    wrap.appendChild(table(columns, rows, digits));
    details.appendChild(wrap);
    return details;
  }

  function table(columns, rows, digits) {
    const t = el('table', 'gb-table');
    const thead = el('thead');
    const hr = el('tr');
    columns.forEach(c => {
      const th = el('th', null, c);
      th.scope = 'col';
      hr.appendChild(th);
    });
    thead.appendChild(hr);
    t.appendChild(thead);
    const tbody = el('tbody');
    rows.forEach(r => {
      const tr = el('tr');
      r.forEach((c, i) => {
        const cell = el(i === 0 && typeof c === 'string' ? 'th' : 'td', typeof c === 'number' ? 'gb-num' : null, fmt(c, digits));
        if (cell.tagName === 'TH') cell.scope = 'row';
        tr.appendChild(cell);
      });
      tbody.appendChild(tr);
    });
    t.appendChild(tbody);
    return t;
  }

  /** Makes a grid of cells keyboard-navigable: arrows move, the readout (a live region) says the value. */
  function navigable(host, svgEl, rows, cols, cellAt, describe) {
    const readout = el('p', 'gb-readout');
    readout.setAttribute('aria-live', 'polite');
    readout.textContent = 'Hover a cell, or focus the figure and use the arrow keys, to read its value.';
    const marker = svg('rect', {class: 'gb-cursor', visibility: 'hidden', fill: 'none'});
    svgEl.appendChild(marker);
    let r = 0, c = 0;
    function show(nr, nc) {
      r = Math.max(0, Math.min(rows - 1, nr));
      c = Math.max(0, Math.min(cols - 1, nc));
      const box = cellAt(r, c);
      marker.setAttribute('x', box.x);
      marker.setAttribute('y', box.y);
      marker.setAttribute('width', box.w);
      marker.setAttribute('height', box.h);
      marker.setAttribute('visibility', 'visible');
      readout.textContent = describe(r, c);
    }
    svgEl.setAttribute('tabindex', '0');
    svgEl.addEventListener('keydown', e => {
      const moves = {ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1],
        Home: [0, -cols], End: [0, cols]};
      const m = moves[e.key];
      if (m) {
        e.preventDefault();
        show(r + m[0], c + m[1]);
      }
    });
    svgEl.addEventListener('focus', () => show(r, c));
    svgEl.addEventListener('mousemove', e => {
      const t = e.target;
      if (t && t.dataset && t.dataset.r != null) show(+t.dataset.r, +t.dataset.c);
    });
    host.appendChild(readout);
    return show;
  }

  function renderMatrix(host, d) {
    const values = d.values, rows = values.length, cols = rows ? values[0].length : 0;
    const rowLabels = d.rowLabels && d.rowLabels.length ? d.rowLabels : [...Array(rows).keys()].map(String);
    const colLabels = d.columnLabels && d.columnLabels.length ? d.columnLabels : [...Array(cols).keys()].map(String);
    const flat = [].concat(...values);
    const [lo, hi] = range(flat, d.range);
    const cell = Math.max(6, Math.min(44, Math.floor(640 / Math.max(cols, 1))));
    const showText = cell >= 34 && d.cellText !== false;
    const longest = l => Math.min(16, Math.max(1, ...l.map(s => [...s].length)));
    const left = longest(rowLabels) * 7.5 + 10;
    const top = cols <= 40 ? longest(colLabels) * 7.5 + 10 : 14;
    const width = left + cols * cell + 2, height = top + rows * cell + 2;
    const s = svg('svg', {viewBox: `0 0 ${width} ${height}`, width: width, height: height, role: 'img',
      class: 'gb-heatmap', 'aria-label': d.summary || 'heatmap'});
    const clip = label => ([...label].length > 16 ? [...label].slice(0, 15).join('') + '…' : label);
    rowLabels.forEach((l, i) => {
      if (rows > 60 && i % Math.ceil(rows / 60)) return;
      const t = svg('text', {x: left - 6, y: top + i * cell + cell / 2, 'text-anchor': 'end',
        'dominant-baseline': 'central', class: 'gb-axis'});
      t.textContent = clip(l);
      s.appendChild(t);
    });
    if (cols <= 40) {
      colLabels.forEach((l, j) => {
        const x = left + j * cell + cell / 2, y = top - 6;
        const t = svg('text', {x: x, y: y, transform: `rotate(-55 ${x} ${y})`, class: 'gb-axis'});
        t.textContent = clip(l);
        s.appendChild(t);
      });
    }
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const v = values[i][j];
        const tt = (v - lo) / (hi - lo);
        const rect = svg('rect', {x: left + j * cell, y: top + i * cell, width: cell, height: cell, fill: viridis(tt)});
        rect.dataset.r = i;
        rect.dataset.c = j;
        s.appendChild(rect);
        if (showText) {
          const t = svg('text', {x: left + j * cell + cell / 2, y: top + i * cell + cell / 2, 'text-anchor': 'middle',
            'dominant-baseline': 'central', class: 'gb-cell-text', fill: inkFor(tt), 'pointer-events': 'none'});
          t.textContent = fmt(v, 2);
          s.appendChild(t);
        }
      }
    }
    const wrap = el('div', 'gb-scroll');
    wrap.appendChild(s);
    host.appendChild(wrap);
    host.appendChild(legend(lo, hi, d.digits));
    navigable(host, s, rows, cols,
      (r, c) => ({x: left + c * cell, y: top + r * cell, w: cell, h: cell}),
      (r, c) => `${d.rowAxis || 'row'} “${rowLabels[r]}”, ${d.columnAxis || 'column'} “${colLabels[c]}”: ${fmt(values[r][c], d.digits)}`);
    const tableRows = values.map((row, i) => [rowLabels[i]].concat(row));
    host.appendChild(numbersTable([''].concat(colLabels), tableRows, d.digits));
  }

  function renderVector(host, d) {
    const values = d.values, n = values.length;
    const labels = d.labels && d.labels.length ? d.labels : [...Array(n).keys()].map(i => 'dimension ' + i);
    const [lo, hi] = range(values, d.range);
    const cell = Math.max(4, Math.min(40, Math.floor(640 / Math.max(n, 1))));
    const h = 28, width = n * cell + 2;
    const s = svg('svg', {viewBox: `0 0 ${width} ${h + 2}`, width: width, height: h + 2, role: 'img',
      class: 'gb-strip', 'aria-label': d.summary || 'heat strip'});
    values.forEach((v, j) => {
      const rect = svg('rect', {x: j * cell, y: 1, width: cell, height: h, fill: viridis((v - lo) / (hi - lo))});
      rect.dataset.r = 0;
      rect.dataset.c = j;
      s.appendChild(rect);
    });
    const wrap = el('div', 'gb-scroll');
    wrap.appendChild(s);
    host.appendChild(wrap);
    host.appendChild(legend(lo, hi, d.digits));
    navigable(host, s, 1, n, (r, c) => ({x: c * cell, y: 1, w: cell, h: h}),
      (r, c) => `${labels[c]}: ${fmt(values[c], d.digits)}`);
    host.appendChild(numbersTable(['', 'value'], values.map((v, i) => [labels[i], v]), d.digits));
  }

  function legend(lo, hi, digits) {
    const box = el('div', 'gb-legend');
    box.setAttribute('aria-hidden', 'true');
    box.appendChild(el('span', null, fmt(lo, digits)));
    const bar = el('span', 'gb-legend-bar');
    bar.style.background = 'linear-gradient(to right,' + VIRIDIS.join(',') + ')';
    box.appendChild(bar);
    box.appendChild(el('span', null, fmt(hi, digits)));
    return box;
  }

  function visible(text) {
    // Make white space visible inside a chip: space as ·, tab as →, newline as ↵.
    return text.replace(/ /g, '·').replace(/\t/g, '→').replace(/\n/g, '↵').replace(/\r/g, '␍');
  }

  function renderTokens(host, d) {
    const list = el('ol', 'gb-chips');
    list.setAttribute('aria-label', d.summary || 'tokens');
    d.texts.forEach((t, i) => {
      const li = el('li', 'gb-chip gb-chip-' + (i % 6));
      li.appendChild(el('span', 'gb-chip-text', visible(t)));
      if (d.showIds && d.ids[i] != null) li.appendChild(el('span', 'gb-chip-id', String(d.ids[i])));
      if (d.marks && d.marks.indexOf(i) >= 0) {
        li.classList.add('gb-chip-mark');
        li.setAttribute('aria-current', 'true');
      }
      li.title = (d.ids[i] != null ? 'id ' + d.ids[i] + ': ' : '') + JSON.stringify(t);
      list.appendChild(li);
    });
    host.appendChild(list);
    host.appendChild(numbersTable(['#', 'token', 'id'], d.texts.map((t, i) => [i, t, d.ids[i] == null ? '—' : d.ids[i]])));
  }

  function renderScalar(host, d) {
    const p = el('p', 'gb-scalar');
    p.textContent = fmt(d.value, d.digits == null ? 6 : d.digits) + (d.unit ? ' ' + d.unit : '');
    host.appendChild(p);
  }

  function renderTable(host, d) {
    const wrap = el('div', 'gb-table-wrap');
    wrap.appendChild(table(d.columns, d.rows, d.digits));
    host.appendChild(wrap);
  }

  const RENDERERS = {matrix: renderMatrix, vector: renderVector, tokens: renderTokens, scalar: renderScalar, table: renderTable};

  class GbFigure extends HTMLElement {
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
      if (d.summary) this.appendChild(el('p', 'gb-summary', d.summary));
      const draw = RENDERERS[d.kind];
      if (draw) draw(this, d);
    }
  }

  customElements.define('gb-figure', GbFigure);
})();
