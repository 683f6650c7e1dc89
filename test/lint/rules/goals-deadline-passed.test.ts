import { testRule, yaml } from '../../helpers/rule-tester.js';

// Today is 2027-07-01 in every case: a deadline of 2027-07-01 is today, 2027-06-30 was yesterday.
testRule('goals/deadline-passed', {
  today: '2027-07-01',
  valid: [
    // The deadline is today: not passed yet.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      started: 2026-12-01
      goals:
        - id: laufkundschaft
          kpi: {baseline: 120, target: 600, deadline: 2027-07-01}
          measurements:
            - {date: 2027-06-15, value: 450}
    `,
    // Passed, but the target was reached; the measurements are out of order in the file.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: laufkundschaft
          kpi: {baseline: 120, target: 600, deadline: 2027-06-30}
          measurements:
            - {date: 2027-06-15, value: 610}
            - {date: 2027-03-01, value: 300}
    `,
    // Passed, but nothing was measured: no last measurement to judge.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: laufkundschaft
          kpi: {baseline: 120, target: 600, deadline: 2027-06-30}
    `,
    // A falling target (response time) that was reached.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: antwortzeit
          kpi: {baseline: 24, target: 4, deadline: 2027-06-30}
          measurements:
            - {date: 2027-06-20, value: 3.5}
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
              - {date: 2027-03-31, value: 300}
              - {date: 2027-06-15, value: 450}
      `,
      findings: [
        {
          messageId: 'overdue',
          line: 11,
          column: 17,
          endLine: 11,
          endColumn: 27,
          includes: 'The deadline 2027-06-30 of goal "laufkundschaft" has passed and the last measurement (450 Follower on 2027-06-15) misses the target 600 Follower',
        },
      ],
    },
    {
      // A falling target (response time) still above it after the deadline.
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: antwortzeit
            kpi: {metric: Antwortzeit auf Kritik, baseline: 24, target: 4, deadline: 2027-06-30}
            measurements:
              - {date: 2027-06-20, value: 6}
      `,
      findings: [{ messageId: 'overdue', line: 5, column: 78, includes: '(6 on 2027-06-20) misses the target 4' }],
    },
  ],
});
