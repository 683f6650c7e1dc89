/**
 * The labelled corpus of real phrasings (README.md in this folder): every file
 * well-formed, and the judgments measured on it. The development part must
 * meet the goal (precision ≥ 0.9, recall ≥ 0.85 for the positive label); the
 * figures of both parts must be the ones the project README publishes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFiles, figuresTable, JUDGE, score, sources, splitOf } from './evaluate.js';

const files = corpusFiles();
const known = sources();

describe('the corpus', () => {
  it('has at least 400 entries over the six judgments, in German and English', () => {
    expect(files.map((file) => file.judgment).sort()).toEqual(Object.keys(JUDGE).sort());
    const entries = files.flatMap((file) => file.entries);
    expect(entries.length).toBeGreaterThanOrEqual(400);
    expect(entries.filter((entry) => entry.lang === 'de').length).toBeGreaterThan(entries.length * 0.35);
    expect(entries.filter((entry) => entry.lang === 'en').length).toBeGreaterThan(entries.length * 0.35);
  });

  it.each(files.map((file) => [file.judgment, file] as const))('%s: labels, languages, sources and no text twice', (_, file) => {
    const texts = new Set<string>();
    for (const entry of file.entries) {
      expect(file.labels, entry.text).toContain(entry.label);
      expect(['de', 'en'], entry.text).toContain(entry.lang);
      if (entry.source !== null) expect(Object.keys(known), entry.text).toContain(entry.source);
      expect(texts.has(entry.text), `"${entry.text}" twice`).toBe(false);
      texts.add(entry.text);
    }
    // both sides well represented, and a held-out part of each
    const positive = file.entries.filter((entry) => entry.label === file.labels[0]).length;
    expect(positive / file.entries.length).toBeGreaterThan(0.3);
    expect(positive / file.entries.length).toBeLessThan(0.7);
    expect(file.entries.filter((entry) => splitOf(entry.text) === 'heldout').length).toBeGreaterThan(10);
  });

  it('quotes a published document in a good share of its entries', () => {
    const entries = files.flatMap((file) => file.entries);
    expect(entries.filter((entry) => entry.source !== null).length).toBeGreaterThan(entries.length * 0.3);
    for (const source of Object.values(known)) expect(source.url).toMatch(/^https?:\/\/\S+$/);
  });
});

describe('the judgments on the corpus', () => {
  it.each(files.map((file) => [file.judgment, file] as const))('%s meets the goal on the development part', (_, file) => {
    const { precision, recall, wrong } = score(file, 'dev');
    expect(precision, JSON.stringify(wrong)).toBeGreaterThanOrEqual(0.9);
    expect(recall, JSON.stringify(wrong)).toBeGreaterThanOrEqual(0.85);
  });

  it('has the figures the README publishes, the held-out part apart', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const published = /<!-- corpus-figures -->\n([\s\S]*?)\n<!-- \/corpus-figures -->/.exec(readme)?.[1];
    expect(published).toBe(figuresTable());
  });
});
