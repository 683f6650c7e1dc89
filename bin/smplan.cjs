#!/usr/bin/env node
'use strict';
// Starts the bundled CLI in dist/. Startup time is most of what a user feels of
// `smplan check`, and most of it is V8 compiling the bundle. Node 22 caches
// compiled code itself (module.enableCompileCache); on Node 20 this file does the
// same with V8's code cache for scripts, stored where Node 22 stores its own:
// in the temporary folder, keyed by Node version and file content, rewritten
// when V8 rejects it.
// SMPLAN_NO_COMPILE_CACHE=1 (or Node's NODE_DISABLE_COMPILE_CACHE=1) turns it off.
const Module = require('node:module');
const path = require('node:path');

const entry = path.join(__dirname, '..', 'dist', 'cli.js');
const disabled = Boolean(process.env.SMPLAN_NO_COMPILE_CACHE || process.env.NODE_DISABLE_COMPILE_CACHE);

if (disabled) require(entry);
else if (typeof Module.enableCompileCache === 'function') {
  Module.enableCompileCache();
  require(entry);
} else loadWithCodeCache(entry);

/**
 * V8 checks a cache against the source's length, not its content, so the key
 * must change with the content. Chunk names carry a content hash already; the
 * entry files (cli.js, lint-worker.js) are told apart by when they were built,
 * which costs a stat instead of hashing 50 KB on every start.
 */
function cacheKey(file) {
  const name = path.basename(file);
  if (/-[A-Z0-9]{8}\.js$/.test(name)) return name;
  const { size, mtimeMs } = require('node:fs').statSync(file);
  return `${name}-${size}-${Math.round(mtimeMs).toString(36)}`;
}

function loadWithCodeCache(entryFile) {
  const fs = require('node:fs');
  const os = require('node:os');
  const vm = require('node:vm');
  const cacheFolder = path.join(os.tmpdir(), 'smplan-compile-cache', `${process.version}-${process.arch}`);
  const modules = new Map();
  const stale = [];

  function load(file) {
    const loaded = modules.get(file);
    if (loaded) return loaded.exports;
    const source = fs.readFileSync(file, 'utf8');
    const cacheFile = path.join(cacheFolder, `${cacheKey(file)}.bin`);
    let cachedData;
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
    if (!cachedData || script.cachedDataRejected) stale.push({ script, cacheFile });
    const module = { exports: {}, filename: file, id: file };
    modules.set(file, module);
    const nodeRequire = Module.createRequire(file);
    // The bundle's own chunks are required by relative path; they go through this loader too.
    const localRequire = (id) => (id.startsWith('./') ? load(path.join(path.dirname(file), id)) : nodeRequire(id));
    script.runInThisContext()(module.exports, localRequire, module, file, path.dirname(file));
    return module.exports;
  }

  // Written on exit, so the cache also holds the functions this run compiled.
  process.once('exit', () => {
    for (const { script, cacheFile } of stale) {
      try {
        fs.mkdirSync(cacheFolder, { recursive: true });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(temp, script.createCachedData());
        fs.renameSync(temp, cacheFile);
      } catch {
        // A cache that cannot be written only costs speed.
      }
    }
  });

  load(entryFile);
}
