import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('team/executive-sponsor', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      team:
        executive_sponsor: {name: Karl Müller, role: Inhaber}
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        team:
          owner: {name: Anna Müller}
      `,
      findings: [{ messageId: 'missing', line: 3, column: 1, includes: 'needs one person at the top who backs it' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        team:
          executive_sponsor:
            role: CEO
            name: '  '
      `,
      findings: [{ messageId: 'no-name', line: 6, column: 11 }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        team:
          executive_sponsor: {name: Geschäftsführung}
      `,
      findings: [{ messageId: 'not-a-person', line: 4, column: 29, includes: '"Geschäftsführung"' }],
    },
    // bodies that real strategies name as their sponsor
    ...['Rektorat', 'Präsidium', 'Hochschulleitung', 'Council', 'Senior leadership team'].map((name) => ({
      code: yaml`
        smplan: 1
        company: {name: Hochschule}
        team:
          executive_sponsor: {name: ${name}}
      `,
      findings: [{ messageId: 'not-a-person', line: 4, column: 29, includes: `"${name}"` }],
    })),
  ],
});
