import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'team/costs',
  severity: 'warn',
  description: {
    en: 'The team states a budget or an hourly rate, so the ROI can be computed.',
    de: 'Das Team nennt ein Budget oder einen Stundensatz, damit sich der ROI berechnen lässt.',
  },
  messages: {
    missing: {
      en: 'Neither "team.budget.amount" nor "team.hourly_rate" is given, so the ROI cannot be computed; add the money spent per period or the staff cost per hour.',
      de: 'Weder „team.budget.amount“ noch „team.hourly_rate“ ist angegeben, daher lässt sich der ROI nicht berechnen; ergänzen Sie das Geld pro Zeitraum oder die Personalkosten pro Stunde.',
    },
  },
  check({ strategy, report }) {
    const team = strategy.team;
    if (team?.budget?.amount === undefined && team?.hourly_rate === undefined) report('missing', ['team', 'budget', 'amount']);
  },
});
