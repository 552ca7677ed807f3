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
  const {el, svg, number, viridis, visible} = window.Glassbox;

  function lines(host, d) {
    const n = d.tokens.length;
    const row = 22, width = 520, left = 150, right = width - 150;
    const box = svg('svg', {viewBox: `0 0 ${width} ${n * row + 30}`, width: width, height: n * row + 30,
      role: 'img', class: 'gb-lines', 'aria-label': d.summary || 'attention lines'});
    const heading = (x, anchor, text) => {
      box.appendChild(svg('text', {x: x, y: 12, 'text-anchor': anchor, class: 'gb-lines-head'}, text));
    };
    heading(left - 8, 'end', 'query');
    heading(right + 8, 'start', 'key');
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
    grid.setAttribute('aria-label', d.summary || 'all heads');
    grid.appendChild(el('span', 'gb-model-corner', ''));
    for (let h = 0; h < d.heads; h++) grid.appendChild(el('span', 'gb-model-label', 'head ' + h));
    for (let l = 0; l < d.layers; l++) {
      grid.appendChild(el('span', 'gb-model-label', 'layer ' + l));
      for (let h = 0; h < d.heads; h++) {
        const b = el('button', 'gb-thumb' + (l === d.layer && h === d.head ? ' gb-selected' : ''));
        b.type = 'button';
        b.id = 'thumb-' + l + '-' + h;
        b.setAttribute('aria-label', 'Layer ' + l + ', head ' + h);
        b.title = 'Layer ' + l + ', head ' + h;
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

  class GbAttention extends window.Glassbox.Element {
    draw(d) {
      if (d.summary) this.appendChild(el('p', 'gb-summary', d.summary));
      if (d.mode === 'model') model(this, d); else lines(this, d);
    }
  }
  customElements.define('gb-attention', GbAttention);
})();
