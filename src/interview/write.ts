/**
 * The strategy as a file: a header with the schema modeline, each of the five
 * sections under its question as a comment, persons and short lists in flow
 * style like the templates. Written through the document module, atomically.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { formatMessage, type Language } from '../base/message.js';
import type { OnDisk } from '../strategy/write.js';
import { StrategyDocument } from '../strategy/document.js';
import { FileError } from '../strategy/files.js';
import { SECTIONS } from '../strategy/sections.js';
import type { Data } from './data.js';
import { MESSAGES } from './messages.js';
import { INTERVIEW } from './questions.js';

export interface RenderOptions {
  language: Language;
  today: string;
  version: string;
  schema: string;
}

/** Keys whose mappings are written on one line, as in the templates. */
const FLOW_MAPPINGS = new Set(['owner', 'deputy', 'executive_sponsor', 'budget', 'reporting']);

function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/** Flow style for lists of scalars and for persons, budget and reporting, as the templates write them. */
export function useFlowStyle(node: unknown, key?: string): void {
  if (isSeq(node)) {
    if (node.items.length > 0 && node.items.every((item) => isScalar(item))) node.flow = true;
    else for (const item of node.items) useFlowStyle(item);
  } else if (isMap(node)) {
    if (key !== undefined && FLOW_MAPPINGS.has(key) && node.items.every((pair) => isScalar(pair.value))) node.flow = true;
    else for (const pair of node.items) useFlowStyle(pair.value, isScalar(pair.key) ? String(pair.key.value) : undefined);
  }
}

/** The text of the strategy file; `data` comes from `finishStrategy`. */
export function renderStrategy(data: Data, { language, today, version, schema }: RenderOptions): string {
  const document = new Document(data);
  const company = (data.company as { name?: unknown } | undefined)?.name;
  const header = formatMessage(MESSAGES.fileHeader, language, { company: oneLine(String(company ?? '')), version, today });
  const modeline = formatMessage(
    {
      en: 'The line above lets editors with the YAML language server check this file against the schema as you type.',
      de: 'Mit der Zeile darüber prüfen Editoren mit dem YAML Language Server die Datei schon beim Tippen.',
    },
    language,
  );
  document.commentBefore = [` yaml-language-server: $schema=${schema}`, ` ${modeline}`, ...header.split('\n').map((line) => ` ${line}`)].join('\n');
  useFlowStyle(document.contents);
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const key = pair.key as Node;
      const name = isScalar(key) ? String(key.value) : '';
      const spec = INTERVIEW.find((section) => section.id === name);
      if (!spec?.question || !(SECTIONS as readonly string[]).includes(name)) continue;
      key.commentBefore = ` ${spec.question[language]}`;
      key.spaceBefore = true;
    }
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false, nullStr: '' });
}

/**
 * Writes the text through the one write path (src/strategy/write.ts) over what
 * `expected` says is there, and returns the document, ready for `check`. The
 * folder is created if needed. A text that does not read back as a valid
 * strategy is a bug and is never written.
 */
export async function writeStrategy(path: string, text: string, expected: OnDisk): Promise<StrategyDocument> {
  const document = StrategyDocument.parse(path, text);
  if (document.problems.length > 0) {
    const [problem] = document.problems;
    throw new Error(`the strategy to write is not valid (${problem!.code} at ${problem!.position.line}:${problem!.position.column})`);
  }
  try {
    await mkdir(dirname(resolve(path)), { recursive: true });
  } catch {
    throw new FileError(path, 'cannot create its folder');
  }
  await document.save(expected);
  return document;
}
