import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('goals/too-many', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: one
        - id: two
        - id: three
        - id: four
        - id: five
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: one
          - id: two
          - id: three
          - id: four
          - id: five
          - id: six
          - id: seven
      `,
      findings: [{ messageId: 'too-many', line: 9, column: 5, includes: 'has 7 goals; focus on at most 5: drop or merge goal "six"' }],
    },
  ],
});
