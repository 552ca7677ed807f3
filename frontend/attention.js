/*
 * <gb-attention>: two views of a transformer's attention, drawn in one go from one compact JSON property `data`.
 *   mode "lines": query tokens on the left, key tokens on the right, one line per pair, its width and opacity the
 *                 attention weight (like BertViz's head view); clicking a query token selects it (event gb-query).
 *   mode "model": every layer × head as a small heatmap thumbnail; clicking one opens it (event gb-head).
 * Weights arrive as whole numbers 0–1000 (thousandths). Learner text is written with textContent only.
 */
(function () {
  'use strict';
  if (customElements.get('gb-attention')) {
    return;
  }
  const {el, svg, number, viridis, visible, download} = window.Glassbox;

  /** The server's wording `d.text[name]` (in the page's language), each {key} replaced by values[key]. */
  function say(d, name, values) {
    const template = (d.text && d.text[name]) || name;
    return template.replace(/\{(\w+)\}/g, (all, key) => (key in (values || {}) ? String(values[key]) : all));
  }

  function lines(host, d) {
    const n = d.tokens.length;
    const row = 22, width = 520, left = 150, right = width - 150;
    const box = svg('svg', {viewBox: `0 0 ${width} ${n * row + 30}`, width: width, height: n * row + 30,
      role: 'img', class: 'gb-lines', 'aria-label': d.summary});
    const heading = (x, anchor, text) => {
      box.appendChild(svg('text', {x: x, y: 12, 'text-anchor': anchor, class: 'gb-lines-head'}, text));
    };
    heading(left - 8, 'end', say(d, 'query'));
    heading(right + 8, 'start', say(d, 'key'));
    const y = i => 30 + i * row + row / 2;
    const layerOfLines = svg('g', {});
    box.appendChild(layerOfLines);
    for (let i = 0; i < n; i++) {
      const selected = d.query === i;
      for (let j = 0; j < n; j++) {
        const w = d.weights[i][j] / 1000;
        if (w < 0.01) continue;
        const line = svg('line', {x1: left, y1: y(i), x2: right, y2: y(j),
          stroke: selected ? 'var(--lumo-primary-color)' : 'var(--lumo-contrast-60pct)',
          'stroke-width': (selected ? 1 : 0.6) + 6 * w, 'stroke-opacity': selected ? Math.max(0.15, w) : 0.06 + 0.35 * w});
        layerOfLines.appendChild(line);
      }
    }
    for (let i = 0; i < n; i++) {
      const q = svg('text', {x: left - 8, y: y(i), 'text-anchor': 'end', 'dominant-baseline': 'central',
        class: 'gb-lines-token gb-lines-query' + (d.query === i ? ' gb-selected' : ''), tabindex: 0, role: 'button'});
      q.textContent = visible(d.tokens[i], true).text;
      const choose = () => host.dispatchEvent(new CustomEvent('gb-query', {detail: {index: i}}));
      q.addEventListener('click', choose);
      q.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(); } });
      box.appendChild(q);
      const k = svg('text', {x: right + 8, y: y(i), 'dominant-baseline': 'central', class: 'gb-lines-token'});
      k.textContent = visible(d.tokens[i], true).text + (d.query != null && d.query >= 0 ? '  ' + number(d.weights[d.query][i] / 1000, 3) : '');
      box.appendChild(k);
    }
    const wrap = el('div', 'gb-scroll');
    wrap.appendChild(box);
    host.appendChild(wrap);
  }

  function model(host, d) {
    const n = d.tokens.length;
    const size = 72;
    const grid = el('div', 'gb-model-grid');
    grid.setAttribute('role', 'group');
    grid.setAttribute('aria-label', d.summary);
    grid.appendChild(el('span', 'gb-model-corner', ''));
    for (let h = 0; h < d.heads; h++) grid.appendChild(el('span', 'gb-model-label', say(d, 'headLabel', {h: h})));
    for (let l = 0; l < d.layers; l++) {
      grid.appendChild(el('span', 'gb-model-label', say(d, 'layerLabel', {l: l})));
      for (let h = 0; h < d.heads; h++) {
        const b = el('button', 'gb-thumb' + (l === d.layer && h === d.head ? ' gb-selected' : ''));
        b.type = 'button';
        b.id = 'thumb-' + l + '-' + h;
        b.setAttribute('aria-label', say(d, 'thumb', {l: l, h: h}));
        b.title = say(d, 'thumb', {l: l, h: h});
        const c = document.createElement('canvas');
        c.width = size;
        c.height = size;
        const g = c.getContext('2d');
        const cell = size / n;
        const w = d.all[l * d.heads + h];
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            g.fillStyle = viridis(w[i * n + j] / 1000);
            g.fillRect(j * cell, i * cell, Math.ceil(cell), Math.ceil(cell));
          }
        }
        b.appendChild(c);
        b.addEventListener('click', () => host.dispatchEvent(new CustomEvent('gb-head', {detail: {layer: l, head: h}})));
        grid.appendChild(b);
      }
    }
    const wrap = el('div', 'gb-scroll');
    wrap.appendChild(grid);
    host.appendChild(wrap);
  }

  /**
   * The all-heads grid as SVG (on the page it is a grid of buttons holding canvases): the same labels, and each
   * thumbnail as the PNG its canvas holds, the head shown in the lesson outlined.
   */
  function modelSvg(host, d) {
    const size = 72, gap = 4, left = 56, top = 18;
    const width = left + d.heads * (size + gap), height = top + d.layers * (size + gap);
    const s = svg('svg', {viewBox: `0 0 ${width} ${height}`, width: width, height: height, 'font-size': 11});
    for (let h = 0; h < d.heads; h++) {
      s.appendChild(svg('text', {x: left + h * (size + gap) + size / 2, y: 12, 'text-anchor': 'middle',
        fill: 'currentColor'}, say(d, 'headLabel', {h: h})));
    }
    for (let l = 0; l < d.layers; l++) {
      const y = top + l * (size + gap);
      s.appendChild(svg('text', {x: left - 6, y: y + size / 2, 'text-anchor': 'end', 'dominant-baseline': 'central',
        fill: 'currentColor'}, say(d, 'layerLabel', {l: l})));
      for (let h = 0; h < d.heads; h++) {
        const x = left + h * (size + gap);
        const canvas = host.querySelector('#thumb-' + l + '-' + h + ' canvas');
        if (canvas) {
          const image = svg('image', {x: x, y: y, width: size, height: size, preserveAspectRatio: 'none'});
          image.setAttribute('href', canvas.toDataURL('image/png'));
          s.appendChild(image);
        }
        if (l === d.layer && h === d.head) {
          s.appendChild(svg('rect', {x: x - 1.5, y: y - 1.5, width: size + 3, height: size + 3, fill: 'none',
            stroke: 'currentColor', 'stroke-width': 3}));
        }
      }
    }
    return s;
  }

  class GbAttention extends window.Glassbox.Element {
    draw(d) {
      if (d.summary) this.appendChild(el('p', 'gb-summary', d.summary));
      if (d.mode === 'model') model(this, d); else lines(this, d);
    }

    figureSvg() {
      return this.data.mode === 'model' ? modelSvg(this, this.data) : super.figureSvg();
    }

    hasNumbers() {
      return true;
    }

    /**
     * The weights drawn (in thousandths on the page, written here as fractions): one row per query token with one
     * column per key token; for all heads, one row per layer, head and query token.
     */
    numbers() {
      const d = this.data, n = d.tokens.length;
      const keys = d.tokens.map((t, j) => say(d, 'keyColumn', {j: j, token: visible(t, true).text}));
      const query = i => visible(d.tokens[i], true).text;
      if (d.mode !== 'model') {
        return {columns: [say(d, 'query')].concat(keys), rows: d.weights.map((row, i) => [query(i)].concat(row.map(w => w / 1000)))};
      }
      const rows = [];
      for (let l = 0; l < d.layers; l++) {
        for (let h = 0; h < d.heads; h++) {
          const w = d.all[l * d.heads + h];
          for (let i = 0; i < n; i++) rows.push([l, h, query(i)].concat(w.slice(i * n, (i + 1) * n).map(v => v / 1000)));
        }
      }
      return {columns: [say(d, 'layer'), say(d, 'head'), say(d, 'query')].concat(keys), rows: rows};
    }
  }
  customElements.define('gb-attention', GbAttention);
})();
