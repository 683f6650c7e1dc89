import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('team/costs', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      team:
        budget: {amount: 50, period: month}
    `,
    yaml`
      smplan: 1
      company: {name: Kiosk}
      team:
        hourly_rate: 20
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        team:
          owner: {name: Anna Müller}
          hours_per_week: 3
      `,
      findings: [{ messageId: 'missing', line: 3, column: 1, includes: 'ROI cannot be computed' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        team:
          budget:
            period: month
      `,
      findings: [{ messageId: 'missing', line: 4, column: 3 }],
    },
  ],
});
