/**
 * The answers of an interview stopped with Ctrl-C, kept outside the strategy
 * in the user's cache folder, so that `init --resume` (or the next `init` of
 * the same file, which asks) continues where the person stopped. A draft is
 * the journal of answers (ask.ts) with what it started from.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Language } from '../base/message.js';

export interface Draft {
  format: 1;
  /** The strategy file the answers are for, as an absolute path. */
  file: string;
  language: Language;
  template?: string;
  savedAt: string;
  answers: { value: unknown }[];
}

/** The user's cache folder: XDG_CACHE_HOME, else the platform's. */
function cacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME) return env.XDG_CACHE_HOME;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return env.LOCALAPPDATA;
  return join(homedir(), '.cache');
}

/** Where the draft of a strategy file is kept: one per file, named by a hash of its absolute path. */
export function draftPath(file: string): string {
  const key = createHash('sha1').update(resolve(file)).digest('hex').slice(0, 16);
  return join(cacheFolder(), 'smplan', 'drafts', `${key}.json`);
}

export function saveDraft(draft: Omit<Draft, 'format' | 'savedAt'>): string {
  const path = draftPath(draft.file);
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
  // The answers may name people and numbers of the business: readable by the user alone.
  writeFileSync(path, `${JSON.stringify({ format: 1, savedAt: new Date().toISOString(), ...draft })}\n`, { mode: 0o600 });
  return path;
}

/** The draft of `file`, if there is a readable one; a damaged draft counts as none. */
export function readDraft(file: string): Draft | undefined {
  try {
    const draft = JSON.parse(readFileSync(draftPath(file), 'utf8')) as Draft;
    return draft.format === 1 && Array.isArray(draft.answers) && draft.file === resolve(file) ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function removeDraft(file: string): void {
  rmSync(draftPath(file), { force: true });
}
