// What the built bundle loads on the way to a command: `check` never loads the
// prompt library, and `init` shows its first question before zod is loaded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

/*
 * The bundle is CommonJS (see scripts/build.js): a static import is a plain
 * `require("./…")`, a dynamic one `Promise.resolve().then(()=>f(require("./…")))`.
 */
const DYNAMIC = /then\(\(\)=>[\w$]+\($/;

/** Files loaded with `file`: its static requires, followed to the end. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const text = read(file);
  for (const match of text.matchAll(/require\("\.\/([^"]+\.js)"\)/g)) {
    if (!DYNAMIC.test(text.slice(Math.max(0, match.index - 40), match.index))) staticClosure(folder + match[1], seen);
  }
  return seen;
}

/** The chunk a dynamic import of `<name>-HASH.js` in `file` loads. */
function dynamicChunk(file: string, name: string): string {
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const match = new RegExp(`then\\(\\(\\)=>[\\w$]+\\(require\\("\\./((?:chunks/)?${name}-[A-Z0-9]+\\.js)"\\)`).exec(read(file));
  if (!match) throw new Error(`${file} does not import ${name}`);
  return folder + match[1];
}

const containsAny = (files: Set<string>, marker: string) => [...files].filter((file) => read(file).includes(marker));
/** A string only @inquirer/core has, and one only zod has. */
const PROMPTS = 'force closed the prompt';
const ZOD = '$ZodType';

describe('the bundle', () => {
  it('has the markers this test looks for', () => {
    const all = new Set(readdirSync(join(DIST, 'chunks')).map((file) => `chunks/${file}`));
    expect(containsAny(all, PROMPTS).length).toBeGreaterThan(0);
    expect(containsAny(all, ZOD).length).toBeGreaterThan(0);
  });

  it('keeps the prompt library out of check', () => {
    const check = staticClosure(dynamicChunk('cli.js', 'check'), staticClosure('cli.js'));
    expect(containsAny(check, PROMPTS)).toEqual([]);
  });

  it('shows the first question of init without loading zod', () => {
    const init = dynamicChunk('cli.js', 'init');
    const files = staticClosure(dynamicChunk(init, 'ask'), staticClosure(init, staticClosure('cli.js')));
    expect(containsAny(files, PROMPTS).length).toBeGreaterThan(0);
    expect(containsAny(files, ZOD)).toEqual([]);
  });
});
