import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('goals/source', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: leads
          kpi:
            metric: Enquiries via the contact form
            source: CRM
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
          - id: reach
            kpi:
              source: "  "
          - id: visits
      `,
      findings: [
        { messageId: 'missing-for-metric', line: 5, column: 5, includes: 'where "Enquiries via the contact form" is measured' },
        { messageId: 'missing', line: 9, column: 15, includes: '"reach"' },
        { messageId: 'missing', line: 10, column: 5, includes: '"visits"' },
      ],
    },
  ],
});
