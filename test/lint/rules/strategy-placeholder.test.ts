import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('strategy/placeholder', {
  valid: [
    yaml`
      # yaml-language-server: $schema=<the JSON Schema of version 1>
      smplan: 1
      company: {name: Kiosk Müller}
      team:
        coordination: Offene Punkte folgt per Mail; Anna führt eine ToDo-Liste
        reporting: {cadence: monthly, to: Karl Müller <karl@kiosk-mueller.de>}
      audiences:
        - name: Kunden <30 Jahre und >60 Jahre
          description: Details folgen, Angebot ist offen für alle Fragen
          needs: [Mehr Infos unter <https://kiosk-mueller.de>]
    `,
  ],
  invalid: [
    {
      code: yaml`
        smplan: 1
        company:
          name: <company name>
        goals:
          - id: leads
            objective: TODO
            kpi: {metric: Anfragen, source: tbd}
        audiences:
          - name: Anwohner
            needs: [Brötchen, FIXME, 'Preis: XXX Euro']
        notes:
          owner: Anna (Vertretung TBD)
      `,
      findings: [
        { messageId: 'placeholder', line: 3, column: 9, endLine: 3, endColumn: 23, includes: 'Placeholder "<company name>"' },
        { messageId: 'placeholder', line: 6, column: 16, includes: '"TODO"' },
        { messageId: 'placeholder', line: 7, column: 37, includes: '"tbd"' },
        { messageId: 'placeholder', line: 10, column: 23, includes: '"FIXME"' },
        { messageId: 'placeholder', line: 10, column: 30, includes: '"XXX"' },
        { messageId: 'placeholder', line: 12, column: 10, includes: '"TBD"' },
      ],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        criticism:
          deletion_policy: Wir <Regel in einem Satz> und todo später
      `,
      findings: [{ messageId: 'placeholder', line: 4, column: 20, includes: '"<Regel in einem Satz>"' }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk, industry: '{{industry}}'}
      `,
      findings: [{ messageId: 'placeholder', line: 2, column: 34, includes: '"{{industry}}"' }],
    },
    {
      // Escapes in double quotes: the text holds no "<" and no "TODO", the values do.
      code: yaml`
        smplan: 1
        company: {name: "\\x3Cname\\x3E"}
        team: {coordination: "TO\\
          DO"}
      `,
      findings: [
        { messageId: 'placeholder', line: 2, column: 17, includes: '"<name>"' },
        { messageId: 'placeholder', line: 3, column: 22, includes: '"TODO"' },
      ],
    },
  ],
});
