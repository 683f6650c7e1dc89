import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'strategy/review-due',
  severity: 'warn',
  description: {
    en: 'The date set for the next review has not passed.',
    de: 'Der Termin für die nächste Überprüfung ist nicht verstrichen.',
  },
  messages: {
    due: {
      en: 'The review planned for {date} is overdue (today is {today}); review the strategy against the measurements and set a new "next_review".',
      de: 'Die für {date} geplante Überprüfung ist überfällig (heute ist {today}); prüfen Sie die Strategie anhand der Messwerte und setzen Sie ein neues „next_review“.',
    },
  },
  check({ strategy, today, report }) {
    const date = strategy.next_review;
    // ISO dates compare as text; the review day itself is not yet overdue.
    if (date !== undefined && date < today) report('due', ['next_review'], { date, today });
  },
});
