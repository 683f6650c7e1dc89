import { describe, expect, it } from 'vitest';
import { StrategyDocument } from '../../../src/strategy/document.js';
import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('strategy/unknown-key', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: leads
          kpi: {metric: Anfragen, target: 40, deadline: 2027-06-30}
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goal:
          - id: leads
        goals:
          - id: leads
            kpi:
              metric: Anfragen
              deadlne: 2027-06-30
      `,
      findings: [
        { messageId: 'typo', line: 3, column: 1, includes: 'Unknown key "goal"; did you mean "goals"?' },
        { messageId: 'typo', line: 9, column: 7, includes: 'Unknown key "deadlne"; did you mean "deadline"?' },
      ],
    },
    {
      // Kept, never dropped: a key of one's own is reported as unknown, not as a typo.
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        internal_notes: Mit Karl besprechen
      `,
      findings: [{ messageId: 'unknown', line: 3, column: 1, includes: 'Unknown key "internal_notes"; smplan keeps it' }],
    },
    {
      // A known key in the wrong mapping: the goal's KPI written straight under the goal.
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        owner: {name: Anna Müller}
        goals:
          - id: leads
            metric: Anfragen
          - id: reach
            kpi:
              metric: Follower
              next_review: 2027-01-01
      `,
      findings: [
        { messageId: 'misplaced', line: 3, column: 1, includes: 'Key "owner" is not read here; format version 1 knows it under "team"' },
        { messageId: 'misplaced', line: 6, column: 5, includes: 'under "kpi"' },
        { messageId: 'top-level', line: 10, column: 7, includes: 'Key "next_review"' },
      ],
    },
  ],
});

describe('strategy/unknown-key keeps what it reports', () => {
  it('leaves an unknown key in the strategy and in the written file', () => {
    const document = StrategyDocument.parse('test.smplan.yaml', 'smplan: 1\ncompany: {name: Kiosk}\ninternal_notes: Mit Karl besprechen\n');
    expect(document.strategy).toMatchObject({ internal_notes: 'Mit Karl besprechen' });
    expect(document.toString()).toContain('internal_notes: Mit Karl besprechen');
  });
});
