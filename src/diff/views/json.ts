/**
 * The diff for programs, in a stable shape:
 * `{ old, new, changes: [{ kind, id?, field?, from?, to? }], lint: { newlyFailing, nowPassing, rulesRan }, readable }`.
 * Values are as the files have them, not shortened; JSON escapes what needs escaping.
 */
import type { DiffView } from './view.js';

const json: DiffView = (result) => {
  const output = {
    old: result.old,
    new: result.new,
    changes: result.changes,
    lint: {
      newlyFailing: result.lint.newlyFailing,
      nowPassing: result.lint.nowPassing,
      rulesRan: result.lint.rulesRan,
    },
    readable: result.readable,
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};

export default json;
