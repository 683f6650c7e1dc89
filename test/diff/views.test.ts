/** The three views of `smplan diff`: what they say, and that text from the file stays text. */
import { describe, expect, it } from 'vitest';
import { NO_COLORS, type Colors } from '../../src/base/colors.js';
import type { Change } from '../../src/diff/compare.js';
import type { LintDiff } from '../../src/diff/lint.js';
import json from '../../src/diff/views/json.js';
import markdown, { escapeMarkdown } from '../../src/diff/views/markdown.js';
import text from '../../src/diff/views/text.js';
import type { DiffResult } from '../../src/diff/views/view.js';

const NO_LINT: LintDiff = { newlyFailing: [], nowPassing: [], rulesRan: { old: true, new: true } };

function result(changes: Change[], lint: Partial<LintDiff> = {}, readable = { old: true, new: true }): DiffResult {
  return { old: 'HEAD~1:smplan.yaml', new: 'smplan.yaml', changes, lint: { ...NO_LINT, ...lint }, readable };
}

const REVIEW: DiffResult = result(
  [
    { kind: 'status-changed', field: 'status', from: 'draft', to: 'approved' },
    { kind: 'goal-added', id: 'leads', to: { metric: 'Leads', unit: 'leads', target: 40, deadline: '2027-06-30' } },
    { kind: 'goal-removed', id: 'x', from: {} },
    { kind: 'goal-retargeted', id: 'walk-ins', field: 'kpi.target', from: 600, to: 800 },
    { kind: 'goal-retargeted', id: 'walk-ins', field: 'kpi.deadline', from: '2027-06-30', to: '2027-09-30' },
    { kind: 'audience-added', id: 'students', to: 'Students' },
    { kind: 'owner-changed', field: 'team.owner.name', from: 'Anna Müller', to: 'Lea Brandt' },
    { kind: 'cost-changed', field: 'team.budget.amount', from: 50, to: 80 },
    { kind: 'guideline-topic-removed', from: 'privacy' },
    { kind: 'response-time-changed', field: 'criticism.response_time_hours', to: 4 },
    { kind: 'scenario-added', to: 'shitstorm' },
    { kind: 'other-changed', field: 'team.coordination', from: 'a', to: 'b' },
    { kind: 'other-changed', field: 'updated', from: '2027-01-01', to: '2027-02-01' },
  ],
  {
    newlyFailing: [{ ruleId: 'goals/metric', messageId: 'missing', severity: 'error', message: 'Goal "leads" has no kpi.metric.' }],
    nowPassing: [{ ruleId: 'team/hours', messageId: 'missing', severity: 'warn', message: 'No hours per week.' }],
  },
);

const context = { language: 'en' as const, colors: NO_COLORS };

describe('text view', () => {
  it('shows one line per change with git-like signs, then the lint changes', () => {
    expect(text(REVIEW, context)).toBe(
      [
        'HEAD~1:smplan.yaml → smplan.yaml',
        '~ status: draft → approved',
        '+ goal leads added: 40 leads by 2027-06-30',
        '- goal x removed',
        '~ goal walk-ins retargeted: target 600 → 800, deadline 2027-06-30 → 2027-09-30',
        '+ audience students ("Students") added',
        '~ owner: "Anna Müller" → "Lea Brandt"',
        '~ budget: 50 → 80',
        '- guideline topic privacy removed',
        '~ response time to criticism (hours): (none) → 4',
        '+ criticism scenario shitstorm added',
        '~ also changed: team.coordination, updated',
        '',
        'newly failing: goals/metric — Goal "leads" has no kpi.metric.',
        'now passing: team/hours — No hours per week.',
        '',
      ].join('\n'),
    );
  });

  it('speaks German', () => {
    const output = text(REVIEW, { ...context, language: 'de' });
    expect(output).toContain('+ Ziel leads hinzugefügt: 40 leads bis 2027-06-30');
    expect(output).toContain('~ Ziel walk-ins neu ausgerichtet: Zielwert 600 → 800, Frist 2027-06-30 → 2027-09-30');
    expect(output).toContain('~ Verantwortlich: „Anna Müller“ → „Lea Brandt“');
    expect(output).toContain('neu verletzt: goals/metric — Goal "leads" has no kpi.metric.');
  });

  it('says so when nothing changed', () => {
    expect(text(result([]), context)).toBe('no changes between HEAD~1:smplan.yaml and smplan.yaml\n');
  });

  it('escapes control characters from the file, also in file names and findings', () => {
    const hostile = result(
      [
        { kind: 'owner-changed', field: 'team.owner.name', from: 'Anna', to: 'Eve\u001b[31m\u001b]8;;https://evil\u0007' },
        { kind: 'goal-added', id: 'evil', to: { unit: 'x\r\n+ goal fake added', target: 1 } },
      ],
      { newlyFailing: [{ ruleId: 'schema', messageId: 'syntax', severity: 'error', message: 'bad \u001b[2J' }] },
    );
    const output = text({ ...hostile, new: 'new\u001b.yaml' }, context);
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(output).toContain('Eve\\x1b[31m\\x1b]8;;https://evil\\x07');
    expect(output).toContain('+ goal evil added: 1 x\\r\\n+ goal fake added');
    expect(output).toContain('new\\x1b.yaml');
    expect(output).toContain('bad \\x1b[2J');
    expect(output.split('\n').filter((line) => line.startsWith('+'))).toHaveLength(1);
  });

  it('colours added, removed and changed lines when asked', () => {
    const tag = (name: string) => (value: string) => `<${name}>${value}</${name}>`;
    const colors: Colors = { red: tag('red'), yellow: tag('yellow'), green: tag('green'), dim: tag('dim'), bold: tag('bold'), underline: tag('u') };
    const output = text(REVIEW, { ...context, colors });
    expect(output).toContain('<green>+ goal leads added');
    expect(output).toContain('<red>- goal x removed</red>');
    expect(output).toContain('<yellow>~ budget: 50 → 80</yellow>');
    expect(output).toContain('<red>newly failing: goals/metric');
    expect(output).toContain('<green>now passing: team/hours');
  });

  it('notes a side the rules could not run on', () => {
    const output = text(result([], { newlyFailing: [{ ruleId: 'schema', messageId: 'syntax', severity: 'error', message: 'YAML syntax error.' }], rulesRan: { old: true, new: false } }), context);
    expect(output).toContain('note: smplan.yaml has schema problems, so the lint rules did not run on it');
  });

  it('notes a side that is not valid YAML', () => {
    const syntax = { newlyFailing: [{ ruleId: 'schema', messageId: 'syntax', severity: 'error' as const, message: 'YAML syntax error.' }], rulesRan: { old: false, new: true } };
    const output = text(result([], syntax, { old: false, new: true }), context);
    expect(output).toContain('note: HEAD~1:smplan.yaml is not valid YAML, so its content is not compared');
    expect(output).not.toContain('lint rules did not run');
    expect(markdown(result([], syntax, { old: false, new: true }), { ...context, language: 'de' })).toContain('_Hinweis: HEAD\\~1:smplan.yaml ist kein gültiges YAML');
  });

  it('shortens long objectives', () => {
    const long = 'a'.repeat(100);
    const output = text(result([{ kind: 'goal-reworded', id: 'g', field: 'objective', from: 'Short one', to: long }]), context);
    expect(output).toContain(`~ goal g reworded: "Short one" → "${'a'.repeat(59)}…"`);
  });
});

describe('markdown view', () => {
  it('has a heading, a list per part and a lint table', () => {
    const output = markdown(REVIEW, context);
    expect(output).toContain('## Strategy changes');
    expect(output).toContain('From HEAD\\~1:smplan.yaml to smplan.yaml.');
    expect(output).toContain('### Goals\n\n- goal leads added: 40 leads by 2027-06-30\n- goal x removed\n- goal walk-ins retargeted: target 600 → 800, deadline 2027-06-30 → 2027-09-30\n');
    expect(output).toContain('### Team\n\n- owner: "Anna Müller" → "Lea Brandt"\n- budget: 50 → 80\n');
    expect(output).toContain('| Change | Rule | Severity | Finding |\n| --- | --- | --- | --- |\n');
    expect(output).toContain('| ❌ newly failing | goals/metric | error | Goal "leads" has no kpi.metric. |');
    expect(output).toContain('| ✅ now passing | team/hours | warning | No hours per week. |');
  });

  it('escapes | and * and other Markdown in text from the file', () => {
    const output = markdown(
      result(
        [
          { kind: 'owner-changed', field: 'team.owner.name', from: 'Anna', to: '**Boss** | <img src=x> [link](https://evil) @everyone' },
          { kind: 'goal-removed', id: 'a_b', from: {} },
        ],
        { newlyFailing: [{ ruleId: 'strategy/placeholder', messageId: 'placeholder', severity: 'error', message: 'Text "a | b *c*" looks like a placeholder.' }] },
      ),
      context,
    );
    expect(output).toContain('- owner: Anna → "\\*\\*Boss\\*\\* \\| \\<img src=x\\> \\[link\\]\\(https://evil\\) \\@everyone"');
    expect(output).toContain('- goal a\\_b removed');
    expect(output).toContain('| Text "a \\| b \\*c\\*" looks like a placeholder. |');
    for (const line of output.split('\n').filter((candidate) => candidate.startsWith('| ❌'))) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    }
  });

  it('escapes control characters and line breaks', () => {
    expect(escapeMarkdown('a\nb\u001b')).toBe('a\\\\nb\\\\x1b');
  });

  it('says when nothing changed', () => {
    const output = markdown(result([]), { ...context, language: 'de' });
    expect(output).toContain('## Änderungen an der Strategie');
    expect(output).toContain('Keine Änderungen.');
    expect(output).toContain('Keine Prüfbefunde sind hinzugekommen oder weggefallen.');
  });
});

describe('json view', () => {
  it('has a stable shape with the values as the file has them', () => {
    const parsed = JSON.parse(json(REVIEW, context));
    expect(Object.keys(parsed)).toEqual(['old', 'new', 'changes', 'lint', 'readable']);
    expect(parsed.readable).toEqual({ old: true, new: true });
    expect(parsed.old).toBe('HEAD~1:smplan.yaml');
    expect(parsed.changes[3]).toEqual({ kind: 'goal-retargeted', id: 'walk-ins', field: 'kpi.target', from: 600, to: 800 });
    expect(parsed.changes[9]).toEqual({ kind: 'response-time-changed', field: 'criticism.response_time_hours', to: 4 });
    expect(parsed.lint).toEqual({
      newlyFailing: [{ ruleId: 'goals/metric', messageId: 'missing', severity: 'error', message: 'Goal "leads" has no kpi.metric.' }],
      nowPassing: [{ ruleId: 'team/hours', messageId: 'missing', severity: 'warn', message: 'No hours per week.' }],
      rulesRan: { old: true, new: true },
    });
  });
});
