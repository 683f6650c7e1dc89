import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('team/hours', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      team:
        hours_per_week: 3
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        team:
          owner: {name: Anna Müller}
      `,
      findings: [{ messageId: 'missing', line: 3, column: 1, includes: '"team.hours_per_week"' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
      `,
      findings: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        team:
          owner: {name: Anna Müller}
          hours_per_week: 0
      `,
      findings: [{ messageId: 'zero', line: 5, column: 19, endLine: 5, endColumn: 20, includes: 'team.hours_per_week is 0' }],
    },
  ],
});
