/**
 * Reads the labelled corpus and measures each judgment on it: precision and
 * recall of its first label, on the development part and on the held-out
 * part apart. An entry is held out when the first byte of the SHA-1 of its
 * text is a multiple of 4: decided by the text, never by hand.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { deletionKind, namesGroup, noResponse, tooBroad, vagueGoal, vanityMetric } from '../../src/strategy/text/judgments.js';

export const CORPUS = new URL('.', import.meta.url).pathname;

export interface Entry {
  text: string;
  lang: 'de' | 'en';
  label: string;
  source: string | null;
  note?: string;
}

export interface CorpusFile {
  judgment: string;
  question: string;
  labels: string[];
  entries: Entry[];
}

export type Split = 'dev' | 'heldout';

export function splitOf(text: string): Split {
  return createHash('sha1').update(text).digest()[0]! % 4 === 0 ? 'heldout' : 'dev';
}

/** Each judgment as the code makes it: the label it gives a text. */
export const JUDGE: Record<string, (text: string) => string> = {
  'vague-goal': (text) => (vagueGoal(text) === undefined ? 'specific' : 'vague'),
  'group-name': (text) => (namesGroup(text) ? 'group' : 'person'),
  'too-broad-audience': (text) => (tooBroad(text) ? 'broad' : 'specific'),
  'vanity-metric': (text) => (vanityMetric(text) === undefined ? 'business' : 'vanity'),
  deleting: (text) => deletionKind(text),
  'no-response': (text) => (noResponse(text) ? 'no-response' : 'response'),
};

export function corpusFiles(): CorpusFile[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.yaml') && name !== 'sources.yaml')
    .sort()
    .map((name) => parse(readFileSync(join(CORPUS, name), 'utf8')) as CorpusFile);
}

export function sources(): Record<string, { title: string; url: string }> {
  return parse(readFileSync(join(CORPUS, 'sources.yaml'), 'utf8')) as Record<string, { title: string; url: string }>;
}

export interface Score {
  entries: number;
  precision: number;
  recall: number;
  /** The entries judged wrong, with what the code said. */
  wrong: { text: string; label: string; judged: string }[];
}

/** Precision and recall of the first (positive) label. */
export function score(file: CorpusFile, split: Split): Score {
  const positive = file.labels[0]!;
  const judge = JUDGE[file.judgment]!;
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const wrong: Score['wrong'] = [];
  const entries = file.entries.filter((entry) => splitOf(entry.text) === split);
  for (const entry of entries) {
    const judged = judge(entry.text);
    if (judged !== entry.label) wrong.push({ text: entry.text, label: entry.label, judged });
    if (judged === positive && entry.label === positive) truePositives++;
    else if (judged === positive) falsePositives++;
    else if (entry.label === positive) falseNegatives++;
  }
  return {
    entries: entries.length,
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
    wrong,
  };
}

const percent = (ratio: number) => ratio.toFixed(2);

/** The table the README publishes: entries, precision and recall per judgment, development and held-out part. */
export function figuresTable(): string {
  const rows = corpusFiles().map((file) => {
    const [dev, heldout] = [score(file, 'dev'), score(file, 'heldout')];
    return `| ${file.judgment} (${file.labels[0]}) | ${dev.entries} | ${percent(dev.precision)} | ${percent(dev.recall)} | ${heldout.entries} | ${percent(heldout.precision)} | ${percent(heldout.recall)} |`;
  });
  return ['| judgment (positive label) | dev entries | dev precision | dev recall | held-out entries | held-out precision | held-out recall |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}
