/*
 * <gb-python>: a small Python workbench — an editor with line numbers, Run / Check / Stop / Reset, an output
 * panel and the object inspector (<gb-objects>). The code runs in the learner's browser, in real CPython
 * (Pyodide) inside a Web Worker (python-worker.js); a run longer than TIME_LIMIT_MS is stopped by terminating
 * the worker, which then restarts. Properties set by the server: code, starter, check, and text (every sentence it
 * writes, in the page's language, by name, with {{placeholders}} it fills; <gb-objects> gets the same). After each run the
 * element fires 'gb-ran' with detail {code, passed, stdout, ok} (passed is null when nothing was checked; stdout
 * is what the code printed, ok whether it ran to its end without an error); Reset fires it too, with the starter
 * code and no stdout. runQuietly() runs the editor's code without scrolling to it; with the attribute
 * "predicting" the toolbar and everything the run shows stay hidden (python.css) until the learner has predicted.
 * All learner text is written with textContent, never as HTML.
 */
(function () {
  'use strict';
  if (customElements.get('gb-python')) {
    return;
  }
  const TIME_LIMIT_MS = 5000;
  const MAX_CODE = 20000;
  const base = () => document.baseURI;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  /** The template's {{name}}s replaced by values[name] (a name without a value stays as it is). */
  function fill(template, values) {
    return String(template).replace(/\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g,
      (whole, name) => values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole);
  }

  /** One decimal, with the page's decimal separator. */
  function decimal(x) {
    return window.Glassbox.number(Math.round(x * 10) / 10, 1);
  }

  /** A whole number with the page's language's digit grouping. */
  function whole(n) {
    return n.toLocaleString(document.documentElement.lang || 'en');
  }

  /** One Python engine per page: a worker, restarted after a stop. */
  const engine = {
    worker: null,
    ready: null,
    listeners: new Set(),
    status: { state: 'idle', key: null, values: null },
    /** The sentences of the page's language (the first workbench's), for the runner's own messages. */
    text: {},
    nextId: 1,
    pending: null,
    stats: { bytes: 0, readyMs: 0, firstRunMs: null, version: '' },

    announce(state, key, values) {
      this.status = { state, key, values };
      this.listeners.forEach(l => l(this.status));
    },

    start() {
      if (this.worker) return this.ready;
      const startedAt = performance.now();
      this.worker = new Worker(new URL('frontend/python-worker.js', base()), { type: 'module' });
      this.announce('loading', 'stage-download');
      this.ready = new Promise(resolve => {
        this.worker.onmessage = event => {
          const m = event.data;
          if (m.type === 'stage') {
            this.announce('loading', m.key);
          } else if (m.type === 'ready') {
            if (!this.stats.version) {
              this.stats.bytes = m.bytes;
              this.stats.readyMs = Math.round(performance.now() - startedAt);
            }
            this.stats.version = m.version;
            this.readyKey = m.bytes > 0 ? 'ready-downloaded' : 'ready-cached';
            this.readyValues = { version: m.version, mb: decimal(m.bytes / 1e6),
              s: decimal((performance.now() - startedAt) / 1000) };
            this.announce('ready', this.readyKey, this.readyValues);
            resolve(true);
          } else if (m.type === 'failed') {
            this.announce('failed', 'failed', { why: m.text });
            resolve(false);
          } else if (this.pending) {
            this.pending.onMessage(m);
          }
        };
        this.worker.onerror = () => {
          this.announce('failed', 'failed-worker');
          resolve(false);
        };
      });
      return this.ready;
    },

    restart() {
      if (this.worker) this.worker.terminate();
      this.worker = null;
      return this.start();
    },

    /** Runs code; resolves with {kind: 'result'|'timeout'|'stopped'|'unavailable', ...}. */
    async run(code, check, onOutput) {
      const ok = await this.start();
      if (!ok) return { kind: 'unavailable' };
      if (this.pending) this.stop('stopped');
      const id = this.nextId++;
      return new Promise(resolve => {
        const t0 = performance.now();
        const finish = outcome => {
          clearTimeout(timer);
          this.pending = null;
          if (this.status.state === 'running') this.announce('ready', this.readyKey, this.readyValues);
          resolve(outcome);
        };
        const timer = setTimeout(() => this.stop('timeout'), TIME_LIMIT_MS);
        this.pending = {
          onMessage: m => {
            if (m.type === 'out') {
              onOutput(m.stream, m.text);
            } else if (m.type === 'result' && m.id === id) {
              if (this.stats.firstRunMs == null) {
                this.stats.firstRunMs = Math.round(performance.now());
                window.glassboxPython = Object.assign({}, this.stats);
              }
              finish({ kind: 'result', data: JSON.parse(m.json), cut: m.cut, ms: Math.round(performance.now() - t0) });
            }
          },
          finish
        };
        this.announce('running', 'running');
        this.worker.postMessage({ type: 'run', id, code, check, text: this.text });
      });
    },

    stop(kind) {
      if (!this.pending) return;
      const p = this.pending;
      this.pending = null;
      this.restart();
      p.finish({ kind });
    }
  };

  class GbPython extends HTMLElement {
    constructor() {
      super();
      this._code = '';
      this._starter = '';
      this._check = '';
      this._built = false;
      this._onStatus = s => this._showStatus(s);
      this._stdout = '';
      this._text = {};
    }

    /** The sentence named key of the page's language, its {{placeholders}} filled from values. */
    _t(key, values) {
      return Object.prototype.hasOwnProperty.call(this._text, key) ? fill(this._text[key], values) : key;
    }

    set text(v) {
      this._text = v || {};
      if (!Object.keys(engine.text).length) engine.text = this._text;
      if (this._built) {
        this._label();
        this._showStatus(engine.status);
      }
    }
    get text() { return this._text; }

    set code(v) {
      this._code = v || '';
      if (this._built && this.editor.value !== this._code) {
        this.editor.value = this._code;
        this._errorLine = null;
        this._lines();
        this._clear();
      }
    }
    get code() { return this._built ? this.editor.value : this._code; }
    set starter(v) { this._starter = v || ''; }
    set check(v) {
      this._check = v || '';
      if (this._built) this.checkButton.hidden = !this._check;
    }

    connectedCallback() {
      if (!this._built) this._build();
      engine.listeners.add(this._onStatus);
      this._showStatus(engine.status);
      engine.start();
    }

    disconnectedCallback() {
      engine.listeners.delete(this._onStatus);
    }

    _build() {
      this._built = true;
      this.classList.add('gb-python');
      this.status = el('div', 'gb-py-status');
      this.status.setAttribute('role', 'status');
      this.progress = el('progress', 'gb-py-progress');
      this.statusText = el('span', 'gb-py-status-text');
      this.status.append(this.progress, this.statusText);

      const bar = el('div', 'gb-py-toolbar');
      this.runButton = el('button', 'gb-py-run');
      this.checkButton = el('button', 'gb-py-check-button');
      this.stopButton = el('button', 'gb-py-stop');
      this.resetButton = el('button', 'gb-py-reset');
      this.stopButton.disabled = true;
      this.checkButton.hidden = !this._check;
      bar.append(this.runButton, this.checkButton, this.stopButton, this.resetButton);

      const box = el('div', 'gb-py-editor');
      this.gutter = el('pre', 'gb-py-gutter');
      this.gutter.setAttribute('aria-hidden', 'true');
      this.editor = el('textarea', 'gb-py-code');
      this.editor.setAttribute('spellcheck', 'false');
      this.editor.setAttribute('autocapitalize', 'off');
      this.editor.setAttribute('autocomplete', 'off');
      this.editor.setAttribute('wrap', 'off');
      this.editor.value = this._code;
      box.append(this.gutter, this.editor);
      this.help = el('p', 'gb-py-help');

      this.message = el('div', 'gb-py-message');
      this.message.setAttribute('role', 'alert');
      this.verdict = el('div', 'gb-py-verdict');
      this.verdict.setAttribute('role', 'status');
      this.output = el('pre', 'gb-py-output');
      this.output.setAttribute('tabindex', '0');
      this.objects = document.createElement('gb-objects');

      this.outTitle = el('h3', 'gb-py-title');
      this.objTitle = el('h3', 'gb-py-title');
      this.append(this.status, bar, box, this.help, this.message, this.verdict, this.outTitle, this.output, this.objTitle,
          this.objects);
      this._lines();
      this.output.classList.add('gb-py-placeholder');
      this._label();

      this.editor.addEventListener('input', () => { this._errorLine = null; this._lines(); });
      this.editor.addEventListener('scroll', () => { this.gutter.scrollTop = this.editor.scrollTop; });
      this.editor.addEventListener('keydown', e => this._key(e));
      this.runButton.addEventListener('click', () => this._run(false));
      this.checkButton.addEventListener('click', () => this._run(true));
      this.stopButton.addEventListener('click', () => engine.stop('stopped'));
      this.resetButton.addEventListener('click', () => {
        this.editor.value = this._starter;
        this._errorLine = null;
        this._lines();
        this.message.textContent = this._t('reset-done');
        this.message.className = 'gb-py-message gb-py-info';
        this.dispatchEvent(new CustomEvent('gb-ran', { detail: { code: this._starter, passed: null } }));
      });
    }

    /** Writes every fixed label in the page's language (again when the server sends the sentences). */
    _label() {
      this.runButton.textContent = this._t('run');
      this.checkButton.textContent = this._t('check');
      this.stopButton.textContent = this._t('stop');
      this.resetButton.textContent = this._t('reset');
      this.runButton.title = this._t('run-title');
      this.editor.setAttribute('aria-label', this._t('code-label'));
      this.help.textContent = this._t('help', { s: TIME_LIMIT_MS / 1000 });
      this.output.setAttribute('aria-label', this._t('output'));
      this.outTitle.textContent = this._t('output');
      this.objTitle.textContent = this._t('objects');
      if (this.output.classList.contains('gb-py-placeholder')) this.output.textContent = this._t('placeholder');
      this.objects.text = this._text;
    }

    /** Empties the output, messages and diagram (when the server puts new code in the editor). */
    _clear() {
      this.message.textContent = '';
      this.message.className = 'gb-py-message';
      this.verdict.textContent = '';
      this.verdict.className = 'gb-py-verdict';
      this.output.textContent = this._t('placeholder');
      this.output.classList.add('gb-py-placeholder');
      this.objects.data = null;
    }

    /** Runs the editor's code as the Run button does, after bringing the workbench into view. */
    runNow() {
      if (!this._built) this._build();
      this.scrollIntoView({ block: 'start' });
      this._run(false);
    }

    /** Runs the editor's code where it is, without scrolling (for a prediction's truth). */
    runQuietly() {
      if (!this._built) this._build();
      this._run(false);
    }

    _key(e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this._run(false);
      } else if (e.key === 'Escape') {
        this._escaped = true;
      } else if (e.key === 'Tab' && !e.shiftKey && !this._escaped) {
        e.preventDefault();
        this.editor.setRangeText('    ', this.editor.selectionStart, this.editor.selectionEnd, 'end');
        this._lines();
      } else {
        this._escaped = false;
      }
    }

    _lines() {
      const text = this.editor.value;
      let n = 1;
      for (let i = text.indexOf('\n'); i >= 0 && n < 100000; i = text.indexOf('\n', i + 1)) n++;
      const shown = Math.min(n, 5000);
      const rows = [];
      for (let i = 1; i <= shown; i++) rows.push((i === this._errorLine ? '→ ' : '') + i);
      this.gutter.textContent = rows.join('\n');
    }

    _showStatus(s) {
      if (!this._built) return;
      this.statusText.textContent = s.key ? this._t(s.key, s.values) : '';
      this.status.dataset.state = s.state;
      this.progress.hidden = !(s.state === 'loading' || s.state === 'running');
      const busy = s.state === 'running';
      this.runButton.disabled = busy || s.state === 'failed';
      this.checkButton.disabled = busy || s.state === 'failed';
      this.stopButton.disabled = !busy;
    }

    _print(stream, text) {
      if (stream === 'stdout') this._stdout += text;
      if (this.output.classList.contains('gb-py-placeholder')) {
        this.output.textContent = '';
        this.output.classList.remove('gb-py-placeholder');
      }
      this.output.appendChild(el('span', stream === 'stderr' ? 'gb-py-stderr' : 'gb-py-stdout', text));
    }

    async _run(checking) {
      const code = this.editor.value;
      this.message.textContent = '';
      this.message.className = 'gb-py-message';
      this.verdict.textContent = '';
      this.verdict.className = 'gb-py-verdict';
      if (code.length > MAX_CODE) {
        this._fail(this._t('too-long', { n: whole(code.length), max: whole(MAX_CODE) }));
        return;
      }
      this.output.textContent = '';
      this.output.classList.remove('gb-py-placeholder');
      this._stdout = '';
      this._errorLine = null;
      this._lines();
      const outcome = await engine.run(code, checking ? this._check : '', (s, t) => this._print(s, t));
      let passed = null;
      let ok = false;
      if (outcome.kind === 'timeout') {
        this._fail(this._t('timeout', { s: TIME_LIMIT_MS / 1000 }));
        if (checking) passed = false;
      } else if (outcome.kind === 'stopped') {
        this._fail(this._t('stopped'));
      } else if (outcome.kind === 'unavailable') {
        this._fail(this._t('unavailable'));
      } else {
        const data = outcome.data;
        ok = !data.error && !outcome.cut;
        if (outcome.cut) {
          this._print('note', '\n' + this._t('cut', { max: whole(20000) }) + '\n');
        }
        if (data.error) {
          const err = data.error;
          this._errorLine = err.line;
          this._lines();
          if (err.traceback) this._print('stderr', err.traceback);
          const what = err.type ? err.type + (err.message ? ': ' + err.message : '') : err.message;
          const key = (err.type === 'SyntaxError' ? 'syntax-error' : '') + (err.line ? (err.type === 'SyntaxError' ? '-at-line' : 'error-at-line') : '');
          this._fail(key ? this._t(key, { line: err.line, error: what }) : what);
        } else if (!this.output.textContent) {
          this.output.appendChild(el('span', 'gb-py-note', this._t('printed-nothing', { ms: outcome.ms })));
        }
        this.objects.data = data.snapshot;
        if (data.check) {
          passed = data.check.passed;
          this.verdict.className = 'gb-py-verdict ' + (passed ? 'gb-py-pass' : 'gb-py-fail');
          this.verdict.textContent = passed ? this._t('passed') : this._t('not-yet', { why: data.check.message });
        }
      }
      this.dispatchEvent(new CustomEvent('gb-ran', { detail: { code, passed, stdout: this._stdout, ok } }));
    }

    _fail(text) {
      this.message.className = 'gb-py-message gb-py-error';
      this.message.textContent = text;
    }
  }

  customElements.define('gb-python', GbPython);
})();
