import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('audiences/needs', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      audiences:
        - name: Anwohner
          needs: [frische Brötchen ab 6 Uhr, Paketannahme]
    `,
    yaml`
      smplan: 1
      company: {name: Kiosk}
      audiences: []
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        audiences:
          - name: Anwohner
            channels: [instagram]
          - name: Pendler
            needs: []
      `,
      findings: [
        { messageId: 'missing', line: 4, column: 5, includes: 'Target group "Anwohner" has no needs' },
        { messageId: 'missing', line: 7, column: 5, includes: '"Pendler"' },
      ],
    },
  ],
});
