/**
 * The report as Markdown, for a wiki page or a pull request comment. Text from
 * the file is escaped so that it stays text: no table broken by a `|` or a line
 * break, no link, image, HTML tag or @mention smuggled in.
 */
import { escapeControlCharacters } from '../../base/message.js';
import type { GoalStatus } from '../../strategy/progress.js';
import type { ReportView } from './view.js';
import { breakEvens, describePeriod, numbersFor, UNKNOWN, WORDS } from './words.js';

/** Backslash-escapes the ASCII punctuation that means something in (GitHub-flavoured) Markdown. */
export function escapeMarkdown(text: string): string {
  return escapeControlCharacters(text).replace(/[\\`*_{}[\]()<>#!|~&$@]/g, (character) => `\\${character}`);
}

const STATUS_MARK: Record<GoalStatus, string> = { achieved: '✅', 'on-track': '🟢', 'off-track': '🟠', overdue: '🔴', 'no-data': '⚪' };

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function alignment(aligns: ('left' | 'right')[]): string {
  return row(aligns.map((align) => (align === 'right' ? '---:' : '---')));
}

const markdown: ReportView = (model, { language }) => {
  const words = WORDS[language];
  const numbers = numbersFor(language, model.currency);
  const md = escapeMarkdown;
  const lines: string[] = [`# ${words.title(md(model.company))}`, '', words.subtitle(model.today, md(model.file), model.revision), ''];

  lines.push(`## ${words.goals}`, '');
  if (model.goals.length === 0) lines.push(words.noGoals, '');
  else {
    lines.push(
      row([words.goal, words.metric, words.baseline, words.latest, words.target, words.deadline, words.progress, words.daysLeftColumn, 'Status']),
      alignment(['left', 'left', 'right', 'right', 'right', 'left', 'right', 'right', 'left']),
    );
    for (const goal of model.goals) {
      lines.push(
        row([
          md(goal.id),
          goal.metric ? md(goal.metric) : UNKNOWN,
          md(numbers.number(goal.baseline)),
          goal.latest ? words.measuredOn(md(numbers.amount(goal.latest.value, goal.unit)), goal.latest.date) : UNKNOWN,
          md(numbers.number(goal.target)),
          numbers.date(goal.deadline),
          md(numbers.percent(goal.progress)),
          md(numbers.number(goal.daysLeft)),
          `${STATUS_MARK[goal.status]} ${words.status[goal.status]}`,
        ]),
      );
    }
    lines.push('');
  }

  const period = model.cost?.period;
  lines.push(`## ${words.cost}${period ? ` (${describePeriod(period, words, numbers)})` : ''}`, '');
  if (model.cost) {
    lines.push(
      row([' ', words.amount]),
      alignment(['left', 'right']),
      row([words.budget, md(numbers.money(model.cost.budget))]),
      row([words.staff, md(numbers.money(model.cost.staff))]),
      row([`**${words.total}**`, `**${md(numbers.money(model.cost.total))}**`]),
      '',
    );
  } else lines.push(words.noPeriod, '');

  lines.push(`## ${words.valueAndRoi}`, '');
  if (model.valued.length > 0) {
    lines.push(row([words.goal, words.valuePerUnit, words.planned, words.achieved]), alignment(['left', 'right', 'right', 'right']));
    for (const goal of model.valued) {
      lines.push(
        row([md(goal.id), md(numbers.money(goal.valuePerUnit)), md(numbers.money(goal.planned?.value ?? null)), md(numbers.money(goal.achieved?.value ?? null))]),
      );
    }
    lines.push(row([`**${words.total}**`, ' ', `**${md(numbers.money(model.value.planned))}**`, `**${md(numbers.money(model.value.achieved))}**`]));
    if (model.roi) {
      lines.push(row([`**${words.roi}**`, ' ', `**${md(numbers.signedPercent(model.roi.planned))}**`, `**${md(numbers.signedPercent(model.roi.achieved))}**`]));
    }
    lines.push('');
  }
  const sentences = breakEvens(model, words, numbers);
  if (sentences.length > 0) lines.push(`### ${words.breakEvenTitle}`, '', ...sentences.map((sentence) => `- ${md(sentence)}`), '');
  if (!model.roi) lines.push(model.cost?.total === 0 ? words.zeroCost : words.noRoi, '');
  if (model.notValued.length > 0) lines.push(`${words.notValued}: ${model.notValued.map(md).join(', ')}`, '');
  if (model.missing.length > 0) lines.push(`${words.missing}: ${model.missing.map((name) => `\`${name}\``).join(', ')}`, '');
  lines.push(`<sub>${words.footer}</sub>`, '');
  return lines.join('\n');
};

export default markdown;
