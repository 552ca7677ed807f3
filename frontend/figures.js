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
  const {el, svg, number, numbersTable, table, scale, legend, visible, download, text} = window.Glassbox;
  const fmt = number;

  /** Makes a grid of cells keyboard-navigable: arrows move, the readout (a live region) says the value. */
  function navigable(host, svgEl, rows, cols, cellAt, describe) {
    const readout = el('p', 'gb-readout');
    readout.setAttribute('aria-live', 'polite');
    readout.appendChild(el('span', 'gb-readout-hint', text('readout-hint')));
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

  /** Every `step`-th label, so that labels `size` pixels tall never overlap in cells `cell` pixels apart. */
  function labelStep(cell, size) {
    return Math.max(1, Math.ceil(size / cell));
  }

  /** A masked entry: −∞ (sent as the text "-Infinity"), drawn hatched and written "−∞", never as a number. */
  const isMasked = v => v === '-Infinity' || v === -Infinity;
  const MASKED = '−∞';

  /** A matrix entry as text: its number, "−∞" when masked, or its cell label ("e 0.4123") when the figure has them. */
  function cellValue(d, i, j, digits) {
    const v = d.values[i][j];
    const shown = isMasked(v) ? MASKED : fmt(v, digits);
    return d.cellLabels ? d.cellLabels[i][j] + ' ' + shown : shown;
  }

  function renderMatrix(host, d) {
    const values = d.values, rows = values.length, cols = rows ? values[0].length : 0;
    const rowLabels = d.rowLabels && d.rowLabels.length ? d.rowLabels : [...Array(rows).keys()].map(String);
    const colLabels = d.columnLabels && d.columnLabels.length ? d.columnLabels : [...Array(cols).keys()].map(String);
    const sc = scale([].concat(...values), d.range);
    const labelled = !!d.cellLabels; // a short text per cell (a character), drawn in the cell instead of its number
    const cw = Math.max(labelled ? 18 : 6, Math.min(44, Math.floor(640 / Math.max(cols, 1))));
    // Rows get at least 15 px (room for a 12 px label) unless there are so many that the map would grow too tall.
    const ch = rows <= 64 ? Math.max(cw, 15) : cw;
    const showText = (labelled ? cw >= 14 : cw >= 34) && d.cellText !== false;
    const anyMasked = values.some(row => row.some(isMasked));
    const longest = l => Math.min(16, Math.max(1, ...l.map(s => [...s].length)));
    const left = longest(rowLabels) * 7.5 + 10;
    const rotated = cols <= 40;
    const top = rotated ? longest(colLabels) * 7.5 + 10 : 20;
    const width = left + cols * cw + 2, height = top + rows * ch + 2;
    const s = svg('svg', {viewBox: `0 0 ${width} ${height}`, width: width, height: height, role: 'img',
      class: 'gb-heatmap', 'aria-label': d.summary || text('heatmap')});
    const hatch = 'gbhatch' + Math.random().toString(36).slice(2);
    if (anyMasked) {
      const defs = svg('defs', {});
      const pattern = svg('pattern', {id: hatch, width: 6, height: 6, patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)'});
      pattern.appendChild(svg('rect', {width: 6, height: 6, class: 'gb-hatch-ground'}));
      pattern.appendChild(svg('line', {x1: 0, y1: 0, x2: 0, y2: 6, class: 'gb-hatch-line'}));
      defs.appendChild(pattern);
      s.appendChild(defs);
    }
    const clip = label => ([...label].length > 16 ? [...label].slice(0, 15).join('') + '…' : label);
    const rowStep = labelStep(ch, 14);
    rowLabels.forEach((l, i) => {
      if (i % rowStep) return;
      s.appendChild(svg('text', {x: left - 6, y: top + i * ch + ch / 2, 'text-anchor': 'end',
        'dominant-baseline': 'central', class: 'gb-axis'}, clip(visible(l, true).text)));
    });
    if (rotated) {
      const colStep = labelStep(cw, 14);
      colLabels.forEach((l, j) => {
        if (j % colStep) return;
        const x = left + j * cw + cw / 2, y = top - 6;
        s.appendChild(svg('text', {x: x, y: y, transform: `rotate(-55 ${x} ${y})`, class: 'gb-axis'}, clip(visible(l, true).text)));
      });
    } else {
      // Many columns (e.g. 384 dimensions): upright labels at round steps, each about 40 px apart.
      const raw = Math.ceil(40 / cw);
      const colStep = [1, 2, 4, 8, 16, 32, 64, 128, 256].find(k => k >= raw) || raw;
      colLabels.forEach((l, j) => {
        if (j % colStep) return;
        s.appendChild(svg('text', {x: left + j * cw, y: top - 6, class: 'gb-axis'}, clip(l)));
      });
    }
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const v = values[i][j];
        const masked = isMasked(v);
        const rect = svg('rect', {x: left + j * cw, y: top + i * ch, width: cw, height: ch,
          fill: masked ? `url(#${hatch})` : sc.colour(v)});
        if (masked) rect.setAttribute('class', 'gb-masked');
        rect.dataset.r = i;
        rect.dataset.c = j;
        s.appendChild(rect);
        if (showText) {
          const text = masked ? MASKED : labelled ? d.cellLabels[i][j] : fmt(v, 2);
          s.appendChild(svg('text', {x: left + j * cw + cw / 2, y: top + i * ch + ch / 2, 'text-anchor': 'middle',
            'dominant-baseline': 'central', class: 'gb-cell-text' + (masked ? ' gb-masked-text' : ''),
            fill: masked ? 'currentColor' : sc.ink(v), 'pointer-events': 'none'}, labelled ? visible(text).text : text));
        }
      }
    }
    const wrap = el('div', 'gb-scroll');
    wrap.appendChild(s);
    host.appendChild(wrap);
    const key = legend(sc, d.digits);
    if (anyMasked) key.appendChild(el('span', 'gb-legend-name', text('masked-cells')));
    host.appendChild(key);
    navigable(host, s, rows, cols,
      (r, c) => ({x: left + c * cw, y: top + r * ch, w: cw, h: ch}),
      (r, c) => text('cell-readout', {row: d.rowAxis || text('row'), rowLabel: rowLabels[r], column: d.columnAxis || text('column'),
        columnLabel: colLabels[c], value: cellValue(d, r, c, d.digits)}));
    const tableRows = values.map((row, i) => [rowLabels[i]].concat(labelled ? row.map((v, j) => cellValue(d, i, j, d.digits))
      : row.map(v => (isMasked(v) ? MASKED : v))));
    host.appendChild(numbersTable([''].concat(colLabels), tableRows, d.digits));
  }

  function renderVector(host, d) {
    const values = d.values, n = values.length;
    const labels = d.labels && d.labels.length ? d.labels : [...Array(n).keys()].map(i => text('dimension', {i: i}));
    const sc = scale(values, d.range);
    const cell = Math.max(4, Math.min(40, Math.floor(640 / Math.max(n, 1))));
    const h = 28, width = n * cell + 2;
    const s = svg('svg', {viewBox: `0 0 ${width} ${h + 2}`, width: width, height: h + 2, role: 'img',
      class: 'gb-strip', 'aria-label': d.summary || text('heat-strip')});
    values.forEach((v, j) => {
      const rect = svg('rect', {x: j * cell, y: 1, width: cell, height: h, fill: sc.colour(v)});
      rect.dataset.r = 0;
      rect.dataset.c = j;
      s.appendChild(rect);
    });
    const wrap = el('div', 'gb-scroll');
    wrap.appendChild(s);
    host.appendChild(wrap);
    host.appendChild(legend(sc, d.digits));
    navigable(host, s, 1, n, (r, c) => ({x: c * cell, y: 1, w: cell, h: h}),
      (r, c) => `${labels[c]}: ${fmt(values[c], d.digits)}`);
    host.appendChild(numbersTable(['', text('value')], values.map((v, i) => [labels[i], v]), d.digits));
  }

  function renderTokens(host, d) {
    const list = el('ol', 'gb-chips');
    list.setAttribute('aria-label', d.summary || text('tokens'));
    d.texts.forEach((t, i) => {
      const li = el('li', 'gb-chip gb-chip-' + (i % 6));
      const shown = visible(t);
      li.appendChild(el('span', 'gb-chip-text', shown.text));
      if (shown.names.length) {
        li.classList.add('gb-chip-invisible');
        li.setAttribute('aria-label', text('token-invisible', {n: i + 1, text: shown.text, names: shown.names.join(', ')}));
      }
      if (d.showIds && d.ids[i] != null) li.appendChild(el('span', 'gb-chip-id', String(d.ids[i])));
      if (d.marks && d.marks.indexOf(i) >= 0) {
        li.classList.add('gb-chip-mark');
        li.setAttribute('aria-current', 'true');
      }
      li.title = (d.ids[i] != null ? 'id ' + d.ids[i] + ': ' : '') + JSON.stringify(t);
      list.appendChild(li);
    });
    host.appendChild(list);
    host.appendChild(numbersTable(['#', text('token'), 'id'], d.texts.map((t, i) => [i, visible(t).text, d.ids[i] == null ? '—' : d.ids[i]])));
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

  /**
   * Token chips as SVG (their picture on the page is HTML): the same chips, text, ids, fills and borders, flowed
   * into lines at most 680 pixels wide.
   */
  function tokensSvg(host, d) {
    const chips = [...host.querySelectorAll('.gb-chip')];
    const font = '13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
    const maxWidth = 680, gap = 4, high = d.showIds ? 36 : 22;
    const placed = [];
    let x = 0, y = 0, width = 0;
    d.texts.forEach((t, i) => {
      const text = visible(t).text;
      const w = Math.ceil(Math.max(download.textWidth(text, font),
        d.showIds && d.ids[i] != null ? download.textWidth(String(d.ids[i]), font) : 0)) + 14;
      if (x > 0 && x + w > maxWidth) {
        x = 0;
        y += high + gap;
      }
      placed.push({x: x, y: y, w: w, text: text, i: i});
      x += w + gap;
      width = Math.max(width, x - gap);
    });
    const height = (placed.length ? y + high : 0) + 2;
    const s = svg('svg', {viewBox: `0 0 ${width + 2} ${height}`, width: width + 2, height: height});
    placed.forEach(p => {
      const chip = chips[p.i] ? getComputedStyle(chips[p.i]) : null;
      const marked = d.marks && d.marks.indexOf(p.i) >= 0;
      s.appendChild(svg('rect', {x: p.x + 1, y: p.y + 1, width: p.w, height: high, rx: 3, fill: chip ? chip.backgroundColor : '#eee',
        stroke: chip ? chip.borderTopColor : '#888', 'stroke-width': marked ? 3 : 1}));
      s.appendChild(svg('text', {x: p.x + 1 + p.w / 2, y: p.y + 1 + 15, 'text-anchor': 'middle', fill: '#111',
        'font-family': 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', 'font-size': 13}, p.text));
      if (d.showIds && d.ids[p.i] != null) {
        s.appendChild(svg('text', {x: p.x + 1 + p.w / 2, y: p.y + 1 + 30, 'text-anchor': 'middle', fill: '#111',
          'fill-opacity': 0.75, 'font-size': 10}, String(d.ids[p.i])));
      }
    });
    return s;
  }

  /** A single value as SVG: its number (and unit) in large type. */
  function scalarSvg(d) {
    const text = fmt(d.value, d.digits == null ? 6 : d.digits) + (d.unit ? ' ' + d.unit : '');
    const font = '20px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
    const w = Math.ceil(download.textWidth(text, font)) + 8, h = 32;
    const s = svg('svg', {viewBox: `0 0 ${w} ${h}`, width: w, height: h});
    s.appendChild(svg('text', {x: 4, y: h / 2, 'dominant-baseline': 'central', fill: 'currentColor', 'font-size': 20,
      'font-family': 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace'}, text));
    return s;
  }

  class GbFigure extends window.Glassbox.Element {
    draw(d) {
      if (d.summary) this.appendChild(el('p', 'gb-summary', d.summary));
      const drawKind = RENDERERS[d.kind];
      if (drawKind) drawKind(this, d);
    }

    /** Heatmaps and strips are SVG already; token chips, a single value and a table are drawn as SVG for saving. */
    figureSvg() {
      const d = this.data;
      if (d.kind === 'tokens') return tokensSvg(this, d);
      if (d.kind === 'scalar') return scalarSvg(d);
      if (d.kind === 'table') return download.tableSvg(d.columns, d.rows, d.digits);
      return super.figureSvg();
    }

    /** The numbers table; a matrix names its row column (the table leaves that header empty), a value is one row. */
    numbers() {
      const d = this.data;
      if (d.kind === 'scalar') return {columns: [text('value'), text('unit')], rows: [[d.value, d.unit || '']]};
      const n = super.numbers();
      if (n && d.kind === 'matrix') return {columns: [d.rowAxis || text('row')].concat(n.columns.slice(1)), rows: n.rows};
      return n;
    }
  }

  customElements.define('gb-figure', GbFigure);
})();
