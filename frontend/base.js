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
 */
(function () {
  'use strict';
  if (window.Glassbox) {
    return;
  }
  const SVG_NS = 'http://www.w3.org/2000/svg';

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
      how = 'fixed range';
    } else if (!finite.length) {
      [lo, hi] = [0, 1];
      how = 'no numbers';
    } else {
      const sorted = finite.slice().sort((x, y) => x - y);
      const robust = sorted.length >= ROBUST_FROM;
      lo = robust ? quantile(sorted, 0.02) : sorted[0];
      hi = robust ? quantile(sorted, 0.98) : sorted[sorted.length - 1];
      how = robust ? '2nd to 98th percentile' : 'smallest to largest';
      if (sorted[0] < 0 && sorted[sorted.length - 1] > 0) {
        const m = Math.max(Math.abs(lo), Math.abs(hi));
        [lo, hi] = [-m, m];
        how = robust ? 'symmetric around 0 up to the 2nd/98th percentile' : 'symmetric around 0';
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
    const name = 'Colour: viridis, ' + how + (clipped
      ? '; ' + clipped + (clipped === 1 ? ' value lies beyond it and takes the end colour'
        : ' values lie beyond it and take the end colours')
      : '') + '.';
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
    return t;
  }

  /** The numbers of a figure as a table, folded under "Numbers as a table". */
  function numbersTable(columns, rows, digits, summaryText) {
    const details = el('details', 'gb-numbers');
    details.appendChild(el('summary', null, summaryText || 'Numbers as a table'));
    const wrap = el('div', 'gb-table-wrap');
    wrap.appendChild(table(columns, rows, digits));
    details.appendChild(wrap);
    return details;
  }

  // Characters that draw nothing, by name; other format characters (Unicode category Cf) get their code point.
  const INVISIBLE = {
    0x00AD: 'SHY', 0x034F: 'CGJ', 0x061C: 'ALM', 0x180E: 'MVS', 0x200B: 'ZWSP', 0x200C: 'ZWNJ', 0x200D: 'ZWJ',
    0x200E: 'LRM', 0x200F: 'RLM', 0x202A: 'LRE', 0x202B: 'RLE', 0x202C: 'PDF', 0x202D: 'LRO', 0x202E: 'RLO',
    0x2060: 'WJ', 0x2066: 'LRI', 0x2067: 'RLI', 0x2068: 'FSI', 0x2069: 'PDI', 0xFEFF: 'ZWNBSP'
  };
  const SPOKEN = {
    SHY: 'soft hyphen', CGJ: 'combining grapheme joiner', ZWSP: 'zero-width space', ZWNJ: 'zero-width non-joiner',
    ZWJ: 'zero-width joiner', LRM: 'left-to-right mark', RLM: 'right-to-left mark', WJ: 'word joiner',
    ZWNBSP: 'zero-width no-break space'
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
        names.push(SPOKEN[name] || (name.startsWith('VS') ? 'variation selector ' + name.slice(2) : name));
      } else {
        out += ch;
      }
    }
    return {text: out === '' ? '⟨empty⟩' : out, names: names};
  }

  /**
   * The skeleton of every Glassbox figure element: setting `data` (one compact JSON value from the server) draws
   * the element in one go; so does attaching it. Subclasses implement draw(data), appending to `this`.
   */
  class GlassboxElement extends HTMLElement {
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
      this.draw(d);
    }

    draw() {
    }
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

  window.Glassbox = {
    Element: GlassboxElement, el: el, svg: svg, number: number, viridis: viridis, VIRIDIS: VIRIDIS, inkFor: inkFor,
    scale: scale, legend: legend, table: table, numbersTable: numbersTable, visible: visible,
    scheme: {current: currentScheme, toggle: toggleScheme, apply: applyScheme}
  };
})();
