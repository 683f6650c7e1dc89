/**
 * What every change smplan makes to a strategy also changes: `revision` goes up
 * by one and `updated` becomes today (never `started`). Shared by `track` and
 * `edit`, so both keep the format's promise the same way.
 */
import type { DataPath } from './document.js';

/** A document that can be changed: `StrategyDocument` and `DocumentEditor` both are. */
export interface Changeable {
  /** The data as loaded, before this change. */
  readonly data: unknown;
  set(path: DataPath, value: string | number): void;
}

/** Raises `revision` by one (a file without one gets revision 1) and sets `updated` to `today`. */
export function markChanged(target: Changeable, today: string): void {
  const revision = (target.data as { revision?: unknown } | null)?.revision;
  const current = typeof revision === 'number' && Number.isInteger(revision) && revision >= 1 ? revision : 0;
  target.set(['revision'], current + 1);
  target.set(['updated'], today);
}
