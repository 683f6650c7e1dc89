import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('goals/vanity-only', {
  valid: [
    // One goal counts enquiries: the strategy is not vanity-only.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: follower
          kpi: {metric: Instagram-Follower aus Leipzig}
        - id: anfragen
          kpi: {metric: Anfragen über das Kontaktformular}
    `,
    // Word boundaries: "Fanshop" is not "Fans".
    yaml`
      smplan: 1
      company: {name: Verein}
      goals:
        - id: fanshop
          kpi: {metric: Fanshop-Bestellungen über Instagram}
    `,
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals: []
    `,
  ],
  invalid: [
    {
      // A goal without a metric counts neither way (goals/metric reports it): it no longer switches the rule off.
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: follower
            kpi: {metric: Instagram-Follower aus Leipzig}
          - id: offen
            objective: Mehr Umsatz im Laden
      `,
      findings: [{ messageId: 'vanity-only', line: 3, column: 1, includes: '(e.g. "Follower" in goal "follower")' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Verein}
        goals:
          - id: interaktionen
            kpi: {metric: Interaktionen pro Beitrag}
          - id: klicks
            kpi: {metric: Klicks auf Beiträge}
          - id: rate
            kpi: {metric: engagement rate}
      `,
      findings: [{ messageId: 'vanity-only', line: 3, column: 1, includes: '(e.g. "Interaktionen" in goal "interaktionen")' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: follower
            kpi: {metric: Instagram-Follower aus Leipzig}
          - id: likes
            kpi: {metric: Gefällt-mir-Angaben pro Beitrag}
          - id: reichweite
            kpi: {metric: Reichweite der Facebook-Seite}
      `,
      findings: [{ messageId: 'vanity-only', line: 3, column: 1, includes: 'Every goal counts only attention (e.g. "Follower" in goal "follower")' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Acme}
        goals:
          - id: impressions
            kpi: {metric: LinkedIn impressions per month}
          - id: views
            kpi: {metric: YouTube VIEWS}
          - id: abos
            kpi: {metric: YouTube-Abonnenten}
      `,
      findings: [{ messageId: 'vanity-only', line: 3, column: 1, includes: '"impressions" in goal "impressions"' }],
    },
  ],
});
