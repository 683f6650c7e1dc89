import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('goals/vague-wording', {
  valid: [
    // Vague words, but the KPI is complete: the number and the date make it measurable.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: praesenz
          objective: Auf Instagram präsent sein
          kpi:
            metric: Instagram-Follower aus Leipzig
            target: 600
            deadline: 2027-06-30
    `,
    // Word boundaries: "mehr Reichweite" is not inside "mehr Reichweitenanalyse", nor "dabei sein" inside "dabei seinen".
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: analyse
          objective: Mehr Reichweitenanalyse im Team
        - id: kunden
          objective: Wir wollen dabei seinen Kunden helfen
    `,
    // No objective at all.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: leads
    `,
  ],
  invalid: [
    {
      // ae/oe/ue spelling matches the umlaut phrase, and the phrase is quoted as written.
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: praesenz
            objective: Wir wollen auf Instagram praesent sein
      `,
      findings: [
        {
          messageId: 'vague',
          line: 5,
          column: 16,
          includes: 'Goal "praesenz" says "praesent sein" but has no complete KPI (missing: kpi.metric, kpi.target, kpi.deadline)',
        },
      ],
    },
    {
      // Case-insensitive; a KPI with only a metric is still incomplete.
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: reichweite
            objective: MEHR REICHWEITE für den Laden
            kpi:
              metric: Instagram-Follower
          - id: viral
            objective: Go Viral with our new menu
            kpi: {metric: Views, target: 10000}
      `,
      findings: [
        { messageId: 'vague', line: 5, column: 16, includes: '"MEHR REICHWEITE" but has no complete KPI (missing: kpi.target, kpi.deadline)' },
        { messageId: 'vague', line: 9, column: 16, includes: '"Go Viral" but has no complete KPI (missing: kpi.deadline)' },
      ],
    },
    {
      // The umlaut written as "a" plus a combining diaeresis (NFD), as some editors save it.
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: praesenz
            objective: Pra\u0308sent sein im Viertel
      `.replace('\\u0308', '\u0308'),
      findings: [{ messageId: 'vague', line: 5, column: 16, includes: '"Präsent sein"' }],
    },
  ],
});
