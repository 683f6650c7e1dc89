import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('goals/baseline', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: leads
          kpi:
            baseline: 0
            target: 40
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: leads
            kpi:
              metric: Enquiries via the contact form
              target: 40
          - id: reach
            kpi: {metric: Website visits}
      `,
      findings: [
        { messageId: 'missing-for-target', line: 5, column: 5, includes: 'Goal "leads" aims at 40' },
        { messageId: 'missing', line: 9, column: 5, includes: '"reach"' },
      ],
    },
  ],
});
