/**
 * smplan as a library: read a strategy, lint it with the same findings as
 * `smplan check`, compute what `smplan report` shows, and the schema. For an
 * editor extension, a bot or a dashboard that would otherwise spawn the CLI.
 *
 *   import { lintText } from 'smplan';
 *   const findings = lintText(text, { filePath: 'smplan.yaml', language: 'de' });
 */
import { dirname, resolve } from 'node:path';
import type { Language } from './base/message.js';
import { ConfigResolver } from './lint/config.js';
import { lintDocument, type LintOptions } from './lint/engine.js';
import type { Finding } from './lint/finding.js';
import { RULES } from './lint/rules/index.js';
import { buildReport, toJson, type ReportJson, type ReportModel } from './report/model.js';
import { StrategyDocument, type SchemaProblem } from './strategy/document.js';
import { strategyJsonSchema } from './strategy/json-schema.js';
import { strategySchema, type Strategy } from './strategy/schema.js';
import { today as todayFromEnvironment } from './strategy/today.js';

export type { Finding, Language, ReportJson, ReportModel, SchemaProblem, Strategy };
export { strategySchema, strategyJsonSchema };

/** A strategy as smplan reads it: its data, and the strategy when the file is well-formed. */
export interface ReadStrategy {
  /** The data as written, unknown keys and all. */
  data: unknown;
  /** The strategy as the schema accepted it; undefined when there are problems. */
  strategy: Strategy | undefined;
  /** Why the file is not well-formed: YAML syntax, types, dates, with positions. */
  problems: readonly SchemaProblem[];
}

function asRead(document: StrategyDocument): ReadStrategy {
  return { data: document.data, strategy: document.strategy, problems: document.problems };
}

/** Reads a strategy from text; `filePath` only names it. */
export function readStrategyText(text: string, filePath = 'smplan.yaml'): ReadStrategy {
  return asRead(StrategyDocument.parse(filePath, text));
}

/** Reads a strategy file; throws an Error with a one-line reason when it cannot be read as text. */
export function readStrategy(path: string): ReadStrategy {
  return asRead(StrategyDocument.load(path));
}

export interface LintTextOptions {
  /** Where the text belongs: config files (`.smplanrc.yaml`) are looked up from its folder. Default `smplan.yaml` in `cwd`. */
  filePath?: string;
  cwd?: string;
  /** Language of the messages; default the strategy's own, else English. */
  language?: Language;
  /** YYYY-MM-DD; default `SMPLAN_TODAY` or the local date. */
  today?: string;
  /** Severities over the config files': rule id → off, warn or error. */
  rules?: Readonly<Record<string, 'off' | 'warn' | 'error'>>;
}

/** The findings `smplan check` reports for this text, in the same order. */
export function lintText(text: string, options: LintTextOptions = {}): Finding[] {
  const cwd = options.cwd ?? process.cwd();
  const filePath = options.filePath ?? 'smplan.yaml';
  const document = StrategyDocument.parse(resolve(cwd, filePath), text);
  const declared = (document.data as { language?: unknown } | null)?.language;
  const language = options.language ?? (declared === 'de' || declared === 'en' ? declared : 'en');
  const severities: LintOptions['severities'] = new ConfigResolver(cwd, new Map(Object.entries(options.rules ?? {}))).severitiesFor(filePath);
  return lintDocument(document, { language, today: options.today ?? todayFromEnvironment(), severities });
}

/** `lintText` of a file; config files are looked up from its folder. */
export function lintFile(path: string, options: Omit<LintTextOptions, 'filePath' | 'cwd'> = {}): Finding[] {
  const absolute = resolve(path);
  return lintText(StrategyDocument.load(absolute).source, { ...options, cwd: dirname(absolute), filePath: absolute });
}

/** The rules `check` runs: id, default severity and one line in each language. */
export const rules: readonly { id: string; severity: 'warn' | 'error'; description: { en: string; de: string } }[] = RULES.map(({ id, severity, description }) => ({ id, severity, description }));

/** What `smplan report` shows (`toJson` gives the shape of `--format json`). */
export function reportModel(strategy: Strategy, options: { file?: string; today?: string } = {}): ReportModel {
  return buildReport(strategy, options.file ?? 'smplan.yaml', options.today ?? todayFromEnvironment());
}

export { toJson as reportJson };
