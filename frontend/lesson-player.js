/*
 * The lesson pages' browser side (the player, the builder, the handout; presenter.js does the rest).
 *   Player:  the arrow keys and PageUp/PageDown (also from inside the step's page) press Back and Next; a new step's
 *            page follows presenter mode.
 *   Builder: the preview's page is watched: when the teacher changes it, a `gb-view` event tells the server its new
 *            link (relative to the app); once it is drawn, a `gb-controls` event lists its controls ([{id, label}]).
 *   Handout: links are written out in full, so that they can be typed from paper; Print opens the browser's dialog.
 */
(function () {
  'use strict';
  if (window.GlassboxLesson) {
    return;
  }

  const FIELDS = 'input, textarea, select, [contenteditable], vaadin-text-field, vaadin-text-area, vaadin-select, '
    + 'vaadin-combo-box, vaadin-radio-group, vaadin-checkbox-group, [role=slider], [role=radiogroup], [role=radio], '
    + 'vaadin-dialog-overlay, dialog';

  function press(direction) {
    const button = document.getElementById(direction > 0 ? 'next-step' : 'previous-step');
    if (button && !button.hasAttribute('disabled') && document.querySelector('.gb-player')) button.click();
  }

  const KEYS = {ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1};

  document.addEventListener('keydown', e => {
    const direction = KEYS[e.key];
    if (!direction || e.altKey || e.ctrlKey || e.metaKey || !document.querySelector('.gb-player')) return;
    const path = e.composedPath ? e.composedPath() : [e.target];
    if (path.some(n => n instanceof Element && n.matches(FIELDS))) return;
    if (document.querySelector('vaadin-dialog-overlay[opened]')) return;
    e.preventDefault();
    press(direction);
  });

  window.addEventListener('message', e => {
    if (e.origin !== window.location.origin || !e.data || e.data.glassbox !== 'lesson-key') return;
    press(e.data.direction > 0 ? 1 : -1);
  });

  // A step's page that loads while the teacher presents is presented too.
  document.addEventListener('load', e => {
    const frame = e.target;
    if (!(frame instanceof HTMLIFrameElement) || !frame.classList.contains('gb-step-frame')) return;
    const presenter = window.GlassboxPresenter;
    try {
      if (presenter && presenter.presenting() && frame.contentWindow.GlassboxPresenter) {
        frame.contentWindow.GlassboxPresenter.set(true);
      }
    } catch (err) {
      // not our origin
    }
  }, true);

  // --- builder: follow the preview ------------------------------------------------------------------------------
  let lastView = null;
  let lastControls = null;
  let lastFrameHref = null;

  function relative(href) {
    const base = document.baseURI;
    return href.startsWith(base) ? href.slice(base.length) : null;
  }

  function watchPreview() {
    const frame = document.getElementById('step-preview');
    if (!frame) return;
    let w;
    try {
      w = frame.contentWindow;
      if (!w || !w.location || w.location.href === 'about:blank') return;
    } catch (err) {
      return;
    }
    const href = w.location.href;
    if (href !== lastFrameHref) {
      lastFrameHref = href;
      lastControls = null;
    }
    const presenter = w.GlassboxPresenter;
    if (!presenter || !presenter.idle()) return;
    const view = relative(href);
    if (view != null && view !== lastView) {
      lastView = view;
      frame.dispatchEvent(new CustomEvent('gb-view', {detail: view}));
    }
    const controls = JSON.stringify(presenter.controls());
    if (controls !== lastControls) {
      lastControls = controls;
      frame.dispatchEvent(new CustomEvent('gb-controls', {detail: controls}));
    }
  }

  // --- handout: full links; print ------------------------------------------------------------------------------
  function writeLinks() {
    document.querySelectorAll('a.gb-absolute-link').forEach(a => {
      if (a.textContent !== a.href) a.textContent = a.href;
    });
  }

  /**
   * The handout's figures: each step's page is opened in turn in a frame out of sight, and the figures it shows
   * before its questions are answered (at most FIGURES) are drawn as standalone SVG pictures, the same as their
   * Download menu gives, into the step. Nothing is computed here: the pictures are the page's own.
   */
  const FIGURES = 2, FIGURE_TAGS = 'gb-figure, gb-plot, gb-scatter, gb-attention, gb-distribution, gb-picture';
  let drawing = false;

  function drawHandoutFigures() {
    const box = document.querySelector('.gb-handout-figures[data-view]:not([data-state])');
    if (drawing || !box) return;
    drawing = true;
    box.dataset.state = 'loading';
    const frame = document.createElement('iframe');
    // Out of reach: inert (no focus, not read out), named for what it is doing, off-screen.
    frame.inert = true;
    // The sentences come from the server in the box's data (the lesson file, in the page's language).
    const said = {
      frame: box.dataset.frameTitle || "Drawing this step's figures",
      lead: box.dataset.lead || 'On the page before its questions are answered:',
      failed: box.dataset.failed || 'The figures of this page could not be drawn here: open it from its link.',
      none: box.dataset.none || 'This page shows no figure before its questions are answered: open it from its link.'
    };
    frame.title = said.frame;
    frame.style.cssText = 'position:absolute;left:-20000px;top:0;width:1100px;height:1400px;border:0';
    frame.src = box.dataset.view;
    document.body.appendChild(frame);
    const started = Date.now();
    const finish = (figures, sentence) => {
      box.replaceChildren();
      if (figures.length) {
        box.appendChild(Object.assign(document.createElement('p'), {className: 'gb-handout-figures-lead',
          textContent: said.lead}));
        const row = Object.assign(document.createElement('div'), {className: 'gb-handout-figure-row'});
        figures.forEach(f => row.appendChild(f));
        box.appendChild(row);
      }
      if (sentence) box.appendChild(Object.assign(document.createElement('p'), {textContent: sentence}));
      box.dataset.state = figures.length ? 'drawn' : 'none';
      frame.remove();
      drawing = false;
    };
    const look = () => {
      let w, d;
      try {
        w = frame.contentWindow;
        d = frame.contentDocument;
      } catch (e) {
        finish([], said.failed);
        return;
      }
      const clients = w && w.Vaadin && w.Vaadin.Flow && w.Vaadin.Flow.clients;
      const idle = clients && Object.keys(clients).length && Object.values(clients).every(c => !c.isActive());
      const shown = idle && d ? [...d.querySelectorAll(FIGURE_TAGS)]
        .filter(f => typeof f.figureSvg === 'function' && f.getClientRects().length && f.figureSvg()) : [];
      if (!shown.length && Date.now() - started < 20000) {
        setTimeout(look, 500);
        return;
      }
      if (!shown.length) {
        // Only a page that finished loading is known to show no figure; one still loading says only that.
        finish([], idle ? said.none : said.failed);
        return;
      }
      const figures = [];
      for (const f of shown.slice(0, FIGURES)) {
        try {
          const picture = w.Glassbox.download.svg(f);
          const figure = document.createElement('figure');
          const img = document.createElement('img');
          img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(picture.text);
          img.alt = f.figureTitle();
          const caption = document.createElement('figcaption');
          caption.textContent = f.figureTitle();
          figure.append(img, caption);
          figures.push(figure);
        } catch (e) {
          // A figure that cannot be drawn is left out; the link above opens the page.
        }
      }
      finish(figures, figures.length ? null : said.failed);
    };
    frame.addEventListener('load', () => setTimeout(look, 500));
  }

  setInterval(() => {
    watchPreview();
    writeLinks();
    drawHandoutFigures();
  }, 400);

  document.addEventListener('click', e => {
    const t = e.target;
    if (!t || !t.closest) return;
    if (t.closest('#print-handout')) {
      writeLinks();
      window.print();
    } else if (t.closest('#copy-link')) {
      const play = document.getElementById('play-lesson');
      if (play && navigator.clipboard) {
        navigator.clipboard.writeText(play.href).then(() => {
          const note = document.getElementById('link-length');
          if (note && !note.dataset.copied) {
            note.dataset.copied = '1';
            note.appendChild(document.createTextNode(' ' + (note.dataset.copiedText || 'The link is copied.')));
          }
        }).catch(() => {});
      }
    }
  });

  window.GlassboxLesson = {press: press};
})();
