import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('goals/present', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: leads
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        audiences:
          - name: Anwohner
      `,
      findings: [{ messageId: 'missing', line: 1, column: 1, includes: 'has no goal' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals: []
      `,
      findings: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    {
      // A key left empty in a draft counts as no goal.
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
        audiences: []
      `,
      findings: [{ messageId: 'missing', line: 3, column: 1 }],
    },
  ],
});
