/*
 * <gb-distribution>: one step of writing — every character the model could write next, most likely first, as a bar.
 * Grey: the model's own probability (τ = 1). Coloured: the probability the character is drawn with after
 * temperature, top-k and top-p. A character that may not be drawn is greyed out AND says so in words ("cut by
 * top-k"); the one drawn is outlined and says "drawn". The numbers are also in a table.
 *
 * data = {summary, rows: [{c, id, z, p, t, q, cut, chosen}], text}: c the character, z its logit, p = softmax(z),
 * t = softmax(z / τ), q the renormalised probability (0 when cut), cut "" or the rule's name; text the words the
 * element writes, in the page's language (from the lesson file; "cut-by" holds {rule} where the rule's name goes).
 */
(function () {
  'use strict';
  if (customElements.get('gb-distribution')) {
    return;
  }
  const {el, svg, number, numbersTable, download} = window.Glassbox;

  /** A character as a label: a space as ␣. */
  function label(c) {
    return c === ' ' ? '␣' : c;
  }

  /** A probability in the bars: three decimals, and "< 0.001" rather than a power of ten for the long tail. */
  function prob(v) {
    return v > 0 && v < 0.001 ? '< 0.001' : number(v, 3);
  }

  /** The words of one row: its probabilities, and whether it was cut or drawn. */
  function rowText(r, t) {
    return r.cut
      ? prob(r.p) + ' ' + t['cut-by'].replace('{rule}', r.cut)
      : prob(r.p) + ' → ' + prob(r.q) + (r.chosen ? ' ' + t.drawn : '');
  }

  function bar(cls, share) {
    const b = el('span', cls);
    b.style.width = (Math.max(0, Math.min(1, share)) * 100).toFixed(2) + '%';
    return b;
  }

  class GbDistribution extends window.Glassbox.Element {
    draw(d) {
      const t = d.text;
      if (d.summary) this.appendChild(el('p', 'gb-summary', d.summary));
      const key = el('p', 'gb-dist-key');
      key.appendChild(el('span', 'gb-dist-key-model', t['key-model']));
      key.appendChild(el('span', 'gb-dist-key-drawn', t['key-drawn']));
      this.appendChild(key);
      const list = el('ol', 'gb-dist');
      list.setAttribute('aria-label', d.summary || t.distribution);
      d.rows.forEach(r => {
        const li = el('li', 'gb-dist-row' + (r.cut ? ' gb-dist-cut' : '') + (r.chosen ? ' gb-dist-chosen' : ''));
        li.dataset.id = r.id;
        li.appendChild(el('span', 'gb-dist-char', label(r.c)));
        const track = el('span', 'gb-dist-track');
        track.setAttribute('aria-hidden', 'true');
        track.appendChild(bar('gb-dist-model', r.p));
        if (!r.cut) track.appendChild(bar('gb-dist-drawn', r.q));
        li.appendChild(track);
        const text = rowText(r, t);
        li.appendChild(el('span', 'gb-dist-num', text));
        li.title = '“' + label(r.c) + '” (id ' + r.id + '): ' + text;
        list.appendChild(li);
      });
      this.appendChild(list);
      this.appendChild(numbersTable([t['column-character'], 'id', t['column-logit'], 'softmax(z)', 'softmax(z / τ)',
        t['column-kept'], t['column-drawn-with']],
        d.rows.map(r => [label(r.c), r.id, r.z, r.p, r.t,
          r.cut ? t['cut-by'].replace('{rule}', r.cut).replace(/^✕\s*/, '') : (r.chosen ? t['kept-drawn'] : t.kept), r.q]),
        4, t.table));
    }

    /**
     * The bars as SVG (on the page they are HTML): one row per character, its grey bar (τ = 1) and its coloured bar
     * (drawn with), the same words, the drawn one outlined, the cut ones faded; the page's colours.
     */
    figureSvg() {
      const d = this.data;
      const t = d.text;
      const colour = (selector, property, fallback) => {
        const e = this.querySelector(selector);
        return e ? getComputedStyle(e)[property] : fallback;
      };
      const grey = colour('.gb-dist-model', 'backgroundColor', '#bbb');
      const drawn = colour('.gb-dist-drawn', 'backgroundColor', '#1676f3');
      const track = colour('.gb-dist-track', 'backgroundColor', '#f3f3f3');
      const row = 20, labelW = 28, barW = 260, textX = labelW + barW + 8;
      const texts = d.rows.map(r => rowText(r, t));
      const width = Math.ceil(textX + Math.max(0, ...texts.map(t => download.textWidth(t, '12px monospace'))) + 8);
      const keyH = 22, height = keyH + d.rows.length * row + 2;
      const s = svg('svg', {viewBox: `0 0 ${width} ${height}`, width: width, height: height, 'font-size': 12});
      s.appendChild(svg('rect', {x: 0, y: 4, width: 14, height: 9, fill: grey}));
      s.appendChild(svg('text', {x: 18, y: 13, fill: 'currentColor', 'font-size': 11}, t['key-model-short']));
      s.appendChild(svg('rect', {x: 110, y: 4, width: 14, height: 9, fill: drawn}));
      s.appendChild(svg('text', {x: 128, y: 13, fill: 'currentColor', 'font-size': 11}, t['key-drawn']));
      d.rows.forEach((r, i) => {
        const y = keyH + i * row;
        const g = svg('g', r.cut ? {opacity: 0.55} : {});
        if (r.chosen) {
          g.appendChild(svg('rect', {x: 0.5, y: y + 0.5, width: width - 1, height: row - 1, rx: 3, fill: 'none',
            stroke: drawn, 'stroke-width': 1.5}));
        }
        g.appendChild(svg('text', {x: labelW / 2, y: y + row / 2, 'text-anchor': 'middle', 'dominant-baseline': 'central',
          fill: 'currentColor', 'font-family': 'monospace', 'font-weight': r.cut ? 400 : 700,
          'text-decoration': r.cut ? 'line-through' : 'none'}, label(r.c)));
        g.appendChild(svg('rect', {x: labelW, y: y + 4, width: barW, height: row - 8, fill: track}));
        g.appendChild(svg('rect', {x: labelW, y: y + 4, width: Math.max(0, Math.min(1, r.p)) * barW, height: row - 8, fill: grey}));
        if (!r.cut) {
          g.appendChild(svg('rect', {x: labelW, y: y + 7, width: Math.max(0, Math.min(1, r.q)) * barW, height: row - 14, fill: drawn}));
        }
        g.appendChild(svg('text', {x: textX, y: y + row / 2, 'dominant-baseline': 'central', fill: 'currentColor',
          'font-family': 'monospace', 'font-style': r.cut ? 'italic' : 'normal'}, texts[i]));
        s.appendChild(g);
      });
      return s;
    }
  }

  customElements.define('gb-distribution', GbDistribution);
})();
