/*
 * <gb-objects>: the object inspector. Given a snapshot of a Python run (classes with bases, attributes and
 * methods; instances with their __dict__), draws one SVG diagram — class boxes layered by inheritance, instance
 * boxes below, solid arrows with hollow heads for "inherits from", dashed arrows for "instance of", private
 * (name-mangled) attributes marked with a lock — plus a one-sentence summary and the same facts as a table.
 * Its sentences come from the server in the page's language (property text, set by <gb-python>: sentences by name,
 * with {{placeholders}} filled here). All learner text is written with textContent, never as HTML.
 */
(function () {
  'use strict';
  if (customElements.get('gb-objects')) {
    return;
  }
  const {el, svg} = window.Glassbox;
  const W = 230, LINE = 17, HEAD = 26, PAD = 8, GAP_X = 28, GAP_Y = 56, CHARS = 30;

  /** The sentences of the page's language (every inspector on a page speaks its language). */
  let TEXT = {};

  /** The sentence objects-<key>, its {{placeholders}} filled from values. */
  function t(key, values) {
    const name = 'objects-' + key;
    if (!Object.prototype.hasOwnProperty.call(TEXT, name)) return name;
    return TEXT[name].replace(/\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g,
      (whole, k) => values && Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : whole);
  }

  function clip(text) {
    return text.length > CHARS ? text.slice(0, CHARS - 1) + '…' : text;
  }

  function attributeLine(a) {
    const lock = a.private === 'mangled' ? '⊘ ' : '';
    return { text: lock + a.name + ' = ' + a.value, cls: a.private === 'mangled' ? 'gb-obj-private'
        : (a.private === 'convention' ? 'gb-obj-internal' : ''),
      title: a.private === 'mangled' ? t('mangled-title', { name: a.name, written: a.written, owner: a.owner })
          : a.name + ' = ' + a.value };
  }

  function memberLine(m) {
    let text;
    if (m.kind === 'property') text = t(m.setter ? 'property-settable' : 'property', { name: m.name });
    else if (m.kind === 'classmethod') text = t('classmethod', { name: m.name });
    else if (m.kind === 'staticmethod') text = t('staticmethod', { name: m.name });
    else text = m.name + (m.signature || '()');
    if (m.abstract) text = t('abstract-method', { member: text });
    return { text, cls: m.abstract ? 'gb-obj-abstract' : 'gb-obj-method', title: text };
  }

  function classLines(c) {
    if (!c.user) return [{ text: c.module === 'builtins' ? t('builtin') : t('module', { module: c.module }), cls: 'gb-obj-note', title: '' }];
    const lines = c.attributes.map(attributeLine).concat(c.members.map(memberLine));
    return lines.length ? lines : [{ text: t('class-empty'), cls: 'gb-obj-note', title: '' }];
  }

  function summary(data) {
    const user = data.classes.filter(c => c.user);
    const n = data.instances.length;
    if (!user.length && !n) return t('none');
    const names = list => list.slice(0, 6).join(', ') + (list.length > 6 ? ', …' : '');
    const count = (what, k, list) => t(what + '-' + (k === 0 ? 'zero' : k === 1 ? 'one' : 'other'), { n: k, names: names(list) });
    let s = t('summary', { classes: count('classes', user.length, user.map(c => c.name)),
      objects: count('objects', n, data.instances.map(i => i.names[0])) });
    const abstract = user.filter(c => c.abstract).map(c => c.name);
    if (abstract.length) s += ' ' + t('abstract', { names: abstract.join(', ') });
    const mangled = data.instances.some(i => i.attributes.some(a => a.private === 'mangled'));
    if (mangled) s += ' ' + t('mangled');
    if (data.truncated) s += ' ' + t('truncated', { n: 40 });
    return s;
  }

  function diagram(data) {
    const byKey = new Map(data.classes.map(c => [c.key, c]));
    const depth = new Map();
    const depthOf = c => {
      if (depth.has(c.key)) return depth.get(c.key);
      depth.set(c.key, 0);
      let d = 0;
      for (const b of c.bases) if (byKey.has(b)) d = Math.max(d, depthOf(byKey.get(b)) + 1);
      depth.set(c.key, d);
      return d;
    };
    const rows = [];
    for (const c of data.classes) {
      const d = depthOf(c);
      (rows[d] = rows[d] || []).push({ kind: 'class', item: c, key: c.key, lines: classLines(c), head: c.name });
    }
    const compact = rows.filter(r => r);
    if (data.instances.length) {
      compact.push(data.instances.map((o, i) => ({ kind: 'instance', item: o, key: 'instance-' + i,
        lines: o.attributes.length ? o.attributes.map(attributeLine) : [{ text: t('no-attributes'), cls: 'gb-obj-note', title: '' }],
        head: o.names.join(', ') + ' : ' + o.className })));
    }
    let width = 0;
    compact.forEach(r => { width = Math.max(width, r.length * W + (r.length - 1) * GAP_X); });
    const boxes = new Map();
    let y = 8;
    for (const row of compact) {
      const rowWidth = row.length * W + (row.length - 1) * GAP_X;
      let x = 8 + (width - rowWidth) / 2;
      let tallest = 0;
      for (const box of row) {
        box.x = x;
        box.y = y;
        box.h = HEAD + box.lines.length * LINE + PAD;
        tallest = Math.max(tallest, box.h);
        boxes.set(box.key, box);
        x += W + GAP_X;
      }
      y += tallest + GAP_Y;
    }
    const total = { w: width + 16, h: y - GAP_Y + 16 };
    const root = svg('svg', { class: 'gb-obj-diagram', width: total.w, height: total.h, viewBox: '0 0 ' + total.w + ' ' + total.h, role: 'img' });
    const defs = svg('defs', {});
    const tri = svg('marker', { id: 'gb-inherits', viewBox: '0 0 12 12', refX: 11, refY: 6, markerWidth: 12, markerHeight: 12, orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' });
    tri.appendChild(svg('path', { d: 'M0,0 L12,6 L0,12 z', class: 'gb-obj-head-hollow' }));
    const open = svg('marker', { id: 'gb-instance', viewBox: '0 0 12 12', refX: 11, refY: 6, markerWidth: 10, markerHeight: 10, orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' });
    open.appendChild(svg('path', { d: 'M0,0 L12,6 L0,12', class: 'gb-obj-head-open' }));
    defs.append(tri, open);
    root.appendChild(defs);

    // Edges first, so boxes sit on top. Endpoints are spread along each box's bottom edge.
    const edges = [];
    for (const c of data.classes) for (const b of c.bases) if (boxes.has(b)) edges.push({ from: c.key, to: b, kind: 'inherits' });
    data.instances.forEach((o, i) => { if (boxes.has(o.class)) edges.push({ from: 'instance-' + i, to: o.class, kind: 'instance' }); });
    const incoming = new Map();
    edges.forEach(e => incoming.set(e.to, (incoming.get(e.to) || []).concat([e])));
    for (const e of edges) {
      const a = boxes.get(e.from), b = boxes.get(e.to);
      const list = incoming.get(e.to);
      const slot = (list.indexOf(e) + 1) / (list.length + 1);
      const line = svg('line', { x1: a.x + W / 2, y1: a.y, x2: b.x + W * slot, y2: b.y + b.h,
        class: e.kind === 'inherits' ? 'gb-obj-edge-inherits' : 'gb-obj-edge-instance',
        'marker-end': e.kind === 'inherits' ? 'url(#gb-inherits)' : 'url(#gb-instance)' });
      line.appendChild(svg('title', {}, e.kind === 'inherits' ? t('inherits', { child: a.head, parent: b.head })
          : t('instance-of', { object: a.head, class: b.head })));
      root.appendChild(line);
    }
    for (const box of boxes.values()) {
      const g = svg('g', { class: 'gb-obj-box gb-obj-' + box.kind + (box.item.abstract ? ' gb-obj-abstract-class' : '') + (box.item.user === false ? ' gb-obj-builtin' : '') });
      g.appendChild(svg('rect', { x: box.x, y: box.y, width: W, height: box.h, rx: box.kind === 'class' ? 3 : 10 }));
      g.appendChild(svg('line', { x1: box.x, y1: box.y + HEAD - 4, x2: box.x + W, y2: box.y + HEAD - 4, class: 'gb-obj-rule' }));
      const head = svg('text', { x: box.x + W / 2, y: box.y + 17, 'text-anchor': 'middle', class: 'gb-obj-name' + (box.kind === 'instance' ? ' gb-obj-underlined' : '') },
          clip(box.kind === 'class' && box.item.abstract ? t('abstract-class', { name: box.head }) : box.head));
      head.appendChild(svg('title', {}, box.head));
      g.appendChild(head);
      box.lines.forEach((l, i) => {
        const t = svg('text', { x: box.x + PAD, y: box.y + HEAD + 9 + i * LINE, class: 'gb-obj-line ' + l.cls }, clip(l.text));
        if (l.title) t.appendChild(svg('title', {}, l.title));
        g.appendChild(t);
      });
      root.appendChild(g);
    }
    return root;
  }

  /** The table's column headers (also the CSV's first row). */
  function columns() {
    return [t('column-name'), t('column-kind'), t('column-class'), t('column-members')];
  }

  /** The table's rows as text: each class of the code's own, then each object (also the CSV's rows). */
  function rows(data) {
    return data.classes.filter(c => c.user).map(c => [c.name, t(c.abstract ? 'kind-abstract-class' : 'kind-class'),
      t('mro', { mro: c.mro.join(' → ') }), classLines(c).map(l => l.text).join('; ')])
      .concat(data.instances.map(o => [o.names.join(', '), t('kind-object'), t('instance', { class: o.className }),
        o.attributes.map(a => attributeLine(a).text).join('; ') || t('no-attributes')]));
  }

  function table(data) {
    const t = el('table', 'gb-table gb-obj-table');
    const head = el('tr');
    columns().forEach(h => {
      const th = el('th', null, h);
      th.scope = 'col';
      head.appendChild(th);
    });
    const thead = el('thead');
    thead.appendChild(head);
    t.appendChild(thead);
    const body = el('tbody');
    for (const r of rows(data)) {
      const tr = el('tr');
      const name = el('th', null, r[0]);
      name.scope = 'row';
      tr.appendChild(name);
      r.slice(1).forEach(cell => tr.appendChild(el('td', null, cell)));
      body.appendChild(tr);
    }
    t.appendChild(body);
    return t;
  }

  class GbObjects extends HTMLElement {
    set text(v) {
      TEXT = v || {};
      if (this.isConnected) this._render();
    }

    set data(d) {
      this._data = d;
      this._render();
    }
    get data() { return this._data; }

    connectedCallback() {
      if (!this._data) this._render();
    }

    _render() {
      this.textContent = '';
      const data = this._data;
      if (!data) {
        this.appendChild(el('p', 'gb-summary', t('empty')));
        return;
      }
      if (data.problem) this.appendChild(el('p', 'gb-summary', data.problem));
      const sentence = summary(data);
      this.appendChild(el('p', 'gb-summary gb-obj-summary', sentence));
      if (!data.classes.length && !data.instances.length) return;
      const legend = el('div', 'gb-obj-legend');
      legend.append(...['inherits', 'instance', 'mangled', 'internal', 'abstract', 'property']
          .map(k => el('span', null, t('legend-' + k))));
      this.appendChild(legend);
      const scroll = el('div', 'gb-scroll gb-obj-scroll');
      const picture = diagram(data);
      picture.setAttribute('aria-label', sentence);
      scroll.appendChild(picture);
      this.appendChild(scroll);
      const details = el('details', 'gb-numbers gb-obj-details');
      details.appendChild(el('summary', null, t('table')));
      const wrap = el('div', 'gb-table-wrap');
      wrap.appendChild(table(data));
      details.appendChild(wrap);
      this.appendChild(details);
      this._sentence = sentence;
      // The Download menu of every figure: the diagram as SVG and PNG, the table as CSV.
      this.appendChild(window.Glassbox.download.control(this));
    }

    figureSvg() {
      return this.querySelector('.gb-obj-scroll > svg');
    }

    numbers() {
      return this._data ? {columns: columns(), rows: rows(this._data)} : null;
    }

    hasNumbers() {
      return !!this._data && (this._data.classes.some(c => c.user) || this._data.instances.length > 0);
    }

    keyItems() {
      return [];
    }

    figureTitle() {
      return this._sentence || t('title');
    }
  }

  customElements.define('gb-objects', GbObjects);
})();
