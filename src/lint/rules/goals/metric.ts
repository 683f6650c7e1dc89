import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'goals/metric',
  severity: 'error',
  description: { en: 'Every goal names the metric it is measured by.', de: 'Jedes Ziel nennt die Kennzahl, an der es gemessen wird.' },
  gap: { en: 'metric (kpi.metric)', de: 'Kennzahl (kpi.metric)' },
  messages: {
    missing: {
      en: 'Goal "{goal}" has no kpi.metric; say what is counted (e.g. "enquiries via the contact form").',
      de: 'Ziel „{goal}“ hat keine kpi.metric; sagen Sie, was gezählt wird (z. B. „Anfragen über das Kontaktformular“).',
    },
  },
  check({ strategy, report }) {
    strategy.goals?.forEach((goal, index) => {
      if (!goal.kpi?.metric?.trim()) report('missing', ['goals', index, 'kpi', 'metric'], { goal: goal.id });
    });
  },
});
