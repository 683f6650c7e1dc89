import { testRule, yaml } from '../../helpers/rule-tester.js';

// started 2026-12-01, deadline 2027-06-30: 211 days; the measurement of 2027-01-31 is day 61.
testRule('goals/off-track', {
  today: '2027-02-01',
  valid: [
    // On track: 120 → 300 in 61 days heads for about 743 by the deadline.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      started: 2026-12-01
      goals:
        - id: laufkundschaft
          kpi: {baseline: 120, target: 600, deadline: 2027-06-30}
          measurements:
            - {date: 2027-01-31, value: 300}
    `,
    // Boundary: the line ends exactly on the target (0 → 61 in 61 days reaches 211 on day 211).
    yaml`
      smplan: 1
      company: {name: Kiosk}
      started: 2026-12-01
      goals:
        - id: anfragen
          kpi: {baseline: 0, target: 211, deadline: 2027-06-30}
          measurements:
            - {date: 2027-01-31, value: 61}
    `,
    // A falling target on track: response time 24 → 12 hours heads below 4.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      started: 2026-12-01
      goals:
        - id: antwortzeit
          kpi: {baseline: 24, target: 4, deadline: 2027-06-30}
          measurements:
            - {date: 2027-01-31, value: 12}
    `,
    // No measurement, no projection.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      started: 2026-12-01
      goals:
        - id: laufkundschaft
          kpi: {baseline: 120, target: 600, deadline: 2027-06-30}
    `,
    // Deadline passed: that is goals/deadline-passed, not this rule.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      started: 2026-12-01
      goals:
        - id: laufkundschaft
          kpi: {baseline: 120, target: 600, deadline: 2027-01-31}
          measurements:
            - {date: 2027-01-31, value: 150}
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        started: 2026-12-01
        goals:
          - id: laufkundschaft
            kpi:
              metric: Instagram-Follower aus Leipzig
              unit: Follower
              baseline: 120
              target: 600
              deadline: 2027-06-30
            measurements:
              - {date: 2027-01-31, value: 150}
      `,
      findings: [
        {
          messageId: 'off-track',
          line: 10,
          column: 15,
          includes: 'Goal "laufkundschaft" is off track: the trend of its measurements ends at 224 Follower on 2027-06-30 instead of the target 600 Follower',
        },
      ],
    },
    {
      // Boundary: one below the exact line misses the target.
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        started: 2026-12-01
        goals:
          - id: anfragen
            kpi: {baseline: 0, target: 211, deadline: 2027-06-30}
            measurements:
              - {date: 2027-01-31, value: 60}
      `,
      findings: [{ messageId: 'off-track', line: 6, column: 32, includes: 'ends at 208 on 2027-06-30 instead of the target 211' }],
    },
    {
      // A falling target: response time 24 → 22 hours heads for about 17.1, not 4.
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        started: 2026-12-01
        goals:
          - id: antwortzeit
            kpi:
              metric: Antwortzeit auf Kritik
              unit: h
              baseline: 24
              target: 4
              deadline: 2027-06-30
            measurements:
              - {date: 2027-01-31, value: 22}
      `,
      findings: [{ messageId: 'off-track', line: 10, column: 15, includes: 'ends at 17.1 h on 2027-06-30 instead of the target 4 h' }],
    },
  ],
});
