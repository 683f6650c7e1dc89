import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('goals/target', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: leads
          kpi:
            target: 40
    `,
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: response-time
          kpi: {baseline: 24, target: 0}
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
              metric: Enquiries via the contact form
              deadline: 2027-06-30
          - id: reach
            objective: Mehr Laufkundschaft
      `,
      findings: [
        { messageId: 'missing', line: 5, column: 5, includes: '"leads"' },
        { messageId: 'missing', line: 8, column: 5, includes: '"reach"' },
      ],
    },
    {
      // A target left empty points at its own key.
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: leads
            kpi:
              metric: Enquiries via the contact form
              target:
      `,
      findings: [{ messageId: 'missing', line: 7, column: 7, includes: '"leads"' }],
    },
  ],
});
