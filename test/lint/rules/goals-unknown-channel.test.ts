import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('goals/unknown-channel', {
  valid: [
    // Channels are compared without regard to case, spaces and hyphens.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: laufkundschaft
          channels: [Instagram, Google Business]
      audiences:
        - id: nachbarschaft
          channels: [instagram, google-business]
    `,
    // No target groups at all: audiences/present reports that.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: laufkundschaft
          channels: [instagram]
    `,
    // Target groups without channels: audiences/channels reports that.
    yaml`
      smplan: 1
      company: {name: Kiosk}
      goals:
        - id: laufkundschaft
          channels: [instagram]
      audiences:
        - name: Anwohner
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        goals:
          - id: laufkundschaft
            channels: [instagram, tiktok]
          - id: azubis
            channels:
              - linkedin
        audiences:
          - id: nachbarschaft
            channels: [instagram, google-business]
          - id: pendler
            channels: [Instagram]
      `,
      findings: [
        {
          messageId: 'unknown',
          line: 5,
          column: 27,
          endColumn: 33,
          includes: 'Goal "laufkundschaft" is pursued on "tiktok", but no target group is reached there (the audiences use: instagram, google-business)',
        },
        { messageId: 'unknown', line: 8, column: 9, includes: '"linkedin"' },
      ],
    },
  ],
});
