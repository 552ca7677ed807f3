/*
 * Module worker that runs real CPython (Pyodide, served by Glassbox under /pyodide/) off the page's thread, so
 * that a runaway loop can be stopped by terminating this worker. Messages in: {type: 'run', id, code, check, text}
 * (text: the page's sentences by name, for the runner's own messages). Messages out:
 * {type: 'stage'|'ready'|'failed'|'out'|'result', ...}; a stage names its sentence by key. Nothing here talks to the server except
 * fetching Pyodide's own files and glassbox_runner.py.
 */
const here = new URL(self.location.href);
const INDEX = new URL('../pyodide/', here).href;
const RUNNER = new URL('glassbox_runner.py', here).href;
const MAX_OUTPUT = 20000;

let pyodide = null;
let runner = null;
let written = 0;
let cut = false;

function emit(stream, text) {
  if (cut) return;
  if (written + text.length > MAX_OUTPUT) {
    text = text.slice(0, Math.max(0, MAX_OUTPUT - written));
    cut = true;
  }
  written += text.length;
  if (text) self.postMessage({ type: 'out', stream, text });
}

function downloadedBytes() {
  let bytes = 0;
  for (const entry of self.performance.getEntriesByType('resource')) {
    if (entry.name.indexOf('/pyodide/') >= 0 || entry.name.indexOf('glassbox_runner.py') >= 0) {
      bytes += entry.transferSize || entry.encodedBodySize || 0;
    }
  }
  return bytes;
}

async function start() {
  const t0 = self.performance.now();
  try {
    self.postMessage({ type: 'stage', key: 'stage-download' });
    const { loadPyodide } = await import(INDEX + 'pyodide.mjs');
    pyodide = await loadPyodide({ indexURL: INDEX, lockFileURL: INDEX + 'pyodide-lock.json', stdLibURL: INDEX + 'python_stdlib.zip' });
    self.postMessage({ type: 'stage', key: 'stage-start' });
    pyodide.setStdin({ error: true });
    // Raw bytes, decoded as a stream: a prompt or a print(end='') without a newline is shown when Python flushes
    // (the runner flushes after every run) instead of waiting in a line buffer for the next run.
    const out = new TextDecoder(), err = new TextDecoder();
    pyodide.setStdout({ isatty: true, write: bytes => { emit('stdout', out.decode(bytes, { stream: true })); return bytes.length; } });
    pyodide.setStderr({ isatty: true, write: bytes => { emit('stderr', err.decode(bytes, { stream: true })); return bytes.length; } });
    const source = await (await fetch(RUNNER)).text();
    pyodide.FS.writeFile('/home/pyodide/glassbox_runner.py', source);
    runner = pyodide.pyimport('glassbox_runner');
    const version = pyodide.runPython('import sys; sys.version.split()[0]');
    self.postMessage({ type: 'ready', version, bytes: downloadedBytes(), ms: Math.round(self.performance.now() - t0) });
  } catch (e) {
    self.postMessage({ type: 'failed', text: String(e && e.message || e) });
  }
}

const started = start();

self.onmessage = async event => {
  const message = event.data;
  if (message.type !== 'run') return;
  await started;
  if (!runner) return;
  written = 0;
  cut = false;
  const t0 = self.performance.now();
  let json;
  try {
    json = runner.run(message.code, message.check || '', JSON.stringify(message.text || {}));
  } catch (e) {
    json = JSON.stringify({ error: { type: 'InternalError', message: String(e && e.message || e), line: null, traceback: '' } });
  }
  self.postMessage({ type: 'result', id: message.id, json, cut, ms: Math.round(self.performance.now() - t0) });
};
