import { testRule, yaml } from '../../helpers/rule-tester.js';

testRule('audiences/too-broad', {
  valid: [
    yaml`
      smplan: 1
      company: {name: Kiosk Müller}
      audiences:
        - name: Anwohner im Umkreis von 1 km
          description: Berufstätige und Familien, die morgens auf dem Weg zur Arbeit vorbeikommen
        - name: Alle Anwohner der Südvorstadt
        - name: Jeder, der einen Garten hat
        - name: Parents of toddlers in Leipzig
          description: They need a place to go when it rains.
        - id: ohne-name
    `,
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
        audiences:
          - name: Alle
          - name: Everyone interested in coffee
          - id: public
            name: The general public
          - name: Eltern in Leipzig
            description: Im Grunde die breite Masse
          - name: Unsere Kunden
          - name: Ältere Menschen, also Jung und Alt
      `,
      findings: [
        { messageId: 'name', line: 4, column: 11, includes: '"Alle" is too broad ("Alle")' },
        { messageId: 'name', line: 5, column: 11, includes: '("Everyone")' },
        { messageId: 'name', line: 7, column: 11, includes: '("The general public")' },
        { messageId: 'description', line: 9, column: 18, includes: '"Eltern in Leipzig" makes it too broad ("die breite Masse")' },
        { messageId: 'name', line: 10, column: 11, includes: '("Unsere Kunden")' },
        { messageId: 'name', line: 11, column: 11, includes: '("Jung und Alt")' },
      ],
    },
    {
      // Umlauts and their ae/oe/ue spellings are the same phrase.
      code: yaml`
        smplan: 1
        company: {name: Kiosk}
        audiences:
          - name: Die breite Oeffentlichkeit
      `,
      findings: [{ messageId: 'name', line: 4, column: 11, includes: '("breite Oeffentlichkeit")' }],
    },
  ],
});
