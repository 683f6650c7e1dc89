// Bundles the CLI with esbuild: one small entry file plus a chunk per lazily
// imported command, so each command loads only the code it needs. The bundle
// is built beside dist/ and swapped in, so a CLI that runs during a rebuild
// (parallel test runs) never finds dist/ half-written.
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const suffix = `${process.pid}-${randomBytes(3).toString('hex')}`;
const fresh = new URL(`dist.new-${suffix}`, root);
const stale = new URL(`dist.old-${suffix}`, root);

try {
  await build({
    entryPoints: { cli: 'src/cli/bin.ts' },
    outdir: fresh.pathname,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    define: { __SMPLAN_VERSION__: JSON.stringify(version) },
    // commander is CommonJS and requires node built-ins, which an ESM bundle must provide.
    banner: { js: "import { createRequire as __smplanCreateRequire } from 'node:module'; const require = __smplanCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  await rename(new URL('dist', root), stale).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(fresh, new URL('dist', root));
} finally {
  await rm(fresh, { recursive: true, force: true });
  await rm(stale, { recursive: true, force: true });
}
