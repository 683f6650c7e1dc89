import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('goals/business-outcome', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: leads
          business_outcome: Mehr Aufträge für die Werkstatt
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: leads
            objective: Mehr Anfragen über Instagram
          - id: reach
            business_outcome: ""
      `,
      findings: [
        { messageId: 'missing', line: 4, column: 5, includes: '"leads"' },
        { messageId: 'missing', line: 7, column: 23, includes: '"reach"' },
      ],
    },
  ],
});
