/**
 * The diff as Markdown for a pull request comment: a heading, a bullet list
 * per part of the strategy, and a table of the lint findings that appeared or
 * disappeared. Text from the files is escaped so that it stays text: no table
 * broken by a `|`, no emphasis, link, HTML tag or @mention smuggled in.
 */
import { escapeControlCharacters } from '../../base/message.js';
import { fill, LINT_MESSAGES, SECTION_TITLES, VIEW_MESSAGES, type Section } from '../messages.js';
import { describeChanges, notesOf, ruleLabel, type DiffView } from './view.js';

/** Backslash-escapes the ASCII punctuation that means something in (GitHub-flavoured) Markdown. */
export function escapeMarkdown(text: string): string {
  return escapeControlCharacters(text).replace(/[\\`*_{}[\]()<>#!|~&$@]/g, (character) => `\\${character}`);
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

const markdown: DiffView = (result, { language }) => {
  const md = escapeMarkdown;
  const lines = [`## ${fill(VIEW_MESSAGES['markdown-title'], language)}`, '', fill(VIEW_MESSAGES['markdown-files'], language, { old: md(result.old), new: md(result.new) }), ''];

  const changeLines = describeChanges(result.changes, language, md);
  if (changeLines.length === 0) lines.push(fill(VIEW_MESSAGES['markdown-no-changes'], language), '');
  const sections: Section[] = [];
  for (const line of changeLines) if (!sections.includes(line.section)) sections.push(line.section);
  for (const section of sections) {
    lines.push(`### ${fill(SECTION_TITLES[section], language)}`, '');
    // The sentences say "added" and "removed"; the signs of the text view are left out.
    for (const line of changeLines.filter((candidate) => candidate.section === section)) lines.push(`- ${line.text}`);
    lines.push('');
  }

  lines.push(`### ${fill(VIEW_MESSAGES['lint-title'], language)}`, '');
  const { newlyFailing, nowPassing } = result.lint;
  if (newlyFailing.length === 0 && nowPassing.length === 0) lines.push(fill(VIEW_MESSAGES['lint-no-changes'], language), '');
  else {
    const header = ['column-change', 'column-rule', 'column-severity', 'column-finding'] as const;
    lines.push(row(header.map((key) => fill(VIEW_MESSAGES[key], language))), row(header.map(() => '---')));
    const entries = [
      ...newlyFailing.map((entry) => ({ entry, label: `❌ ${fill(LINT_MESSAGES['newly-failing-label'], language)}` })),
      ...nowPassing.map((entry) => ({ entry, label: `✅ ${fill(LINT_MESSAGES['now-passing-label'], language)}` })),
    ];
    for (const { entry, label } of entries) {
      lines.push(row([label, ruleLabel(entry, language, md), fill(LINT_MESSAGES[entry.severity], language), md(entry.message)]));
    }
    lines.push('');
  }
  for (const note of notesOf(result)) lines.push(`_${fill(LINT_MESSAGES[note.message], language, { file: md(note.file) })}_`, '');
  return `${lines.join('\n').trimEnd()}\n`;
};

export default markdown;
