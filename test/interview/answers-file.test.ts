import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeAnswers, readAnswers, validateMerged } from '../../src/interview/answers-file.js';
import { defaultStrategy } from '../../src/interview/defaults.js';
import { loadTemplate } from '../../src/interview/templates.js';

function answersFile(text: string, name = 'answers.yaml'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'smplan-answers-')), name);
  writeFileSync(path, text);
  return path;
}

describe('--answers', () => {
  it('merges a partial strategy over the template', async () => {
    const answers = await readAnswers(answersFile('company:\n  name: Kiosk Sonne\nteam:\n  owner: {name: Mia Wolf}\n'), 'de');
    const { data } = await loadTemplate('kiosk', 'de', '2027-01-01');
    const merged = mergeAnswers(data, answers.data);
    expect(merged.company).toMatchObject({ name: 'Kiosk Sonne', size: 'micro' });
    expect(merged.team).toMatchObject({ owner: { name: 'Mia Wolf' }, executive_sponsor: { name: 'Petra Brandt' } });
    expect(validateMerged(merged, answers, 'de')).toEqual([]);
  });

  it('reads JSON as well', async () => {
    const answers = await readAnswers(answersFile('{"company": {"name": "Acme"}, "goals": [{"id": "leads"}]}', 'answers.json'), 'en');
    expect(answers.problems).toEqual([]);
    expect(validateMerged(mergeAnswers(defaultStrategy('X', { language: 'en', today: '2027-01-01' }), answers.data), answers, 'en')).toEqual([]);
  });

  it('reports schema problems at their line and column in the answers file', async () => {
    const text = ['goals:', '  - id: Mehr Laufkundschaft', '    kpi:', '      target: viele', '      deadline: 2027-02-30', 'team:', '  budget: {period: daily}', ''].join('\n');
    const answers = await readAnswers(answersFile(text), 'en');
    const problems = validateMerged(mergeAnswers(defaultStrategy('X', { language: 'en', today: '2027-01-01' }), answers.data), answers, 'en');
    expect(problems.map(({ line, column, message }) => `${line}:${column}: ${message}`)).toEqual([
      '2:9: "goals.0.id" is "Mehr Laufkundschaft"; ids use lower-case letters, digits and hyphens (e.g. more-leads).',
      '4:15: "goals.0.kpi.target" must be a number, not a string.',
      '5:17: "goals.0.kpi.deadline" is "2027-02-30", not a calendar date; write YYYY-MM-DD.',
      '7:20: "team.budget.period" is "daily"; allowed are: week, month, quarter, year.',
    ]);
  });

  it('reports a required value the answers leave out, and a wrong format version', async () => {
    const answers = await readAnswers(answersFile('smplan: 2\ngoals:\n  - objective: Ohne Kennung\n'), 'de');
    const problems = validateMerged(mergeAnswers(defaultStrategy('X', { language: 'de', today: '2027-01-01' }), answers.data), answers, 'de');
    expect(problems.map(({ line, column, message }) => `${line}:${column}: ${message}`)).toEqual([
      '1:9: smplan: 2 ist keine unterstützte Formatversion; dieses smplan liest Version 1.',
      '3:5: „goals.0.id“ fehlt, ist aber Pflicht.',
    ]);
  });

  it('reports YAML syntax errors with their position', async () => {
    const answers = await readAnswers(answersFile('company:\n  name: [unclosed\n'), 'en');
    expect(answers.problems).toHaveLength(1);
    expect(answers.problems[0]).toMatchObject({ line: expect.any(Number), message: expect.stringContaining('YAML syntax error') });
  });
});
