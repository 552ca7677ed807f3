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
  const {el, svg, number} = window.Glassbox;
  // Okabe–Ito blue and vermillion: distinguishable with the common colour-vision deficiencies.
  const COLOURS = ['#0072b2', '#d55e00'];
  const fmt = v => number(v, 3);
  // The element's own sentences, sent by the server in the page's language (d.text); English when none are sent.
  const ENGLISH = {
    hiddenOne: '{n} label is left out where points crowd; hover a point, or use the arrow keys in the list below, to read it.',
    hiddenOther: '{n} labels are left out where points crowd; hover a point, or use the arrow keys in the list below, to read them.',
    hint: 'Hover a point, or use the arrow keys in the list below, to read its coordinates.',
    list: 'The points of the map',
    listSummary: 'The points as a list (arrow keys move)',
    columnLabel: 'label', columnGroup: 'group', columnNote: 'note'};
  const words = d => key => (d.text && d.text[key]) || ENGLISH[key];

  /**
   * Places each point's label beside it — right, left, above, below or diagonally, the first place that overlaps
   * no label already placed and no point — and leaves a label out when there is no such place (it is then read on
   * hover or focus, and in the list). Each point brings its label's measured width `w`.
   * Returns, per point, {x, y, anchor} or null.
   */
  function placeLabels(points, W, H) {
    const TALL = 14, R = 6, GAP = 2;
    const boxes = [];
    const overlaps = b => boxes.some(o => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1);
    points.forEach(p => boxes.push({x0: p.sx - R, x1: p.sx + R, y0: p.sy - R, y1: p.sy + R}));
    const order = points.map((p, i) => i).sort((i, j) => (points[i].group === 1) - (points[j].group === 1));
    const placed = new Array(points.length).fill(null);
    for (const i of order) {
      const p = points[i];
      const w = p.w + GAP;
      const candidates = [
        {x: p.sx + 8, y: p.sy + 4, anchor: 'start'}, {x: p.sx - 8, y: p.sy + 4, anchor: 'end'},
        {x: p.sx, y: p.sy - 9, anchor: 'middle'}, {x: p.sx, y: p.sy + 17, anchor: 'middle'},
        {x: p.sx + 6, y: p.sy - 7, anchor: 'start'}, {x: p.sx - 6, y: p.sy - 7, anchor: 'end'},
        {x: p.sx + 6, y: p.sy + 15, anchor: 'start'}, {x: p.sx - 6, y: p.sy + 15, anchor: 'end'}];
      for (const c of candidates) {
        const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
        const box = {x0: x0, x1: x0 + w, y0: c.y - TALL + 2, y1: c.y + 4};
        if (box.x0 < 0 || box.x1 > W || box.y0 < 0 || box.y1 > H || overlaps(box)) continue;
        boxes.push(box);
        placed[i] = c;
        break;
      }
    }
    return placed;
  }

  function marker(p, x, y, r) {
    const colour = COLOURS[p.group === 1 ? 1 : 0];
    if (p.group === 1) {
      return svg('rect', {x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: 'none', stroke: colour, 'stroke-width': 2});
    }
    return svg('circle', {cx: x, cy: y, r: r + 1, fill: colour});
  }

  class GbScatter extends window.Glassbox.Element {
    draw(d) {
      const say = words(d);
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
      const hiddenLabels = [];
      const texts = [];
      points.forEach((p, i) => {
        const g = svg('g', {class: 'gb-point'});
        const x = sx(p.x), y = sy(p.y);
        g.appendChild(marker(p, x, y, 4));
        const t = svg('text', {x: x + 8, y: y + 4, class: 'gb-axis gb-point-label'}, p.label);
        if (p.group !== 1) t.setAttribute('font-weight', '700');
        texts.push(t);
        g.appendChild(t);
        g.appendChild(svg('title', {}, p.label));
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
      // Labels are placed once the map is on the page and their widths can be measured (in map units).
      const widths = texts.map((t, i) => t.getComputedTextLength() || [...points[i].label].length * 7.5);
      const spots = placeLabels(points.map((p, i) => ({label: p.label, group: p.group, sx: sx(p.x), sy: sy(p.y),
        w: widths[i]})), W, H);
      texts.forEach((t, i) => {
        if (spots[i]) {
          t.setAttribute('x', spots[i].x);
          t.setAttribute('y', spots[i].y);
          t.setAttribute('text-anchor', spots[i].anchor);
        } else {
          t.setAttribute('visibility', 'hidden');
          t.classList.add('gb-point-label-hidden');
          hiddenLabels.push(t);
        }
      });

      const key = el('p', 'gb-summary');
      key.appendChild(el('span', null, '● ' + (d.groupNames ? d.groupNames[0] : 'group 1')));
      key.firstChild.style.color = COLOURS[0];
      key.appendChild(document.createTextNode('   '));
      key.appendChild(el('span', null, '□ ' + (d.groupNames ? d.groupNames[1] : 'group 2')));
      key.lastChild.style.color = COLOURS[1];
      this.appendChild(key);

      const readout = el('p', 'gb-readout');
      readout.setAttribute('aria-live', 'polite');
      const hidden = hiddenLabels.length === 1 ? say('hiddenOne') : say('hiddenOther');
      readout.appendChild(el('span', 'gb-readout-hint', hiddenLabels.length
        ? hidden.replace('{n}', number(hiddenLabels.length)) : say('hint')));
      this.appendChild(readout);
      const describe = p => `${p.label}${p.note ? ' (' + p.note + ')' : ''}: x = ${fmt(p.x)}, y = ${fmt(p.y)}`;
      const list = el('ol', 'gb-point-list');
      list.setAttribute('aria-label', say('list'));
      list.style.columns = '17rem';
      list.style.columnGap = '2rem';
      list.style.fontSize = 'var(--lumo-font-size-s)';
      const items = [];
      const labels = [...s.querySelectorAll('.gb-point-label')];
      function show(i) {
        marks.forEach((m, j) => m.setAttribute('visibility', i === j ? 'visible' : 'hidden'));
        // A label left out for lack of room shows while its point is read.
        hiddenLabels.forEach(t => t.setAttribute('visibility', 'hidden'));
        if (labels[i].classList.contains('gb-point-label-hidden')) labels[i].setAttribute('visibility', 'visible');
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
      details.appendChild(el('summary', null, say('listSummary')));
      details.appendChild(list);
      this.appendChild(details);
    }

    /** The two groups' markers under a saved map. */
    keyItems() {
      const d = this.data;
      return [0, 1].filter(g => (d.points || []).some(p => (p.group === 1 ? 1 : 0) === g)).map(g => ({
        text: d.groupNames ? d.groupNames[g] : 'group ' + (g + 1),
        shape: g === 1 ? 'rect' : 'circle', fill: g === 1 ? 'none' : COLOURS[0], stroke: g === 1 ? COLOURS[1] : 'none'}));
    }

    /** One row per point: its label, group, note and coordinates. */
    numbers() {
      const d = this.data;
      const say = words(d);
      return {columns: [say('columnLabel'), say('columnGroup'), say('columnNote'), d.xLabel || 'x', d.yLabel || 'y'],
        rows: (d.points || []).map(p => [p.label, d.groupNames ? d.groupNames[p.group === 1 ? 1 : 0] : p.group,
          p.note || '', p.x, p.y])};
    }
  }

  customElements.define('gb-scatter', GbScatter);
})();
