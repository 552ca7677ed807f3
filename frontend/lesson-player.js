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

  setInterval(() => {
    watchPreview();
    writeLinks();
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
            note.appendChild(document.createTextNode(' The link is copied.'));
          }
        }).catch(() => {});
      }
    }
  });

  window.GlassboxLesson = {press: press};
})();
