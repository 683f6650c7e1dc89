import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'goals/baseline',
  severity: 'warn',
  description: {
    en: 'Every goal names its starting value (kpi.baseline).',
    de: 'Jedes Ziel nennt seinen Ausgangswert (kpi.baseline).',
  },
  gap: { en: 'baseline (kpi.baseline)', de: 'Ausgangswert (kpi.baseline)' },
  messages: {
    missing: {
      en: 'Goal "{goal}" has no kpi.baseline; note the value on the start day, or progress and ROI cannot be measured.',
      de: 'Ziel „{goal}“ hat keine kpi.baseline; tragen Sie den Wert am Starttag ein, sonst lassen sich Fortschritt und ROI nicht messen.',
    },
    'missing-for-target': {
      en: 'Goal "{goal}" aims at {target} but has no kpi.baseline; a target of {target} compared to what? Note the value on the start day.',
      de: 'Ziel „{goal}“ strebt {target} an, hat aber keine kpi.baseline; {target} im Vergleich wozu? Tragen Sie den Wert am Starttag ein.',
    },
  },
  check({ strategy, report }) {
    strategy.goals?.forEach((goal, index) => {
      if (typeof goal.kpi?.baseline === 'number') return;
      const path = ['goals', index, 'kpi', 'baseline'];
      const target = goal.kpi?.target;
      if (typeof target === 'number') report('missing-for-target', path, { goal: goal.id, target });
      else report('missing', path, { goal: goal.id });
    });
  },
});
