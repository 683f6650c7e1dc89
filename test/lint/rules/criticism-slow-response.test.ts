import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('criticism/slow-response', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      criticism:
        response_time_hours: 24
    `,
    // No response time at all is criticism/response-time's finding.
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
        criticism:
          response_time_hours: 48
      `,
      findings: [{ messageId: 'slow', line: 4, column: 24, endLine: 4, endColumn: 26, includes: 'response_time_hours is 48; answer public criticism within 24 hours' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        criticism: {response_time_hours: 24.5}
      `,
      findings: [{ messageId: 'slow', line: 3, column: 34, includes: 'is 24.5;' }],
    },
  ],
});
