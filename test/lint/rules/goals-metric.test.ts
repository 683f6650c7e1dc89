import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('goals/metric', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: leads
          kpi:
            metric: Enquiries via the contact form
    `,
    yaml`
      smplan: 1
      company: {name: Kiosk}
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
              target: 40
          - id: reach
            objective: Awareness
      `,
      findings: [
        { messageId: 'missing', line: 5, column: 5, endLine: 6, endColumn: 17, includes: '"leads"' },
        { messageId: 'missing', line: 7, column: 5, includes: '"reach"' },
      ],
    },
  ],
});
