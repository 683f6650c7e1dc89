/**
 * `check` (goals/off-track, goals/deadline-passed) and `report` (status) use one
 * projection, so for the same file and day they must always agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lintDocument } from '../../src/lint/engine.js';
import { buildReport } from '../../src/report/model.js';
import { StrategyDocument } from '../../src/strategy/document.js';

/** Goal ids flagged by a rule, found by the line range of each goal. */
function flagged(document: StrategyDocument, ruleId: string, today: string): string[] {
  const goals = document.strategy!.goals ?? [];
  const findings = lintDocument(document, { language: 'en', today }).filter((finding) => finding.ruleId === ruleId);
  return goals
    .filter((_, index) => {
      const { line, endLine } = document.locate(['goals', index]);
      return findings.some((finding) => finding.line >= line && finding.line <= endLine);
    })
    .map((goal) => goal.id);
}

function expectAgreement(document: StrategyDocument, today: string): void {
  const model = buildReport(document.strategy!, document.path, today);
  const withStatus = (status: string) => model.goals.filter((goal) => goal.status === status).map((goal) => goal.id);
  expect(flagged(document, 'goals/off-track', today), `off-track on ${today}`).toEqual(withStatus('off-track'));
  expect(flagged(document, 'goals/deadline-passed', today), `deadline-passed on ${today}`).toEqual(withStatus('overdue'));
}

const GOALS = `
smplan: 1
company: {name: Kiosk}
started: 2027-01-01
goals:
  - id: steady
    kpi: {metric: Followers, baseline: 100, target: 400, deadline: 2027-12-31}
    measurements:
      - {date: 2027-02-01, value: 130}
      - {date: 2027-04-01, value: 180}
      - {date: 2027-07-01, value: 250}
  - id: stalled
    kpi: {metric: Leads, baseline: 0, target: 50, deadline: 2027-06-30}
    measurements:
      - {date: 2027-02-01, value: 5}
      - {date: 2027-03-01, value: 6}
  - id: falling
    kpi: {metric: Hours to answer, baseline: 48, target: 4, deadline: 2027-09-30}
    measurements:
      - {date: 2027-03-01, value: 40}
      - {date: 2027-05-01, value: 20}
  - id: reached
    kpi: {metric: Reviews, baseline: 10, target: 20, deadline: 2027-03-31}
    measurements:
      - {date: 2027-03-15, value: 21}
  - id: missed
    kpi: {metric: Visits, baseline: 10, target: 20, deadline: 2027-03-31}
    measurements:
      - {date: 2027-03-15, value: 12}
  - id: unmeasured
    kpi: {metric: Calls, baseline: 1, target: 5, deadline: 2027-04-30}
`;

describe('check and report agree on off-track and overdue goals', () => {
  const document = StrategyDocument.parse('smplan.yaml', GOALS);

  it('on many days, for rising, falling, stalled, reached, missed and unmeasured goals', () => {
    expect(document.problems).toEqual([]);
    const statuses = new Set<string>();
    for (let day = 0; day <= 500; day += 7) {
      const today = new Date(Date.UTC(2027, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      expectAgreement(document, today);
      for (const goal of buildReport(document.strategy!, 'smplan.yaml', today).goals) statuses.add(goal.status);
    }
    // the days cover every status, so the agreement is not vacuous
    expect([...statuses].sort()).toEqual(['achieved', 'no-data', 'off-track', 'on-track', 'overdue']);
  });

  it('for random goals and days', () => {
    const date = fc.integer({ min: 0, max: 600 }).map((day) => new Date(Date.UTC(2027, 0, 1) + day * 86_400_000).toISOString().slice(0, 10));
    const goal = fc.record(
      {
        baseline: fc.integer({ min: -50, max: 200 }),
        target: fc.integer({ min: -50, max: 200 }),
        deadline: date,
        measurements: fc.array(fc.record({ date, value: fc.integer({ min: -50, max: 250 }) }), { maxLength: 4 }),
      },
      { requiredKeys: ['measurements'] },
    );
    fc.assert(
      fc.property(fc.array(goal, { minLength: 1, maxLength: 4 }), fc.option(date, { nil: undefined }), date, (goals, started, today) => {
        const strategy = {
          smplan: 1,
          company: { name: 'Random' },
          ...(started ? { started } : {}),
          goals: goals.map(({ measurements, ...kpi }, index) => ({ id: `g${index}`, kpi: { metric: 'Count', ...kpi }, measurements })),
        };
        const document = StrategyDocument.parse('random.yaml', stringify(strategy));
        expect(document.problems).toEqual([]);
        expectAgreement(document, today);
      }),
      { numRuns: 150 },
    );
  });
});
