/*
 * Presenter mode and the embedded mode of a view, on every page (loaded by MainLayout).
 *
 *   ?present=1, or the navbar's #present-mode button: large type and a projector palette (frontend/presenter.css),
 *       no side navigation, full screen (the button asks for it: browsers allow full screen only on a click), and
 *       the arrow keys move from one section heading to the next (in a lesson, from step to step).
 *   ?embed=1 (a view inside a lesson player): no navigation bar and no side navigation; &hide=a,b hides and &lock=c
 *       locks the elements with those ids (they stay visible, but cannot be used or focused); &mark=question-x brings
 *       that element into view and marks it. Arrow keys outside a control go to the lesson.
 *
 * Both are read once, when the page loads, and last for the page (a view's own link updates drop them from the
 * address, not from the page). window.GlassboxPresenter.controls() lists the page's controls that have ids, for the
 * lesson builder to offer for hiding and locking.
 */
(function () {
  'use strict';
  if (window.GlassboxPresenter) {
    return;
  }
  const ID = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;
  const params = new URLSearchParams(window.location.search);
  const list = name => (params.get(name) || '').split(',').filter(x => ID.test(x));
  const root = document.documentElement;
  const embedded = params.get('embed') === '1';
  const hide = list('hide');
  const lock = list('lock');
  const mark = list('mark')[0];
  let marked = false;

  if (embedded) root.classList.add('gb-embed');
  if (params.get('present') === '1') root.classList.add('gb-present');

  if (hide.length) {
    // A style rule, not an attribute: it holds for elements the view draws later or draws again.
    const style = document.createElement('style');
    style.textContent = hide.map(id => '#' + id).join(',') + '{display:none !important}';
    document.head.appendChild(style);
  }

  /** Locks, marks: applied whenever the view adds or redraws elements. */
  function apply() {
    lock.forEach(id => {
      const e = document.getElementById(id);
      if (e && !e.hasAttribute('inert')) {
        e.setAttribute('inert', '');
        e.setAttribute('aria-disabled', 'true');
        e.classList.add('gb-locked');
        e.setAttribute('title', window.Glassbox.text('locked'));
      }
    });
    if (mark && !marked) {
      const e = document.getElementById(mark);
      if (e) {
        marked = true;
        e.classList.add('gb-lesson-mark');
        setTimeout(() => e.scrollIntoView({block: 'center'}), 50);
      }
    }
    const button = document.getElementById('present-mode');
    if (button) button.setAttribute('aria-pressed', String(presenting()));
  }

  new MutationObserver(apply).observe(root, {childList: true, subtree: true});

  function presenting() {
    return root.classList.contains('gb-present');
  }

  function closeDrawer() {
    const layout = document.querySelector('vaadin-app-layout');
    if (layout && layout.drawerOpened) layout.drawerOpened = false;
  }

  /** Turns presenter mode on or off, here and in the lesson's view frame. */
  function set(on) {
    root.classList.toggle('gb-present', on);
    if (on) closeDrawer();
    document.querySelectorAll('iframe.gb-step-frame').forEach(f => {
      try {
        if (f.contentWindow && f.contentWindow.GlassboxPresenter) f.contentWindow.GlassboxPresenter.set(on);
      } catch (e) {
        // another origin: nothing to do
      }
    });
    apply();
  }

  function toggle() {
    const on = !presenting();
    set(on);
    if (window.top !== window) return;
    if (on && !document.fullscreenElement && root.requestFullscreen) {
      root.requestFullscreen().catch(() => { /* refused (e.g. in a test): presenter mode works without */ });
    } else if (!on && document.fullscreenElement && document.exitFullscreen) {
      document.exitFullscreen().catch(() => {});
    }
  }

  const FIELDS = 'input, textarea, select, [contenteditable], vaadin-text-field, vaadin-text-area, vaadin-integer-field, '
    + 'vaadin-number-field, vaadin-select, vaadin-combo-box, vaadin-radio-group, vaadin-checkbox-group, vaadin-slider, '
    + '[role=slider], [role=radiogroup], [role=radio], vaadin-tabs, [role=tablist], [role=tab], [role=listbox], '
    + 'vaadin-dialog-overlay, dialog';

  /** Whether the key belongs to the control that has focus (a slider, a field, a list of choices). */
  function inControl(e) {
    const path = e.composedPath ? e.composedPath() : [e.target];
    return path.some(n => n instanceof Element && n.matches(FIELDS));
  }

  const STEP_KEYS = {ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1};

  /** The page's section headings, in order. */
  function headings() {
    const main = document.querySelector('vaadin-app-layout > :not([slot])') || document.body;
    return Array.from(main.querySelectorAll('h1, h2')).filter(h => h.offsetParent !== null);
  }

  function moveSection(direction) {
    const hs = headings();
    if (!hs.length) return;
    const tops = hs.map(h => h.getBoundingClientRect().top);
    let target;
    if (direction > 0) target = hs.find((h, i) => tops[i] > 8);
    else target = hs.slice().reverse().find((h, i) => tops[hs.length - 1 - i] < -8);
    if (target) target.scrollIntoView({block: 'start'});
  }

  document.addEventListener('keydown', e => {
    const direction = STEP_KEYS[e.key];
    if (!direction || e.altKey || e.ctrlKey || e.metaKey || inControl(e)) return;
    if (embedded && window.parent !== window) {
      // Inside a lesson: the lesson moves (same origin only).
      window.parent.postMessage({glassbox: 'lesson-key', direction: direction}, window.location.origin);
      e.preventDefault();
      return;
    }
    if (presenting() && !document.querySelector('.gb-player')) {
      moveSection(direction);
      e.preventDefault();
    }
  });

  document.addEventListener('click', e => {
    const target = e.target;
    if (target && target.closest && target.closest('#present-mode')) toggle();
  });

  const CONTROLS = 'vaadin-text-field, vaadin-text-area, vaadin-integer-field, vaadin-number-field, vaadin-select, '
    + 'vaadin-combo-box, vaadin-radio-group, vaadin-checkbox-group, vaadin-checkbox, vaadin-button, vaadin-tabs, '
    + 'vaadin-details, vaadin-slider, vaadin-range-slider, button, input, select, textarea, [role=slider], gb-figure, '
    + 'gb-attention, gb-plot, gb-scatter';

  /**
   * The page's controls (and figures) that have ids, in page order: [{id, label}]. Numbered repeats (ts-3, try-0)
   * and questions are left out; a lesson hides or locks the control that holds them.
   */
  function controls() {
    const main = document.querySelector('vaadin-app-layout > :not([slot])') || document.body;
    const out = [];
    main.querySelectorAll(CONTROLS).forEach(e => {
      const id = e.id;
      if (!id || !ID.test(id) || /-\d+$/.test(id) || id.startsWith('question-') || out.some(c => c.id === id)) return;
      let label = e.label || e.getAttribute('aria-label') || '';
      if (!label && e.tagName === 'VAADIN-DETAILS') {
        const summary = e.querySelector('vaadin-details-summary, [slot=summary]');
        label = summary ? summary.textContent : '';
      }
      if (!label) label = (e.textContent || '').replace(/\s+/g, ' ').trim();
      if (label.length > 60) label = label.slice(0, 57) + '…';
      out.push({id: id, label: label || id});
    });
    return out;
  }

  /** Whether Vaadin has drawn the page and has nothing in flight. */
  function idle() {
    const flow = window.Vaadin && window.Vaadin.Flow;
    return !!(flow && flow.clients && Object.values(flow.clients).every(c => !c.isActive()))
      && !!document.querySelector('vaadin-app-layout > :not([slot])');
  }

  window.GlassboxPresenter = {set: set, toggle: toggle, presenting: presenting, controls: controls, idle: idle,
    embedded: embedded};
})();
