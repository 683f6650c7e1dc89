/**
 * One test keeps five things in agreement: the rule table of the project's
 * copy of the spec (docs/strategy-file.md), the rule files, the registry, the
 * doc pages, and the messages in both languages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const spec = readFileSync(`${root}docs/strategy-file.md`, 'utf8');
const specTable = [...spec.matchAll(/^\| \[`([a-z-]+(?:\/[a-z-]+)?)`\]\(rules\/\1\.md\) \| (error|warning) \|/gm)].map(([, id, severity]) => ({
  id,
  severity: severity === 'warning' ? 'warn' : severity,
}));

function ruleFiles(): string[] {
  const base = `${root}src/lint/rules/`;
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('index.ts') && file.includes('/'))
    .map((file) => file.replace(/\.ts$/, ''))
    .concat('schema');
}

describe('rules agree with the spec, the files and the docs', () => {
  it('finds the spec table', () => expect(specTable.length).toBeGreaterThan(30));

  it('registers exactly the ids of the spec, with their default severities', () => {
    expect(RULES.map(({ id, severity }) => ({ id, severity }))).toEqual(
      [...specTable].sort((a, b) => a.id!.localeCompare(b.id!)),
    );
  });

  it('has one file per rule, named by its id', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    const ruleModules = ruleFiles().filter((file) => ids.has(file));
    expect(ruleModules.sort()).toEqual([...ids].sort());
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s has a doc page, a description and messages in both languages', (id, rule) => {
    const doc = `${root}docs/rules/${id}.md`;
    expect(existsSync(doc), doc).toBe(true);
    const text = readFileSync(doc, 'utf8');
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    expect(text).toContain(`Default severity: **${rule.severity}**`);
    if (id !== 'schema') expect(text).toMatch(/## Bad[\s\S]*```yaml[\s\S]*## Good[\s\S]*```yaml/);
    expect(rule.description.en.trim()).not.toBe('');
    expect(rule.description.de.trim()).not.toBe('');
    for (const [messageId, message] of Object.entries(rule.messages)) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(message.en.trim(), `${id}.${messageId}`).not.toBe('');
      expect(message.de.trim(), `${id}.${messageId}`).not.toBe('');
      expect(placeholders(message.de), `${id}.${messageId} placeholders`).toEqual(placeholders(message.en));
    }
  });
});
