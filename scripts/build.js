// Bundles the CLI with esbuild: an entry file plus a chunk per lazily imported
// command, so each command loads only the code it needs. The chunks are then
// turned into CommonJS, because bin/smplan.cjs loads them with V8's code cache,
// which Node 20 offers for scripts but not for ES modules (see bin/smplan.cjs).
// The result is built beside dist/ and swapped in whole, so a CLI that runs
// during a rebuild (parallel test runs) never finds dist/ half-written.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build, transform } from 'esbuild';

const root = new URL('../', import.meta.url).pathname;
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const suffix = `${process.pid}-${randomBytes(3).toString('hex')}`;
const fresh = join(root, `dist.new-${suffix}`);
const stale = join(root, `dist.old-${suffix}`);

/**
 * commander requires child_process when it loads, for subcommands that are
 * separate executables, which smplan has none of. Loading it (and with it net,
 * dgram and streams) costs every start a few milliseconds, so commander gets a
 * stand-in that loads the real module only if it is ever used.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(builder) {
    builder.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

try {
  const { outputFiles } = await build({
    plugins: [lazyChildProcess],
    entryPoints: { cli: 'src/cli/bin.ts', 'lint-worker': 'src/lint/worker.ts' },
    outdir: fresh,
    write: false,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    chunkNames: 'chunks/[name]-[hash]',
    define: { __SMPLAN_VERSION__: JSON.stringify(version) },
    logLevel: 'warning',
  });
  for (const file of outputFiles) {
    const usesOwnUrl = file.text.includes('import.meta.url');
    const { code } = await transform(file.text, {
      format: 'cjs',
      loader: 'js',
      // Dynamic imports of chunks become require calls, which the loader can serve from its cache.
      supported: { 'dynamic-import': false },
      target: 'node20',
      minify: true,
      ...(usesOwnUrl && {
        define: { 'import.meta.url': '__smplanModuleUrl' },
        banner: 'var __smplanModuleUrl=require("node:url").pathToFileURL(__filename).href;',
      }),
      logLevel: 'warning',
    });
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, code);
  }
  // The library (`import ... from 'smplan'`): one file each for ESM and CommonJS, dependencies left to npm.
  for (const [format, name] of [['esm', 'api.mjs'], ['cjs', 'api.cjs']]) {
    await build({
      entryPoints: ['src/api.ts'],
      outfile: join(fresh, name),
      bundle: true,
      packages: 'external',
      format,
      platform: 'node',
      target: 'node20',
      define: { __SMPLAN_VERSION__: JSON.stringify(version), ...(format === 'cjs' && { 'import.meta.url': '__smplanModuleUrl' }) },
      // CommonJS has no import.meta: the stemmer is found from this file's own URL (see src/strategy/text/stem.ts).
      ...(format === 'cjs' && { banner: { js: 'var __smplanModuleUrl=require("node:url").pathToFileURL(__filename).href;' } }),
      logLevel: 'warning',
    });
  }
  // Its types, when a package is made (`npm pack`): tsc takes seconds, which a test build need not pay.
  if (process.argv.includes('--types')) {
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.api.json'), '--outDir', join(fresh, 'types')], { stdio: 'inherit' });
    if (tsc.status !== 0) throw new Error('tsc could not write the types of the library');
  }
  await writeFile(join(fresh, 'package.json'), '{ "type": "commonjs" }\n');
  await rename(join(root, 'dist'), stale).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(fresh, join(root, 'dist'));
} finally {
  await rm(fresh, { recursive: true, force: true });
  await rm(stale, { recursive: true, force: true });
}
