import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('employees/guideline-topics', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      employees:
        guidelines:
          - topic: disclosure
            rule: Wer privat über den Kiosk schreibt, sagt dazu, dass er hier arbeitet.
          - topic: confidentiality
            rule: Keine Kundendaten, keine Umsatzzahlen.
          - topic: spokespeople
            rule: Für den Kiosk sprechen nur Karl und Anna.
    `,
    // A list of spokespeople says who speaks for the company (the spec's own example).
    yaml`
      smplan: 1
      company: {name: Kiosk}
      employees:
        spokespeople: [Karl Müller, Anna Müller]
        guidelines:
          - topic: disclosure
            rule: Wer privat über den Kiosk schreibt, sagt dazu, dass er hier arbeitet.
          - topic: confidentiality
            rule: Keine Kundendaten, keine Umsatzzahlen.
    `,
    // No guidelines at all is employees/guidelines' finding.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      employees:
        involvement: Alle dürfen Beiträge teilen
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        employees:
          guidelines:
            - topic: privacy
              rule: Kunden nur mit ihrer Erlaubnis fotografieren.
            - topic: confidentiality
      `,
      findings: [
        { messageId: 'disclosure', line: 4, column: 3, includes: 'leave out disclosure (topic: disclosure)' },
        { messageId: 'confidentiality', line: 4, column: 3 },
        { messageId: 'spokespeople', line: 4, column: 3 },
      ],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        employees:
          spokespeople: [Karl Müller]
          guidelines:
            - topic: confidentiality
              rule: Keine Kundendaten, keine Umsatzzahlen.
      `,
      findings: [{ messageId: 'disclosure', line: 5, column: 3, includes: 'leave out disclosure (topic: disclosure); add one' }],
    },
  ],
});
