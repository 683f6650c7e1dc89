import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('employees/guidelines', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      employees:
        guidelines:
          - topic: confidentiality
            rule: Keine Kundendaten, keine Umsatzzahlen.
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
      `,
      findings: [{ messageId: 'missing', line: 1, column: 1, includes: '"employees.guidelines"' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        employees:
          involvement: Alle dürfen Beiträge teilen
          guidelines: []
      `,
      findings: [{ messageId: 'missing', line: 5, column: 3 }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        employees:
          guidelines:
            - topic: disclosure
            - topic: privacy
              rule: ' '
      `,
      findings: [{ messageId: 'no-rule', line: 4, column: 3, endLine: 7, endColumn: 16 }],
    },
  ],
});
