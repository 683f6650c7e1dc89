import type { Formatter } from './formatter.js';

/**
 * The `--format` choices; an explicit map, never a lookup by guessed file name.
 * Each is loaded only when chosen, so `check` pays for one formatter.
 */
export const FORMATTERS: Readonly<Record<string, () => Promise<Formatter>>> = {
  stylish: async () => (await import('./stylish.js')).default,
  json: async () => (await import('./json.js')).default,
  sarif: async () => (await import('./sarif.js')).default,
  junit: async () => (await import('./junit.js')).default,
  github: async () => (await import('./github.js')).default,
  gitlab: async () => (await import('./gitlab.js')).default,
};
