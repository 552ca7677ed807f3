/*
 * <gb-distribution>: one step of writing — every character the model could write next, most likely first, as a bar.
 * Grey: the model's own probability (τ = 1). Coloured: the probability the character is drawn with after
 * temperature, top-k and top-p. A character that may not be drawn is greyed out AND says so in words ("cut by
 * top-k"); the one drawn is outlined and says "drawn". The numbers are also in a table.
 *
 * data = {summary, rows: [{c, id, z, p, t, q, cut, chosen}]}: c the character, z its logit, p = softmax(z),
 * t = softmax(z / τ), q the renormalised probability (0 when cut), cut "" or the rule's name.
 */
(function () {
  'use strict';
  if (customElements.get('gb-distribution')) {
    return;
  }
  const {el, number, numbersTable} = window.Glassbox;

  /** A character as a label: a space as ␣. */
  function label(c) {
    return c === ' ' ? '␣' : c;
  }

  /** A probability in the bars: three decimals, and "< 0.001" rather than a power of ten for the long tail. */
  function prob(v) {
    return v > 0 && v < 0.001 ? '< 0.001' : number(v, 3);
  }

  function bar(cls, share) {
    const b = el('span', cls);
    b.style.width = (Math.max(0, Math.min(1, share)) * 100).toFixed(2) + '%';
    return b;
  }

  class GbDistribution extends window.Glassbox.Element {
    draw(d) {
      if (d.summary) this.appendChild(el('p', 'gb-summary', d.summary));
      const key = el('p', 'gb-dist-key');
      key.appendChild(el('span', 'gb-dist-key-model', 'grey: the model’s own probability (τ = 1)'));
      key.appendChild(el('span', 'gb-dist-key-drawn', 'coloured: drawn with, after your settings'));
      this.appendChild(key);
      const list = el('ol', 'gb-dist');
      list.setAttribute('aria-label', d.summary || 'distribution');
      d.rows.forEach(r => {
        const li = el('li', 'gb-dist-row' + (r.cut ? ' gb-dist-cut' : '') + (r.chosen ? ' gb-dist-chosen' : ''));
        li.dataset.id = r.id;
        li.appendChild(el('span', 'gb-dist-char', label(r.c)));
        const track = el('span', 'gb-dist-track');
        track.setAttribute('aria-hidden', 'true');
        track.appendChild(bar('gb-dist-model', r.p));
        if (!r.cut) track.appendChild(bar('gb-dist-drawn', r.q));
        li.appendChild(track);
        const text = r.cut
          ? prob(r.p) + ' ✕ cut by ' + r.cut
          : prob(r.p) + ' → ' + prob(r.q) + (r.chosen ? ' ◀ drawn' : '');
        li.appendChild(el('span', 'gb-dist-num', text));
        li.title = '“' + label(r.c) + '” (id ' + r.id + '): ' + text;
        list.appendChild(li);
      });
      this.appendChild(list);
      this.appendChild(numbersTable(['character', 'id', 'logit z', 'softmax(z)', 'softmax(z / τ)', 'kept?', 'drawn with'],
        d.rows.map(r => [label(r.c), r.id, r.z, r.p, r.t, r.cut ? 'cut by ' + r.cut : (r.chosen ? 'kept, drawn' : 'kept'), r.q]),
        4, 'Every number of this step as a table'));
    }
  }

  customElements.define('gb-distribution', GbDistribution);
})();
