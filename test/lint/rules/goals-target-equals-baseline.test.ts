import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('goals/target-equals-baseline', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: leads
          kpi: {baseline: 10, target: 40}
        - id: no-baseline
          kpi: {target: 40}
        - id: no-target
          kpi: {baseline: 40}
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
              baseline: 120
              target: 120
      `,
      findings: [{ messageId: 'equal', line: 7, column: 15, endLine: 7, endColumn: 18, includes: 'Goal "leads" has target 120' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: zero
            kpi: {baseline: 0, target: 0}
      `,
      findings: [{ messageId: 'equal', line: 5, column: 32, includes: 'target 0' }],
    },
  ],
});
