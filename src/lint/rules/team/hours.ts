import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'team/hours',
  severity: 'warn',
  description: {
    en: 'The team has a time budget in hours per week.',
    de: 'Das Team hat ein Zeitbudget in Stunden pro Woche.',
  },
  messages: {
    missing: {
      en: 'No time budget; add "team.hours_per_week" with the hours set aside for social media: it does not get done on the side.',
      de: 'Kein Zeitbudget; ergänzen Sie „team.hours_per_week“ mit den Stunden, die für Social Media eingeplant sind: nebenbei wird es nicht gemacht.',
    },
    zero: {
      en: 'team.hours_per_week is {hours}; plan the hours social media really takes each week: it does not get done on the side.',
      de: 'team.hours_per_week ist {hours}; planen Sie die Stunden ein, die Social Media pro Woche wirklich braucht: nebenbei wird es nicht gemacht.',
    },
  },
  check({ strategy, report }) {
    const hours = strategy.team?.hours_per_week;
    if (hours === undefined) report('missing', ['team', 'hours_per_week']);
    else if (hours === 0) report('zero', ['team', 'hours_per_week'], { hours });
  },
});
