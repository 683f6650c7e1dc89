import { testRule, yaml } from '../../helpers/rule-tester.js';

const policy = (text: string) => yaml`
  smplan: 1
  company: {name: Kiosk}
  criticism:
    deletion_policy: ${text}
`;

testRule('criticism/deleting', {
  valid: [
    // The spec's own policy: a negated plan is no plan to delete.
    policy('Kritik wird nicht gelöscht; nur Beleidigungen und Spam nach unserer Netiquette'),
    policy('We never delete criticism, only spam and insults.'),
    policy("We don't remove negative reviews; we answer them within 4 hours."),
    policy('Wir löschen keine Kritik, sondern antworten öffentlich.'),
    policy('Beleidigungen und Spam löschen wir nach unserer Netiquette.'),
    policy('Was gegen die Netiquette verstößt, wird gelöscht; auf Kritik antworten wir immer.'),
    policy('Kritik löschen wir nur, wenn sie beleidigend ist.'),
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
            response: Hasskommentare werden entfernt, sachliche Kritik beantworten wir.
    `,
  ],
  invalid: [
    {
      code: policy('Negative Kommentare löschen wir sofort.'),
      findings: [{ messageId: 'policy', line: 4, column: 20, includes: '("Negative Kommentare löschen wir sofort")' }],
    },
    {
      code: policy('Kritik wird gelöscht, Lob bleibt stehen.'),
      findings: [{ messageId: 'policy', line: 4, column: 20, includes: '("Kritik wird gelöscht, Lob bleibt stehen")' }],
    },
    {
      // The bare verb in the deletion policy: what else would be deleted there?
      code: policy('Alles, was uns nicht gefällt, löschen wir.'),
      findings: [{ messageId: 'policy', line: 4, column: 20, includes: '"Alles, was uns nicht gefällt, löschen wir"' }],
    },
    {
      code: policy('We delete critical comments within the hour. Spam goes too.'),
      findings: [{ messageId: 'policy', line: 4, column: 20, includes: '("We delete critical comments within the hour")' }],
    },
    {
      code: policy('Negative Bewertungen lassen wir entfernen'),
      findings: [{ messageId: 'policy', line: 4, column: 20 }],
    },
    {
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        criticism:
          deletion_policy: Kritik wird nicht gelöscht
          scenarios:
            - type: negative-review
              response: Bewertung bei Google melden und entfernen lassen
            - type: troll
              response: Remove negative comments and block the account
            - type: complaint
              response: Antworten. Danach den Kommentar ausblenden.
      `,
      findings: [
        { messageId: 'scenario', line: 7, column: 17, includes: 'The response to "negative-review" plans to delete criticism ("Bewertung bei Google melden und entfernen lassen")' },
        { messageId: 'scenario', line: 9, column: 17, includes: '"troll"' },
        { messageId: 'scenario', line: 11, column: 17, includes: '("Danach den Kommentar ausblenden")' },
      ],
    },
  ],
});
