import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('goals/unique-ids', {
  valid: [
    // A goal and a target group may share an id; target groups without ids are fine.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: nachbarschaft
        - id: leads
      audiences:
        - id: nachbarschaft
        - name: Pendler
        - name: Schüler
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: leads
          - id: reach
          - id: leads
          - id: leads
        audiences:
          - id: nachbarschaft
          - id: pendler
          - id: nachbarschaft
      `,
      findings: [
        { messageId: 'goal', line: 6, column: 9, endLine: 6, endColumn: 14, includes: 'Goal id "leads" is already used by the goal on line 4' },
        { messageId: 'goal', line: 7, column: 9, includes: 'on line 4' },
        { messageId: 'audience', line: 11, column: 9, includes: 'Audience id "nachbarschaft" is already used by the target group on line 9' },
      ],
    },
  ],
});
