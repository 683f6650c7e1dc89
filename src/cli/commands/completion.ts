/**
 * `smplan completion bash|zsh|fish`: a shell completion script, and
 * `smplan completion --goal-ids [file]`, which the scripts call while you type
 * `smplan track <TAB>`. The scripts are generated from a spec read off the
 * commander program (src/cli/completion/).
 */
import { StrategyDocument } from '../../strategy/document.js';
import { bashScript } from '../completion/bash.js';
import { fishScript } from '../completion/fish.js';
import { SHELLS, type CompletionSpec, type Shell } from '../completion/spec.js';
import { zshScript } from '../completion/zsh.js';
import { LocalizedError } from '../../base/errors.js';
import { EXIT } from '../errors.js';
import { writeOut } from '../output.js';

export { completionSpec, EDIT_SECTIONS, SHELLS, type CompletionSpec, type Shell } from '../completion/spec.js';

/** Writes the completion script for `shell` to stdout. */
export function completion(shell: string | undefined, spec: CompletionSpec): number {
  if (shell === undefined) throw new LocalizedError({ en: 'name a shell: {shells}', de: 'nennen Sie eine Shell: {shells}' }, { shells: SHELLS.join(', ') });
  if (!(SHELLS as readonly string[]).includes(shell)) {
    throw new LocalizedError({ en: 'cannot complete for the shell "{shell}"; choose one of {shells}', de: 'für die Shell „{shell}“ gibt es keine Vervollständigung; wählen Sie eine von {shells}' }, { shell, shells: SHELLS.join(', ') });
  }
  writeOut(completionScript(shell as Shell, spec));
  return EXIT.ok;
}

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  switch (shell) {
    case 'bash':
      return bashScript(spec);
    case 'zsh':
      return zshScript(spec);
    case 'fish':
      return fishScript(spec);
  }
}

/** Goal ids are slugs; anything else is not printed, so a file can never put shell syntax on the command line. */
const GOAL_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Prints the ids of the goals in `file`, one a line: what `smplan track <TAB>`
 * offers. Prints nothing, and succeeds, when the file is missing or unreadable
 * (completion must never print errors into the user's command line). The ids
 * come from the file as written, so a draft with a schema error elsewhere still completes.
 */
export function goalIds(file: string): number {
  let document: StrategyDocument;
  try {
    document = StrategyDocument.load(file);
  } catch {
    return EXIT.ok;
  }
  const goals = document.strategy?.goals ?? (document.data as { goals?: unknown } | null)?.goals;
  if (!Array.isArray(goals)) return EXIT.ok;
  const ids = goals.map((goal) => (goal as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string' && GOAL_ID.test(id));
  if (ids.length > 0) writeOut(`${[...new Set(ids)].join('\n')}\n`);
  return EXIT.ok;
}
