import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('goals/direction', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: follower
          objective: Mehr Follower aus dem Viertel
          kpi: {baseline: 500, target: 800, deadline: 2027-12-31}
        - id: antwortzeit
          objective: Antwortzeit auf Kritik verkürzen
          kpi: {baseline: 24, target: 4, deadline: 2027-12-31}
        - id: reach
          objective: Grow our audience and reduce the cost per lead
          kpi: {baseline: 10, target: 5, deadline: 2027-12-31}
        - id: stated
          objective: Mehr Zufriedenheit, weniger Beschwerden
          kpi: {baseline: 40, target: 10, deadline: 2027-12-31, direction: decrease}
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: follower
            objective: Mehr Follower aus dem Viertel
            kpi: {baseline: 500, target: 400, deadline: 2027-12-31}
          - id: complaints
            objective: Reduce public complaints about delivery
            kpi: {baseline: 20, target: 30, deadline: 2027-12-31}
          - id: wrong
            kpi: {baseline: 20, target: 30, deadline: 2027-12-31, direction: decrease}
      `,
      findings: [
        { messageId: 'worded-up', line: 6, column: 34, includes: 'worded to make the number rise ("Mehr Follower aus dem Viertel"), but its target 400 lies below the baseline 500' },
        { messageId: 'worded-down', line: 9, column: 33, includes: 'target 30 lies above the baseline 20' },
        { messageId: 'stated-down', line: 11, column: 70, includes: 'says kpi.direction: decrease, but its target 30 lies above the baseline 20' },
      ],
    },
  ],
});

testRule('goals/no-data', {
  today: '2027-07-02',
  valid: [
    // Less than half of 2027-01-01 … 2027-12-31 has passed on 2027-07-01; a measured goal is fine at any time.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      started: 2027-01-01
      goals:
        - id: early
          kpi: {baseline: 0, target: 10, deadline: 2028-01-31}
        - id: measured
          kpi: {baseline: 0, target: 10, deadline: 2027-06-30}
          measurements: [{date: 2027-06-01, value: 4}]
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        started: 2027-01-01
        goals:
          - id: halfway
            kpi: {baseline: 0, target: 10, deadline: 2027-12-31}
      `,
      findings: [{ messageId: 'no-data', line: 5, column: 9, includes: 'Half the time from 2027-01-01 to the deadline 2027-12-31 of goal "halfway" has passed' }],
    },
  ],
});

testRule('goals/measurement-date', {
  today: '2027-03-01',
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      started: 2027-01-01
      goals:
        - id: ok
          measurements: [{date: 2027-01-01, value: 1}, {date: 2027-03-01, value: 2}]
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        started: 2027-01-01
        goals:
          - id: typo
            measurements:
              - {date: 2026-12-15, value: 2}
              - {date: 2072-02-28, value: 14}
      `,
      findings: [
        { messageId: 'before-start', line: 7, column: 16, includes: 'dated 2026-12-15, before the strategy started (2027-01-01)' },
        { messageId: 'future', line: 8, column: 16, includes: 'dated 2072-02-28, after today (2027-03-01)' },
      ],
    },
  ],
});

testRule('goals/rate-period', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: torten
          kpi: {metric: Tortenbestellungen, unit: Bestellungen pro Monat, per: month}
        - id: follower
          kpi: {metric: Instagram-Follower aus Leipzig, unit: Follower}
        - id: apprentices
          kpi: {metric: Applications for the 2027 apprenticeship intake, unit: applications}
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: torten
            kpi: {metric: Tortenbestellungen, unit: Bestellungen pro Monat}
          - id: leads
            kpi: {metric: Qualified leads per week}
          - id: visits
            kpi: {metric: Website-Besuche, unit: Besuche/Woche}
          - id: weekly
            kpi: {metric: Wöchentliche Anfragen über WhatsApp}
      `,
      findings: [
        { messageId: 'missing-per', line: 5, column: 45, includes: '("Bestellungen pro Monat") counts per month' },
        { messageId: 'missing-per', line: 7, column: 19, includes: 'counts per week' },
        { messageId: 'missing-per', line: 9, column: 42, includes: 'counts per week' },
        { messageId: 'missing-per', line: 11, column: 19, includes: 'counts per week' },
      ],
    },
  ],
});
