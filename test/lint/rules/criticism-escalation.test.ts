import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('criticism/escalation', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk}
      criticism:
        escalation:
          - level: 1
            trigger: Einzelne Beschwerde
            who: Anna Müller
            within_hours: 4
          - level: 2
            trigger: Mehrere Beschwerden zum selben Thema oder eine Presseanfrage
            who: Karl Müller
            within_hours: 2
    `,
  ],
  invalid: [
    {
      // Real strategies name a unit or nobody where one person must act.
      code: yaml`
        smplan: 1
        company: {name: Hochschule}
        criticism:
          escalation:
            - {level: 1, who: niemand}
            - {level: 2, who: the team}
            - {level: 3, who: Hochschulkommunikation}
            - {level: 4, who: Lea Brandt (Hochschulkommunikation)}
      `,
      findings: [
        { messageId: 'group', line: 5, column: 23, includes: 'Escalation level 1 names "niemand", which is no person in particular' },
        { messageId: 'group', line: 6, column: 23, includes: '"the team"' },
        { messageId: 'group', line: 7, column: 23, includes: '"Hochschulkommunikation"' },
      ],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        criticism:
          response_time_hours: 4
      `,
      findings: [{ messageId: 'missing', line: 3, column: 1, includes: 'at least 2' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        criticism:
          escalation:
            - level: 1
              who: Anna Müller
      `,
      findings: [{ messageId: 'one-level', line: 4, column: 3 }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        criticism:
          escalation:
            - level: 1
              trigger: Einzelne Beschwerde
            - level: 2
              who: Karl Müller
            - trigger: Presseanfrage
              who: ''
      `,
      findings: [
        { messageId: 'no-person', line: 5, column: 7, includes: 'Escalation level 1 names nobody' },
        { messageId: 'no-person', line: 10, column: 12, includes: 'Escalation level 3 names nobody' },
      ],
    },
  ],
});
