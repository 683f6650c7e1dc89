/**
 * The diff for a terminal: one line per change with git's `+`, `-` and `~`,
 * then the lint findings that appeared or disappeared. Every text from the
 * files is shown with its control characters escaped, so a strategy cannot
 * drive the terminal or fake lines of the output.
 */
import { escapeControlCharacters } from '../../base/message.js';
import { fill, LINT_MESSAGES, VIEW_MESSAGES } from '../messages.js';
import { describeChanges, hasChanges, notesOf, ruleLabel, type DiffView } from './view.js';

const text: DiffView = (result, { language, colors }) => {
  const escape = escapeControlCharacters;
  const files = { old: escape(result.old), new: escape(result.new) };
  const notes = notesOf(result).map((note) => colors.dim(fill(LINT_MESSAGES[note.message], language, { file: escape(note.file) })));
  if (!hasChanges(result)) return [fill(VIEW_MESSAGES['no-changes'], language, files), ...notes].join('\n') + '\n';

  const lines = [colors.underline(fill(VIEW_MESSAGES.header, language, files))];
  const paint = { '+': colors.green, '-': colors.red, '~': colors.yellow };
  for (const line of describeChanges(result.changes, language, escape)) lines.push(paint[line.sigil](`${line.sigil} ${line.text}`));

  const { newlyFailing, nowPassing } = result.lint;
  if (newlyFailing.length > 0 || nowPassing.length > 0) lines.push('');
  for (const entry of newlyFailing) {
    const message = fill(LINT_MESSAGES['newly-failing'], language, { rule: ruleLabel(entry, language, escape), message: escape(entry.message) });
    lines.push((entry.severity === 'error' ? colors.red : colors.yellow)(message));
  }
  for (const entry of nowPassing) {
    lines.push(colors.green(fill(LINT_MESSAGES['now-passing'], language, { rule: ruleLabel(entry, language, escape), message: escape(entry.message) })));
  }
  if (notes.length > 0) lines.push('', ...notes);
  return `${lines.join('\n')}\n`;
};

export default text;
