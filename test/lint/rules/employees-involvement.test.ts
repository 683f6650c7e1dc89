import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('employees/involvement', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      employees:
        involvement: Alle dürfen Beiträge teilen; Ideen gehen an Anna
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        employees:
          training: Einweisung am ersten Arbeitstag
      `,
      findings: [{ messageId: 'missing', line: 3, column: 1, includes: '"employees.involvement"' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        employees:
          involvement:
      `,
      findings: [{ messageId: 'missing', line: 4, column: 3 }],
    },
  ],
});
