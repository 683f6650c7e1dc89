import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('team/coordination', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      team:
        coordination: Montags 15 Minuten Abstimmung zwischen Anna und Karl
    `,
    yaml`
      smplan: 1
      company: {name: Kiosk}
      team:
        approval: Anna postet selbst; Aktionen mit Preisen gibt Karl frei
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        team:
          owner: {name: Anna Müller}
          coordination: ''
      `,
      findings: [{ messageId: 'missing', line: 5, column: 17, includes: 'Neither "team.coordination" nor "team.approval"' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
      `,
      findings: [{ messageId: 'missing', line: 1, column: 1 }],
    },
  ],
});
