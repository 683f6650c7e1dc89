import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('team/owner', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      team:
        owner: {name: Anna Müller, role: Social Media}
    `,
    yaml`
      smplan: 1
      company: {name: Agentur Nord}
      team:
        owner:
          name: Jonas aus dem Marketing
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
      `,
      findings: [{ messageId: 'missing', line: 1, column: 1, includes: '"team.owner"' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        team:
          hours_per_week: 3
      `,
      findings: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        team:
          owner: {role: Social Media}
      `,
      findings: [{ messageId: 'no-name', line: 4, column: 3, endLine: 4, endColumn: 30 }],
    },
    ...['alle', 'Das Team', 'Marketingabteilung', 'the marketing department', 'Everyone', 'niemand', 'Das ganze Social-Media-Team'].map((name) => ({
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        team:
          owner:
            name: ${name}
      `,
      findings: [{ messageId: 'not-a-person', line: 5, column: 11, includes: `team.owner is "${name}", which is not a person` }],
    })),
  ],
});
