import { testRule, yaml } from '../../helpers/rule-tester.js';

const scenarios = (...responses: string[]) => yaml`
  smplan: 1
  company: {name: Kiosk}
  criticism:
    scenarios:
${responses.map((response) => `      - {type: troll, response: ${JSON.stringify(response)}}`).join('\n')}
`;

testRule('criticism/no-response', {
  valid: [
    scenarios('Öffentlich freundlich antworten, Lösung anbieten', 'Acknowledge within 2 hours and move to DM'),
    // ignoring one thing and doing another is a decided handling
    scenarios('Do not feed the troll; hide insults under our netiquette', 'Ignore trolls, but answer every factual question'),
    // no response at all is criticism/scenarios' finding
    yaml`
      smplan: 1
      company: {name: Kiosk}
      criticism:
        scenarios:
          - type: troll
    `,
  ],
  invalid: [
    {
      code: scenarios('-', 'n/a', 'Ignore it.', 'No response necessary.', 'Wir reagieren nicht.'),
      findings: [
        { messageId: 'no-response', line: 5, column: 31, includes: 'The planned response to "troll" is no response ("-")' },
        { messageId: 'no-response', line: 6, column: 31, includes: '("n/a")' },
        { messageId: 'no-response', line: 7, column: 31, includes: '("Ignore it.")' },
        { messageId: 'no-response', line: 8, column: 31, includes: '("No response necessary.")' },
        { messageId: 'no-response', line: 9, column: 31, includes: '("Wir reagieren nicht.")' },
      ],
    },
  ],
});
