import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishStrategy } from '../../src/interview/build.js';
import { defaultStrategy } from '../../src/interview/defaults.js';
import { loadTemplate } from '../../src/interview/templates.js';
import { renderStrategy, writeStrategy } from '../../src/interview/write.js';
import { schemaLocation, withModeline } from '../../src/strategy/schema-copy.js';
import { lintDocument } from '../../src/lint/engine.js';
import { StrategyDocument } from '../../src/strategy/document.js';

const TODAY = '2027-01-01';
const render = (data: Record<string, unknown>, language: 'de' | 'en') =>
  renderStrategy(finishStrategy(data, { language, today: TODAY }), { language, today: TODAY, version: '9.9.9', schema: './node_modules/smplan/schema/strategy-v1.json' });

describe('renderStrategy', () => {
  it.each(['de', 'en'] as const)('writes a template (%s) as a valid strategy that check finds nothing in', async (language) => {
    const { data } = await loadTemplate('kiosk', language, TODAY);
    const text = render(data, language);
    const lines = text.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=./node_modules/smplan/schema/strategy-v1.json');
    expect(lines.find((line) => !line.startsWith('#') && line !== '')).toBe('smplan: 1');
    expect(text).toMatch(/\nrevision: 1\nstatus: draft\nupdated: 2027-01-01\n/);
    expect(text).toContain(language === 'de' ? '\n# 3. Wer kümmert sich darum, und wie wird koordiniert? (Chefsache)\nteam:\n' : "\n# 3. Who takes care of it, and how is it coordinated? (The boss's business)\nteam:\n");
    expect(text).toMatch(/\n {2}owner: \{name: [^}]+, role: [^}]+\}\n/);
    expect(text).toMatch(/\n {4}channels: \[instagram, whatsapp\]\n/);
    const document = StrategyDocument.parse('smplan.yaml', text);
    expect(document.problems).toEqual([]);
    expect(lintDocument(document, { language, today: TODAY })).toEqual([]);
  });

  it('puts each of the five questions above its section, also when it is not answered yet', () => {
    const text = render(defaultStrategy('Bäckerei Kunz', { language: 'de', today: TODAY }), 'de');
    expect(text).toContain('\n\n# 1. Was sind unsere Ziele – und woran messen wir sie?\ngoals:\n\n# 2. Welche Zielgruppen');
    expect(text.trimEnd().endsWith('\n# 5. Wie gehen wir mit öffentlicher Kritik und Widerstand um?\ncriticism:')).toBe(true);
    const document = StrategyDocument.parse('smplan.yaml', text);
    expect(document.problems).toEqual([]);
    expect(document.toString()).toBe(text); // stable when smplan rewrites it
  });

  it('keeps the header comment on one line per entry whatever the company is called', () => {
    const text = render({ company: { name: 'Evil\nsmplan: 2 #' } }, 'en');
    expect(text).toContain('# Social media strategy of Evil smplan: 2 #, written by smplan init 9.9.9 on 2027-01-01.');
    expect(StrategyDocument.parse('x.yaml', text).problems).toEqual([]);
  });
});

describe('schemaLocation', () => {
  it('points at the schema in the nearest node_modules/smplan, else at the repository copy, relative to the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'smplan-ref-'));
    mkdirSync(join(root, '.git'));
    expect(schemaLocation(join(root, 'clients/kunz.smplan.yaml'))).toEqual({ reference: '../.smplan/strategy-v1.json', copy: join(root, '.smplan/strategy-v1.json') });
    mkdirSync(join(root, 'node_modules/smplan/schema'), { recursive: true });
    writeFileSync(join(root, 'node_modules/smplan/schema/strategy-v1.json'), '{}');
    expect(schemaLocation(join(root, 'smplan.yaml'))).toEqual({ reference: './node_modules/smplan/schema/strategy-v1.json' });
    expect(schemaLocation(join(root, 'clients/kunz/kunz.smplan.yaml')).reference).toBe('../../node_modules/smplan/schema/strategy-v1.json');
  });

  it('replaces a modeline or adds one, keeping BOM and line ends', () => {
    expect(withModeline('# yaml-language-server: $schema=./old.json\r\nsmplan: 1\r\n', './new.json')).toBe('# yaml-language-server: $schema=./new.json\r\nsmplan: 1\r\n');
    expect(withModeline('\uFEFFsmplan: 1\n', './new.json')).toBe('\uFEFF# yaml-language-server: $schema=./new.json\nsmplan: 1\n');
  });
});

describe('writeStrategy', () => {
  it('creates the folder and writes atomically, leaving no temp file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'smplan-write-'));
    const path = join(root, 'clients', 'kunz.smplan.yaml');
    const text = render(defaultStrategy('Kunz', { language: 'de', today: TODAY }), 'de');
    const document = await writeStrategy(path, text, 'absent');
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(document.problems).toEqual([]);
    expect(readdirSync(join(root, 'clients'))).toEqual(['kunz.smplan.yaml']);
  });

  it('never writes a text that is not a valid strategy', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'smplan-write-')), 'smplan.yaml');
    await expect(writeStrategy(path, 'smplan: 1\ncompany: {name: x}\nstarted: 2027-02-30\n', 'absent')).rejects.toThrow(/not valid \(not-a-date at 3:/);
    expect(existsSync(path)).toBe(false);
  });
});
