import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('audiences/channels', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      audiences:
        - name: Anwohner
          channels: [instagram, google-business]
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
        audiences:
          - name: Anwohner
            needs: [frische Brötchen]
          - id: pendler
            channels: []
          - channels: ['  ']
      `,
      findings: [
        { messageId: 'missing', line: 4, column: 5, includes: 'Target group "Anwohner" has no channel' },
        { messageId: 'missing', line: 7, column: 5, includes: '"pendler"' },
        { messageId: 'missing', line: 8, column: 5, includes: '"#3"' },
      ],
    },
  ],
});
