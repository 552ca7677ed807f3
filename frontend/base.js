/*
 * Glassbox's browser base module, loaded first on every page (in the page head, before the first paint, and as the
 * frame's dependency). It holds what every figure shares, so that each element file keeps only its drawing:
 *   Glassbox.Element     the custom-element skeleton: a `data` property, connectedCallback, render() → draw()
 *   Glassbox.el / svg    DOM and SVG element helpers (text always via textContent, never as HTML)
 *   Glassbox.number      the one number formatter, identical to the server's Summaries.number
 *   Glassbox.scale       the one colour scale (viridis), robust to outliers and named on the figure
 *   Glassbox.numbersTable the numbers of a figure as a table (column and row headers marked)
 *   Glassbox.visible     white space and invisible characters made visible in token text
 *   Glassbox.scheme      the light/dark choice: remembered across reloads, and ?theme=dark|light in a link
 *   Glassbox.download    every figure's Download menu: the picture as a standalone SVG and as a PNG (2×), and its
 *                        numbers as CSV; an element whose picture is HTML gives an SVG drawing of it (figureSvg);
 *                        <gb-picture> gives a picture the server draws the same menu
 */
(function () {
  'use strict';
  if (window.Glassbox) {
    return;
  }
  const SVG_NS = 'http://www.w3.org/2000/svg';

  let texts = null;

  /**
   * A sentence of the browser code in the page's language: section `name` of lessons/browser/text.md (the server
   * writes the page language's sections into the page as JSON, #gb-text), its {{placeholders}} filled from `values`.
   */
  function say(name, values) {
    if (!texts) {
      const node = document.getElementById('gb-text');
      try {
        texts = node ? JSON.parse(node.textContent) : {};
      } catch (e) {
        texts = {};
      }
    }
    const raw = texts[name];
    if (raw == null) return name;
    return raw.replace(/\{\{([A-Za-z][A-Za-z0-9]*)}}/g, (m, k) => (values && values[k] != null ? String(values[k]) : m));
  }

  /** An HTML element with an optional class and text. */
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  /** An SVG element with attributes and optional text. */
  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG_NS, tag);
    for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text != null) e.textContent = text;
    return e;
  }

  /**
   * A number as Glassbox writes it everywhere (the server's Summaries.number writes the same text): whole numbers
   * below 10⁹ as they are; otherwise `digits` decimals (4 unless given), or, below 10^−digits and from 10⁶ on,
   * scientific notation with digits − 1 decimals and a two-digit exponent (1.235e+06). Rounds the exact value,
   * halves away from zero. Anything that is not a number is written as text.
   */
  function number(v, digits) {
    const text = exactNumber(v, digits);
    // The page's language decides the decimal separator (Spanish writes 0,25), as the server's Summaries.number does.
    return typeof v === 'number' && (document.documentElement.lang || '').toLowerCase().startsWith('es')
      ? text.replace('.', ',') : text;
  }

  function exactNumber(v, digits) {
    if (typeof v !== 'number') return String(v);
    if (Number.isNaN(v)) return 'NaN';
    if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
    if (Number.isInteger(v) && Math.abs(v) < 1e9) return String(v === 0 ? 0 : v);
    const d = digits == null ? 4 : digits;
    const a = Math.abs(v);
    if (a !== 0 && (a < Math.pow(10, -d) || a >= 1e6)) {
      const [mantissa, exponent] = v.toExponential(Math.max(1, d - 1)).split('e');
      const sign = exponent[0] === '-' ? '-' : '+';
      const digitsOnly = exponent.replace(/^[+-]/, '');
      return mantissa + 'e' + sign + (digitsOnly.length < 2 ? '0' + digitsOnly : digitsOnly);
    }
    return v.toFixed(d);
  }

  // Viridis, 9 stops (matplotlib's _viridis_data sampled evenly): readable by colour-blind learners, and from
  // dark to light, so that order survives printing in grey.
  const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];
  const STOPS = VIRIDIS.map(h => [1, 3, 5].map(i => parseInt(h.slice(i, i + 2), 16)));

  /** The viridis colour at t ∈ [0, 1] (clamped). */
  function viridis(t) {
    if (!(t >= 0)) t = 0;
    if (t > 1) t = 1;
    const x = t * (STOPS.length - 1);
    const i = Math.min(Math.floor(x), STOPS.length - 2);
    const f = x - i;
    const a = STOPS[i], b = STOPS[i + 1];
    return 'rgb(' + [0, 1, 2].map(k => Math.round(a[k] + (b[k] - a[k]) * f)).join(',') + ')';
  }

  /** Dark ink on the light end of viridis, white on the dark end. */
  function inkFor(t) {
    return t > 0.55 ? '#111' : '#fff';
  }

  /** The value at quantile q of sorted numbers (nearest rank). */
  function quantile(sorted, q) {
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
  }

  /** From this many numbers on, the automatic scale clips at the 2nd and 98th percentile. */
  const ROBUST_FROM = 100;

  /**
   * The colour scale of a figure's numbers: viridis from lo to hi. With `fixed` ([lo, hi]) the scale is exactly
   * that; otherwise, with many numbers, it spans the 2nd to 98th percentile so that one extreme value cannot make
   * the whole map one colour, and when the numbers have both signs it is symmetric around 0 (0 in the middle).
   * Numbers outside [lo, hi] take the end colours; `clipped` counts them, and `name` says all this in words.
   */
  function scale(values, fixed) {
    const finite = values.filter(v => Number.isFinite(v));
    let lo, hi, how;
    if (fixed) {
      [lo, hi] = fixed;
      how = say('scale-fixed');
    } else if (!finite.length) {
      [lo, hi] = [0, 1];
      how = say('scale-none');
    } else {
      const sorted = finite.slice().sort((x, y) => x - y);
      const robust = sorted.length >= ROBUST_FROM;
      lo = robust ? quantile(sorted, 0.02) : sorted[0];
      hi = robust ? quantile(sorted, 0.98) : sorted[sorted.length - 1];
      how = robust ? say('scale-percentiles') : say('scale-all');
      if (sorted[0] < 0 && sorted[sorted.length - 1] > 0) {
        const m = Math.max(Math.abs(lo), Math.abs(hi));
        [lo, hi] = [-m, m];
        how = robust ? say('scale-symmetric-percentiles') : say('scale-symmetric');
      }
      if (lo === hi) {
        lo -= 1;
        hi += 1;
      }
    }
    // Rounding noise (a cosine of 1.0000000000000002) is not a value beyond the scale.
    const slack = 1e-9 * (hi - lo);
    let below = 0, above = 0;
    for (const v of finite) {
      if (v < lo - slack) below++;
      else if (v > hi + slack) above++;
    }
    const t = v => (v - lo) / (hi - lo);
    const clipped = below + above;
    const name = clipped === 0 ? say('scale-name', {how: how})
      : say(clipped === 1 ? 'scale-name-clipped-one' : 'scale-name-clipped', {how: how, n: clipped});
    return {lo: lo, hi: hi, below: below, above: above, clipped: clipped, name: name, t: t,
      colour: v => viridis(t(v)), ink: v => inkFor(t(v))};
  }

  /** The legend of a scale: its range as a colour bar, ends marked ≤ / ≥ when values were clipped, and its name. */
  function legend(sc, digits) {
    const box = el('div', 'gb-legend');
    box.appendChild(el('span', null, (sc.below ? '≤ ' : '') + number(sc.lo, digits)));
    const bar = el('span', 'gb-legend-bar');
    bar.style.background = 'linear-gradient(to right,' + VIRIDIS.join(',') + ')';
    bar.setAttribute('aria-hidden', 'true');
    box.appendChild(bar);
    box.appendChild(el('span', null, (sc.above ? '≥ ' : '') + number(sc.hi, digits)));
    box.appendChild(el('span', 'gb-legend-name', sc.name));
    box._gbScale = {scale: sc, digits: digits};
    return box;
  }

  /**
   * A table of numbers: `columns` head the columns; a row whose first cell is text gets it as its row header
   * (th scope=row). Numbers go through number(v, digits).
   */
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
        const header = i === 0 && typeof c === 'string';
        const cell = el(header ? 'th' : 'td', typeof c === 'number' ? 'gb-num' : null, number(c, digits));
        if (header) cell.scope = 'row';
        tr.appendChild(cell);
      });
      tbody.appendChild(tr);
    });
    t.appendChild(tbody);
    t._gbNumbers = {columns: columns, rows: rows};
    return t;
  }

  /** From this many cells on, a folded numbers table is built when it is first opened, not with the figure. */
  const LAZY_CELLS = 5000;

  /**
   * The numbers of a figure as a table, folded under "Numbers as a table". A large table (a 32 × 384 map is 12,288
   * cells) is built on first opening: folded, it is hidden from every reader anyway, and tens of thousands of cells
   * would slow every page (and every screen reader's view of it) that never opens it. Its numbers are on the fold
   * from the start, for the CSV download.
   */
  function numbersTable(columns, rows, digits, summaryText) {
    const details = el('details', 'gb-numbers');
    details.appendChild(el('summary', null, summaryText || say('numbers-table')));
    const wrap = el('div', 'gb-table-wrap');
    details.appendChild(wrap);
    details._gbNumbers = {columns: columns, rows: rows};
    const build = () => {
      if (!wrap.firstChild) wrap.appendChild(table(columns, rows, digits));
    };
    if (rows.length * columns.length < LAZY_CELLS) build();
    else details.addEventListener('toggle', () => { if (details.open) build(); });
    return details;
  }

  // Characters that draw nothing, by name; other format characters (Unicode category Cf) get their code point.
  const INVISIBLE = {
    0x00AD: 'SHY', 0x034F: 'CGJ', 0x061C: 'ALM', 0x180E: 'MVS', 0x200B: 'ZWSP', 0x200C: 'ZWNJ', 0x200D: 'ZWJ',
    0x200E: 'LRM', 0x200F: 'RLM', 0x202A: 'LRE', 0x202B: 'RLE', 0x202C: 'PDF', 0x202D: 'LRO', 0x202E: 'RLO',
    0x2060: 'WJ', 0x2066: 'LRI', 0x2067: 'RLI', 0x2068: 'FSI', 0x2069: 'PDI', 0xFEFF: 'ZWNBSP'
  };
  const SPOKEN = {
    SHY: 'char-shy', CGJ: 'char-cgj', ZWSP: 'char-zwsp', ZWNJ: 'char-zwnj', ZWJ: 'char-zwj', LRM: 'char-lrm',
    RLM: 'char-rlm', WJ: 'char-wj', ZWNBSP: 'char-zwnbsp'
  };

  function invisibleName(cp) {
    if (INVISIBLE[cp]) return INVISIBLE[cp];
    if (cp >= 0xFE00 && cp <= 0xFE0F) return 'VS' + (cp - 0xFE00 + 1);
    if (cp >= 0xE0100 && cp <= 0xE01EF) return 'VS' + (cp - 0xE0100 + 17);
    if (/\p{Cf}/u.test(String.fromCodePoint(cp))) return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
    return null;
  }

  /**
   * Token text with nothing left invisible: space as ·, tab as →, newline as ↵, carriage return as ␍, and every
   * character that draws nothing (zero-width joiner, variation selector, …) as its short name in ⟨ ⟩.
   * With `keepSpaces` (for labels that are phrases), white space stays as it is.
   * Returns {text, names}: the visible text and the spoken names of the invisible characters it labelled.
   */
  function visible(text, keepSpaces) {
    let out = '';
    const names = [];
    for (const ch of String(text)) {
      const cp = ch.codePointAt(0);
      const simple = keepSpaces ? null : {' ': '·', '\t': '→', '\n': '↵', '\r': '␍'}[ch];
      if (simple) {
        out += simple;
        continue;
      }
      const name = invisibleName(cp);
      if (name) {
        out += '⟨' + name + '⟩';
        names.push(SPOKEN[name] ? say(SPOKEN[name])
          : name.startsWith('VS') ? say('char-vs', {n: name.slice(2)}) : name);
      } else {
        out += ch;
      }
    }
    return {text: out === '' ? '⟨' + say('empty') + '⟩' : out, names: names};
  }

  /**
   * The skeleton of every Glassbox figure element: setting `data` (one compact JSON value from the server, sent as
   * its text) draws the element in one go; so does attaching it. Subclasses implement draw(data), appending to `this`.
   */
  class GlassboxElement extends HTMLElement {
    set data(d) {
      this._data = typeof d === 'string' ? JSON.parse(d) : d;
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
      // A figure is announced as one, named by its summary sentence (its picture and numbers table follow inside).
      if (!this.hasAttribute('role')) this.setAttribute('role', 'figure');
      if (d.summary) this.setAttribute('aria-label', d.summary);
      this.draw(d);
      this.appendChild(downloadControl(this));
    }

    draw() {
    }

    /**
     * The picture to download as SVG: by default the figure's own <svg>. An element whose picture is HTML returns
     * an SVG drawing of the same thing (it may be detached; it is then laid out off-screen while it is written).
     */
    figureSvg() {
      return [...this.querySelectorAll('svg')].find(s => !s.closest('.gb-download')) || null;
    }

    /** The figure's numbers for the CSV: by default its numbers table ({columns, rows}), else null. */
    numbers() {
      const t = [...this.querySelectorAll('table.gb-table, details.gb-numbers')].find(x => x._gbNumbers);
      return t ? t._gbNumbers : null;
    }

    /** Whether the figure has numbers for a CSV (cheap; numbers() itself may build a large table). */
    hasNumbers() {
      return this.numbers() != null;
    }

    /** Keys drawn under the downloaded picture: [{text, fill, stroke, opacity, shape: 'rect'|'circle'|'line'}]. */
    keyItems() {
      return [];
    }

    /** The figure's title: its one-sentence summary. */
    figureTitle() {
      return (this._data && this._data.summary) || this.getAttribute('aria-label') || this.localName;
    }
  }


  // --- downloads: SVG, PNG and CSV of every figure -----------------------------------------------------------
  const XLINK_NS = 'http://www.w3.org/1999/xlink';
  // SVG properties that are inherited: written on an element only where they differ from its parent's.
  const INHERITED = ['fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
    'stroke-linecap', 'stroke-linejoin', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
    'dominant-baseline', 'visibility', 'white-space'];
  // Parts of a drawing that are never drawn themselves, only referred to: always kept.
  const REFERRED = new Set(['defs', 'clipPath', 'pattern', 'linearGradient', 'radialGradient', 'stop', 'mask', 'marker',
    'symbol', 'title', 'desc']);
  const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

  /** A colour (a CSS value, e.g. var(--lumo-base-color)) as the browser computes it, e.g. rgb(255, 255, 255). */
  function resolveColour(value, fallback) {
    const probe = el('span');
    probe.style.color = value;
    probe.style.display = 'none';
    document.body.appendChild(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c || fallback;
  }

  /** The page's background and text colours in the current light or dark scheme. */
  function pageColours(host) {
    const style = getComputedStyle(host);
    return {
      background: resolveColour('var(--lumo-base-color, #fff)', '#fff'),
      text: style.color || '#111',
      secondary: resolveColour('var(--lumo-secondary-text-color, #555)', '#555'),
      font: style.fontFamily || 'sans-serif'
    };
  }

  let measurer = null;

  /** The width of `text` in pixels, in `font` (a CSS font shorthand). */
  function textWidth(text, font) {
    measurer = measurer || document.createElement('canvas').getContext('2d');
    measurer.font = font || FONT;
    return measurer.measureText(String(text)).width;
  }

  /** `text` broken into lines at most `width` pixels wide. */
  function wrap(text, width, font) {
    const lines = [];
    let line = '';
    String(text).split(/\s+/).forEach(word => {
      const next = line ? line + ' ' + word : word;
      if (line && textWidth(next, font) > width) {
        lines.push(line);
        line = word;
      } else {
        line = next;
      }
    });
    if (line) lines.push(line);
    return lines;
  }

  /** The size of an <svg> in its own units: its viewBox, else its width and height, else its box on the page. */
  function svgSize(s) {
    const vb = s.viewBox && s.viewBox.baseVal;
    if (vb && vb.width > 0 && vb.height > 0) return {w: vb.width, h: vb.height, vb: vb};
    const w = parseFloat(s.getAttribute('width')), h = parseFloat(s.getAttribute('height'));
    if (w > 0 && h > 0) return {w: w, h: h};
    const r = s.getBoundingClientRect();
    return {w: Math.max(1, Math.ceil(r.width)), h: Math.max(1, Math.ceil(r.height))};
  }

  /**
   * A copy of the live element `live` with every style the page's CSS gave it written inline (colours resolved, so
   * no variable or class of the page is needed), elements that are not drawn left out, and page-only attributes
   * (tabindex, data-*, classes) removed.
   */
  function inlined(live, copy, parentStyle) {
    const cs = getComputedStyle(live);
    const decl = [];
    INHERITED.forEach(p => {
      const v = cs.getPropertyValue(p);
      if (v && (!parentStyle || parentStyle[p] !== v)) decl.push(p + ':' + v);
    });
    const opacity = cs.getPropertyValue('opacity');
    if (opacity && opacity !== '1') decl.push('opacity:' + opacity);
    [...copy.attributes].forEach(a => {
      if (a.name === 'tabindex' || a.name === 'class' || a.name === 'style' || a.name.startsWith('data-')
        || a.value.indexOf('var(') >= 0) {
        copy.removeAttribute(a.name);
      }
    });
    if (decl.length) copy.setAttribute('style', decl.join(';'));
    const mine = {};
    INHERITED.forEach(p => { mine[p] = cs.getPropertyValue(p); });
    const liveKids = [...live.children], copyKids = [...copy.children];
    liveKids.forEach((k, i) => {
      const c = copyKids[i];
      const dropped = !REFERRED.has(k.localName) && getComputedStyle(k).display === 'none';
      if (dropped || k.classList.contains('gb-cursor')) {
        c.remove();
      } else {
        inlined(k, c, mine);
      }
    });
  }

  /** The keys under a downloaded picture: the colour scale (gradient, ends, name) and the element's own keys. */
  function footer(host, width, colours) {
    const g = svg('g', {});
    let y = 0;
    const font = '12px ' + colours.font;
    const text = (x, t, attrs) => g.appendChild(svg('text', Object.assign({x: x, y: y, 'font-size': 12,
      'font-family': colours.font, fill: colours.secondary}, attrs || {}), t));
    const legendBox = host.querySelector('.gb-legend');
    const sc = legendBox && legendBox._gbScale;
    if (sc) {
      y += 18;
      const id = 'gbgrad' + Math.random().toString(36).slice(2);
      const grad = svg('linearGradient', {id: id, x1: 0, x2: 1, y1: 0, y2: 0});
      VIRIDIS.forEach((c, i) => grad.appendChild(svg('stop', {offset: (i / (VIRIDIS.length - 1)).toFixed(3), 'stop-color': c})));
      const defs = svg('defs', {});
      defs.appendChild(grad);
      g.appendChild(defs);
      const lo = (sc.scale.below ? '≤ ' : '') + number(sc.scale.lo, sc.digits);
      const hi = (sc.scale.above ? '≥ ' : '') + number(sc.scale.hi, sc.digits);
      const loW = textWidth(lo, font);
      text(0, lo);
      g.appendChild(svg('rect', {x: loW + 6, y: y - 10, width: 128, height: 10, fill: `url(#${id})`}));
      text(loW + 140, hi);
      wrap(sc.scale.name, width, font).forEach(line => {
        y += 16;
        text(0, line);
      });
    }
    host.keyItems().forEach(k => {
      y += 18;
      const shape = k.shape === 'circle' ? svg('circle', {cx: 7, cy: y - 4, r: 5})
        : k.shape === 'line' ? svg('line', {x1: 0, x2: 14, y1: y - 4, y2: y - 4})
          : svg('rect', {x: 0, y: y - 10, width: 14, height: 10});
      shape.setAttribute('fill', k.fill || 'none');
      shape.setAttribute('stroke', k.stroke || 'none');
      shape.setAttribute('stroke-width', k.shape === 'line' ? 2.5 : 1.5);
      if (k.opacity != null && k.opacity !== '1') shape.setAttribute('opacity', k.opacity);
      g.appendChild(shape);
      text(20, k.text, {fill: colours.text});
    });
    return {g: g, height: y ? y + 8 : 0};
  }

  /**
   * The figure as a standalone SVG document: xmlns, explicit width, height and viewBox, a <title> and <desc> (its
   * summary), the page's background, every style inlined, and the scale and keys drawn under the picture.
   * Returns {text, width, height, background}.
   */
  function standaloneSvg(host) {
    let live = host.figureSvg();
    if (!live) throw new Error(say('download-no-picture'));
    let parking = null;
    if (!live.isConnected) {
      // Styles are only computed for elements in the page: lay the drawing out off-screen, inside the figure.
      parking = el('div');
      parking.setAttribute('aria-hidden', 'true');
      parking.style.cssText = 'position:absolute;left:-100000px;top:0;width:auto;height:auto;overflow:hidden';
      parking.appendChild(live);
      host.appendChild(parking);
    }
    try {
      const colours = pageColours(host);
      const size = svgSize(live);
      const copy = live.cloneNode(true);
      inlined(live, copy, null);
      copy.setAttribute('x', 0);
      copy.setAttribute('y', 0);
      copy.setAttribute('width', size.w);
      copy.setAttribute('height', size.h);
      if (!size.vb) copy.setAttribute('viewBox', `0 0 ${size.w} ${size.h}`);
      ['role', 'aria-label', 'preserveAspectRatio'].forEach(a => copy.removeAttribute(a));
      const pad = 8;
      const width = Math.ceil(Math.max(size.w, 320) + 2 * pad);
      const foot = footer(host, width - 2 * pad, colours);
      const height = Math.ceil(size.h + foot.height + 2 * pad);
      const out = document.createElementNS(SVG_NS, 'svg');
      out.setAttribute('xmlns', SVG_NS);
      out.setAttribute('xmlns:xlink', XLINK_NS);
      out.setAttribute('version', '1.1');
      out.setAttribute('width', width);
      out.setAttribute('height', height);
      out.setAttribute('viewBox', `0 0 ${width} ${height}`);
      out.setAttribute('role', 'img');
      const title = host.figureTitle();
      out.appendChild(svg('title', {}, title));
      out.appendChild(svg('desc', {}, say('download-drawn-by', {link: location.origin + location.pathname + location.search})));
      out.appendChild(svg('rect', {x: 0, y: 0, width: width, height: height, fill: colours.background}));
      const body = svg('g', {transform: `translate(${pad} ${pad})`,
        style: 'font-family:' + colours.font + ';color:' + colours.text});
      body.appendChild(copy);
      foot.g.setAttribute('transform', `translate(0 ${size.h})`);
      body.appendChild(foot.g);
      out.appendChild(body);
      const text = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(out) + '\n';
      return {text: text, width: width, height: height, background: colours.background};
    } finally {
      if (parking) parking.remove();
    }
  }

  /** The figure as a PNG blob, drawn from its SVG at `ratio` (2) times its size on the page's background. */
  function pngBlob(picture, ratio) {
    return new Promise((resolve, reject) => {
      const url = URL.createObjectURL(new Blob([picture.text], {type: 'image/svg+xml;charset=utf-8'}));
      const img = new Image();
      img.onload = () => {
        try {
          const canvas = document.createElement('canvas');
          canvas.width = Math.round(picture.width * ratio);
          canvas.height = Math.round(picture.height * ratio);
          const g = canvas.getContext('2d');
          g.fillStyle = picture.background;
          g.fillRect(0, 0, canvas.width, canvas.height);
          g.drawImage(img, 0, 0, canvas.width, canvas.height);
          canvas.toBlob(b => (b ? resolve(b) : reject(new Error(say('download-png-failed')))), 'image/png');
        } catch (e) {
          reject(e);
        } finally {
          URL.revokeObjectURL(url);
        }
      };
      img.onerror = () => {
        URL.revokeObjectURL(url);
        reject(new Error(say('download-svg-failed')));
      };
      img.src = url;
    });
  }

  /** One CSV cell (RFC 4180): numbers at full precision, text quoted when it holds a comma, quote or line break. */
  function csvCell(v) {
    if (v == null) return '';
    if (typeof v === 'number') return String(v);
    const s = String(v);
    return s === '' || /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  /** A table as CSV text: a header row, then one line per row, each ending in CRLF. */
  function csv(columns, rows) {
    return [columns].concat(rows).map(r => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }

  /** A file name from the page and the figure: glassbox-<page>-<figure id, or its section's id, or its summary>. */
  function fileName(host, extension) {
    const slug = t => String(t).toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    const page = slug(location.pathname) || 'home';
    let name = host.id;
    if (!name) {
      const owner = host.parentElement && host.parentElement.closest('[id]:not(html):not(body)');
      if (owner && slug(owner.id)) {
        const same = [...owner.querySelectorAll(host.localName)];
        name = owner.id + (same.length > 1 ? '-' + (same.indexOf(host) + 1) : '');
      } else {
        name = host.figureTitle().split(/\s+/).slice(0, 6).join(' ');
      }
    }
    return ('glassbox-' + page + '-' + (slug(name) || host.localName)).slice(0, 80).replace(/-+$/, '') + '.' + extension;
  }

  /** Offers `blob` to the learner as a file called `name` (a blob URL: nothing leaves the browser). */
  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = el('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  /** Writes the figure in one format and offers it as a file; returns a promise of the file name. */
  function download(host, format) {
    if (format === 'csv') {
      const n = host.numbers();
      if (!n) return Promise.reject(new Error(say('download-no-numbers')));
      const name = fileName(host, 'csv');
      save(new Blob([csv(n.columns, n.rows)], {type: 'text/csv;charset=utf-8'}), name);
      return Promise.resolve(name);
    }
    let picture;
    try {
      picture = standaloneSvg(host);
    } catch (e) {
      return Promise.reject(e);
    }
    if (format === 'svg') {
      const name = fileName(host, 'svg');
      save(new Blob([picture.text], {type: 'image/svg+xml;charset=utf-8'}), name);
      return Promise.resolve(name);
    }
    return pngBlob(picture, 2).then(blob => {
      const name = fileName(host, 'png');
      save(blob, name);
      return name;
    });
  }

  /** The Download menu under every figure: a disclosure (keyboard and screen-reader friendly) with three buttons. */
  function downloadControl(host) {
    const box = el('details', 'gb-download');
    const summary = el('summary', null, say('download'));
    summary.title = say('download-tooltip');
    box.appendChild(summary);
    const menu = el('div', 'gb-download-menu');
    menu.setAttribute('role', 'group');
    menu.setAttribute('aria-label', say('download-label'));
    const status = el('span', 'gb-download-status');
    status.setAttribute('role', 'status');
    [['svg', say('download-svg')], ['png', say('download-png')], ['csv', say('download-csv')]].forEach(([format, label]) => {
      if (format === 'csv' && !host.hasNumbers()) return;
      const b = el('button', 'gb-download-' + format, label);
      b.type = 'button';
      b.addEventListener('click', () => {
        status.textContent = '';
        download(host, format).then(
          name => { status.textContent = say('download-saved', {name: name}); },
          e => { status.textContent = say('download-failed', {format: format.toUpperCase(), why: e.message}); });
      });
      menu.appendChild(b);
    });
    menu.appendChild(status);
    box.appendChild(menu);
    return box;
  }

  /**
   * A table of text and numbers drawn as SVG (for figures whose picture is an HTML table): column widths fit the
   * longest cell, numbers right-aligned, the header bold.
   */
  function tableSvg(columns, rows, digits) {
    const font = FONT, bold = 'bold ' + FONT;
    const shown = rows.map(r => r.map(c => number(c, digits)));
    const widths = columns.map((c, j) => Math.ceil(Math.max(textWidth(c, bold),
      ...shown.map(r => textWidth(r[j] == null ? '' : r[j], font)))) + 12);
    const rowH = 20, width = widths.reduce((a, b) => a + b, 0) + 1, height = (rows.length + 1) * rowH + 1;
    const s = svg('svg', {viewBox: `0 0 ${width} ${height}`, width: width, height: height, 'font-size': 12});
    const lines = svg('g', {stroke: 'currentColor', 'stroke-opacity': 0.25, 'stroke-width': 1});
    for (let i = 0; i <= rows.length + 1; i++) lines.appendChild(svg('line', {x1: 0, x2: width, y1: i * rowH + 0.5, y2: i * rowH + 0.5}));
    let x = 0;
    const starts = widths.map(w => { const at = x; x += w; return at; });
    starts.concat([width - 1]).forEach(at => lines.appendChild(svg('line', {x1: at + 0.5, x2: at + 0.5, y1: 0, y2: height})));
    s.appendChild(lines);
    const cell = (j, i, t, isNumber, strong) => {
      const attrs = {y: i * rowH + rowH / 2, 'dominant-baseline': 'central', fill: 'currentColor'};
      if (isNumber) Object.assign(attrs, {x: starts[j] + widths[j] - 6, 'text-anchor': 'end'});
      else attrs.x = starts[j] + 6;
      if (strong) attrs['font-weight'] = 'bold';
      s.appendChild(svg('text', attrs, t));
    };
    columns.forEach((c, j) => cell(j, 0, c, false, true));
    rows.forEach((r, i) => r.forEach((c, j) => cell(j, i + 1, shown[i][j], typeof c === 'number', j === 0 && typeof c === 'string')));
    return s;
  }

  // --- light or dark ---------------------------------------------------------------------------------------
  const SCHEME_KEY = 'glassbox.scheme';

  function stored() {
    try {
      return localStorage.getItem(SCHEME_KEY);
    } catch (e) {
      return null;
    }
  }

  function store(value) {
    try {
      localStorage.setItem(SCHEME_KEY, value);
    } catch (e) {
      // private mode: the choice lasts for this page only
    }
  }

  function applyScheme(value) {
    const root = document.documentElement;
    root.setAttribute('theme', value);
    root.style.colorScheme = value;
    showPressed();
  }

  function showPressed() {
    const button = document.getElementById('color-scheme');
    if (button) button.setAttribute('aria-pressed', String(currentScheme() === 'dark'));
  }

  /** The scheme in effect: the one chosen, else the system's. */
  function currentScheme() {
    const chosen = document.documentElement.getAttribute('theme');
    if (chosen === 'dark' || chosen === 'light') return chosen;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  /** Applies ?theme=dark|light from the link (and remembers it), else the remembered choice. */
  function schemeOnLoad() {
    const fromLink = new URLSearchParams(window.location.search).get('theme');
    if (fromLink === 'dark' || fromLink === 'light') {
      store(fromLink);
      applyScheme(fromLink);
      return;
    }
    const remembered = stored();
    if (remembered === 'dark' || remembered === 'light') applyScheme(remembered);
  }

  function toggleScheme() {
    const next = currentScheme() === 'dark' ? 'light' : 'dark';
    store(next);
    applyScheme(next);
  }

  schemeOnLoad();
  // The switch is drawn after this script runs: tell it the scheme once it appears.
  new MutationObserver((records, observer) => {
    if (document.getElementById('color-scheme')) {
      showPressed();
      observer.disconnect();
    }
  }).observe(document.documentElement, {childList: true, subtree: true});

  document.addEventListener('click', e => {
    const target = e.target;
    if (!target || !target.closest) return;
    if (target.closest('#color-scheme')) {
      toggleScheme();
      return;
    }
    if (target.closest('#skip-link')) {
      // Moves focus to the lesson itself: the next Tab reaches its first control (the sentence field).
      e.preventDefault();
      const main = document.querySelector('vaadin-app-layout > :not([slot])');
      if (main) {
        if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
        main.focus();
      }
    }
  });

  // --- boxes that scroll sideways (a wide figure, table or formula on a phone) ------------------------------------
  // A box that scrolls must be reachable with the keyboard, or a keyboard learner cannot read what lies beyond its
  // edge. A box with nothing focusable inside becomes a Tab stop while (and only while) it overflows.
  const SCROLL_BOXES = '.gb-scroll, .gb-table-wrap, .gb-display-formula, math.gb-equation-math, pre.gb-equation, '
    + '.gb-formula, .gb-equation-lines, .gb-py-output, .gb-lesson-code, .gb-step-panel';
  const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"]), vaadin-button, '
    + 'vaadin-text-field, vaadin-select, vaadin-checkbox';

  function markScrollBoxes() {
    for (const box of document.querySelectorAll(SCROLL_BOXES)) {
      const overflows = box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight;
      const marked = box.dataset.gbScrollStop === '1';
      if (overflows && !marked && !box.hasAttribute('tabindex') && !box.querySelector(FOCUSABLE)) {
        box.tabIndex = 0;
        box.dataset.gbScrollStop = '1';
      } else if (!overflows && marked) {
        box.removeAttribute('tabindex');
        delete box.dataset.gbScrollStop;
      }
    }
  }

  let scrollBoxesQueued = false;
  function queueScrollBoxes() {
    if (scrollBoxesQueued) return;
    scrollBoxesQueued = true;
    setTimeout(() => {
      scrollBoxesQueued = false;
      markScrollBoxes();
    }, 150);
  }
  new MutationObserver(queueScrollBoxes).observe(document.documentElement, {childList: true, subtree: true});
  window.addEventListener('resize', queueScrollBoxes);

  /**
   * A figure whose picture the server draws (an <svg> child, e.g. the probability bars): the same Download menu as
   * every figure, added once when it enters the page. Its numbers, if any, are in a numbers table beside it.
   */
  class GlassboxPicture extends GlassboxElement {
    connectedCallback() {
      if (!this.querySelector(':scope > .gb-download')) this.appendChild(downloadControl(this));
    }

    figureTitle() {
      return this.getAttribute('data-title') || this.localName;
    }
  }
  customElements.define('gb-picture', GlassboxPicture);

  window.Glassbox = {
    Element: GlassboxElement, el: el, svg: svg, number: number, say: say, viridis: viridis, VIRIDIS: VIRIDIS, inkFor: inkFor,
    scale: scale, legend: legend, table: table, numbersTable: numbersTable, visible: visible,
    scheme: {current: currentScheme, toggle: toggleScheme, apply: applyScheme},
    download: {svg: standaloneSvg, csv: csv, fileName: fileName, textWidth: textWidth, tableSvg: tableSvg,
      resolveColour: resolveColour, run: download, control: downloadControl}
  };
})();
