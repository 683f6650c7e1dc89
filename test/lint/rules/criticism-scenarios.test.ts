import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('criticism/scenarios', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      criticism:
        scenarios:
          - type: negative-review
            response: Öffentlich freundlich antworten, Lösung anbieten, dann per Nachricht weiter
          - type: troll
            response: Nicht füttern; Beleidigungen nach Netiquette verbergen
          - type: shitstorm
            response: Karl entscheidet binnen 2 Stunden über eine Stellungnahme; bis dahin Haltestatement
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
      `,
      findings: [{ messageId: 'missing', line: 1, column: 1, includes: 'no planned response to: negative-review, shitstorm, troll;' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        criticism:
          scenarios:
            - type: negative-review
              response: Öffentlich antworten und eine Lösung anbieten
            - type: troll
            - type: complaint
              response: Binnen 4 Stunden antworten
      `,
      findings: [{ messageId: 'missing', line: 4, column: 3, includes: 'no planned response to: shitstorm, troll;' }],
    },
  ],
});
