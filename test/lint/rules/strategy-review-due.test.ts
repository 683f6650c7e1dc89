import { testRule, yaml } from '../../helpers/rule-tester.js';

const review = (date: string) => yaml`
  smplan: 1
  company: {name: Kiosk}
  next_review: ${date}
`;

testRule('strategy/review-due', {
  today: '2027-02-28',
  valid: [
    // The review day itself is not overdue.
    review('2027-02-28'),
    review('2027-03-01'),
    yaml`
      smplan: 1
      company: {name: Kiosk}
    `,
  ],
  invalid: [
    {
      code: review('2027-02-27'),
      findings: [{ messageId: 'due', line: 3, column: 14, endLine: 3, endColumn: 24, includes: 'planned for 2027-02-27 is overdue (today is 2027-02-28)' }],
    },
    {
      code: review('2026-12-31'),
      findings: [{ messageId: 'due', line: 3, column: 14, includes: '2026-12-31' }],
    },
  ],
});
