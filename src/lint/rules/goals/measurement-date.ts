import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'goals/measurement-date',
  severity: 'warn',
  description: {
    en: 'No measurement is dated after today or before the strategy started.',
    de: 'Kein Messwert ist nach heute oder vor dem Start der Strategie datiert.',
  },
  messages: {
    future: {
      en: 'A measurement of goal "{goal}" is dated {date}, after today ({today}); fix its date. Until then it does not count for the value.',
      de: 'Ein Messwert von Ziel „{goal}“ ist auf den {date} datiert, nach heute ({today}); korrigieren Sie das Datum. Bis dahin zählt er nicht für den Wert.',
    },
    'before-start': {
      en: 'A measurement of goal "{goal}" is dated {date}, before the strategy started ({started}); the baseline is the value on the start day. Fix the date, or move the value into kpi.baseline.',
      de: 'Ein Messwert von Ziel „{goal}“ ist auf den {date} datiert, vor dem Start der Strategie ({started}); der Ausgangswert ist der Wert am Starttag. Korrigieren Sie das Datum oder übernehmen Sie den Wert als kpi.baseline.',
    },
  },
  check({ strategy, today, report }) {
    strategy.goals?.forEach((goal, index) => {
      goal.measurements?.forEach(({ date }, at) => {
        const path = ['goals', index, 'measurements', at, 'date'];
        if (date > today) report('future', path, { goal: goal.id, date, today });
        else if (strategy.started && date < strategy.started) report('before-start', path, { goal: goal.id, date, started: strategy.started });
      });
    });
  },
});
