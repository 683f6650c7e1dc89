import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('goals/deadline', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: leads
          kpi:
            deadline: 2027-06-30
    `,
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals: []
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
      `,
      findings: [
        { messageId: 'missing', line: 5, column: 5, includes: '"leads"' },
        { messageId: 'missing', line: 8, column: 5, includes: '"reach"' },
      ],
    },
  ],
});
