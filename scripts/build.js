// Bundles the CLI with esbuild: one small entry file plus a chunk per lazily
// imported command, so each command loads only the code it needs.
import { readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/bin.ts' },
  outdir: 'dist',
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
