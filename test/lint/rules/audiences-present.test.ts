import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('audiences/present', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      audiences:
        - name: Anwohner im Umkreis von 1 km
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
      `,
      findings: [{ messageId: 'missing', line: 1, column: 1, includes: '"audiences:"' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        audiences: []
      `,
      findings: [{ messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 14 }],
    },
  ],
});
