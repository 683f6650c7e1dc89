import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'goals/deadline',
  severity: 'error',
  description: {
    en: 'Every goal has a deadline (kpi.deadline).',
    de: 'Jedes Ziel hat eine Frist (kpi.deadline).',
  },
  gap: { en: 'deadline (kpi.deadline)', de: 'Frist (kpi.deadline)' },
  messages: {
    missing: {
      en: 'Goal "{goal}" has no kpi.deadline; set the day by which the target is reached (YYYY-MM-DD).',
      de: 'Ziel „{goal}“ hat keine kpi.deadline; setzen Sie den Tag, bis zu dem der Zielwert erreicht ist (JJJJ-MM-TT).',
    },
  },
  check({ strategy, report }) {
    strategy.goals?.forEach((goal, index) => {
      if (!goal.kpi?.deadline) report('missing', ['goals', index, 'kpi', 'deadline'], { goal: goal.id });
    });
  },
});
