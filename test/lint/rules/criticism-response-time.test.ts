import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('criticism/response-time', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      criticism:
        response_time_hours: 4
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
      `,
      findings: [{ messageId: 'missing', line: 1, column: 1, includes: '"criticism.response_time_hours"' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        criticism:
          monitoring: Anna liest täglich die Google-Bewertungen
      `,
      findings: [{ messageId: 'missing', line: 3, column: 1 }],
    },
  ],
});
