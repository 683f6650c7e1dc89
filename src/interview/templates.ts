/**
 * The shipped templates: complete example strategies in `templates/<name>.<lang>.yaml`
 * whose first line is `# smplan template: <description>`. `init --template`
 * uses one as the suggestions of every question.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { packagePath } from '../base/package-root.js';
import { UsageError } from '../base/errors.js';
import { formatMessage, type Language } from '../base/message.js';
import { StrategyDocument } from '../strategy/document.js';
import { readTextFile } from '../strategy/files.js';
import { daysBetween } from '../strategy/today.js';
import { clone, getIn, isMapping, setIn, type Data } from './data.js';
import { MESSAGES } from './messages.js';

const FILE_NAME = /^([a-z0-9][a-z0-9-]*)\.(de|en)\.ya?ml$/;
const DESCRIPTION = /^#\s*smplan template:\s*(.+)$/;

export interface TemplateInfo {
  name: string;
  /** File per language; a template may exist in one language only. */
  files: Partial<Record<Language, string>>;
}

export function templatesFolder(): string {
  return packagePath('templates');
}

export async function findTemplates(folder = templatesFolder()): Promise<TemplateInfo[]> {
  const byName = new Map<string, TemplateInfo>();
  for (const file of (await readdir(folder)).sort()) {
    const match = FILE_NAME.exec(file);
    if (!match) continue;
    const [, name, language] = match as unknown as [string, string, Language];
    const info = byName.get(name) ?? { name, files: {} };
    info.files[language] = join(folder, file);
    byName.set(name, info);
  }
  return [...byName.values()];
}

function fileFor(info: TemplateInfo, language: Language): { path: string; language: Language } {
  const other: Language = language === 'de' ? 'en' : 'de';
  const path = info.files[language] ?? info.files[other];
  return { path: path!, language: info.files[language] ? language : other };
}

/** The description of the first line, in the chosen language where the template has it. */
export async function templateDescription(info: TemplateInfo, language: Language): Promise<string> {
  const text = await readTextFile(fileFor(info, language).path);
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return DESCRIPTION.exec(firstLine)?.[1]?.trim() ?? '';
}

/** One line per template: name and description, aligned. */
export async function templateList(language: Language, folder?: string): Promise<string> {
  const templates = await findTemplates(folder);
  const width = Math.max(0, ...templates.map((info) => info.name.length));
  const lines = await Promise.all(templates.map(async (info) => `${info.name.padEnd(width)}  ${await templateDescription(info, language)}`.trimEnd()));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

export interface LoadedTemplate {
  name: string;
  description: string;
  /** The template's strategy with its dates moved to start today. */
  data: Data;
}

function shiftDate(date: unknown, days: number): unknown {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const shifted = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
  return shifted.toISOString().slice(0, 10);
}

/**
 * Template dates are examples. The template's `started` becomes `today`, and
 * every other date keeps its distance from it: `next_review`, each goal's
 * deadline and measurement dates. (A new strategy has no measurements yet, so
 * those are dropped.) `updated` is today.
 */
export function rebaseDates(template: Data, today: string): Data {
  const data = clone(template);
  const started = typeof data.started === 'string' ? data.started : today;
  const days = daysBetween(started, today);
  data.started = today;
  data.updated = today;
  if (data.next_review !== undefined) data.next_review = shiftDate(data.next_review, days);
  if (Array.isArray(data.goals)) {
    for (const goal of data.goals) {
      if (!isMapping(goal)) continue;
      const deadline = getIn(goal, ['kpi', 'deadline']);
      if (deadline !== undefined) setIn(goal, ['kpi', 'deadline'], shiftDate(deadline, days));
      delete goal.measurements;
    }
  }
  return data;
}

export async function loadTemplate(name: string, language: Language, today: string, folder?: string): Promise<LoadedTemplate> {
  const templates = await findTemplates(folder);
  const info = templates.find((template) => template.name === name);
  if (!info) {
    throw new UsageError(formatMessage(MESSAGES.unknownTemplate, language, { name, names: templates.map((template) => template.name).join(', ') }));
  }
  const { path } = fileFor(info, language);
  const document = await StrategyDocument.load(path);
  if (document.problems.length > 0 || !isMapping(document.data)) {
    throw new Error(`the shipped template ${path} is broken (${document.problems[0]?.code ?? 'not a mapping'})`);
  }
  return { name, description: await templateDescription(info, language), data: rebaseDates(document.data, today) };
}
