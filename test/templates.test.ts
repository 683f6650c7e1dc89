/** Every shipped template is a complete strategy: zero findings of any rule. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../src/lint/engine.js';
import { StrategyDocument } from '../src/strategy/document.js';
import { runCli } from './helpers/cli.js';

const folder = fileURLToPath(new URL('../templates/', import.meta.url));
const templates = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();

describe('templates', () => {
  it('ships four kinds of company in German and English', () => {
    expect(templates).toEqual(['b2b', 'enterprise', 'kiosk', 'nonprofit'].flatMap((name) => [`${name}.de.yaml`, `${name}.en.yaml`]));
  });

  it.each(templates)('%s has no finding in either language, as of its own start day', (name) => {
    const document = StrategyDocument.parse(name, readFileSync(`${folder}${name}`, 'utf8'));
    expect(document.problems).toEqual([]);
    const today = document.strategy!.started!;
    const language = document.strategy!.language!;
    expect(name.split('.')[1]).toBe(language);
    for (const messages of ['en', 'de'] as const) {
      expect(lintDocument(document, { language: messages, today })).toEqual([]);
    }
    expect(readFileSync(`${folder}${name}`, 'utf8')).not.toMatch(/<[^>\n]*>|\bTODO\b|\bTBD\b/);
  });

  it('pass `smplan check` with zero findings', async () => {
    const result = await runCli(['check', '--max-warnings', '0', ...templates], { cwd: folder, env: { SMPLAN_TODAY: '2027-01-01' } });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
});
