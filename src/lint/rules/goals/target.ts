import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'goals/target',
  severity: 'error',
  description: {
    en: 'Every goal has a numeric target (kpi.target).',
    de: 'Jedes Ziel hat einen Zielwert als Zahl (kpi.target).',
  },
  gap: { en: 'target (kpi.target)', de: 'Zielwert (kpi.target)' },
  messages: {
    missing: {
      en: 'Goal "{goal}" has no kpi.target; set the number to reach by the deadline (e.g. 600, not "more").',
      de: 'Ziel „{goal}“ hat kein kpi.target; setzen Sie die Zahl, die bis zur Frist erreicht sein soll (z. B. 600, nicht „mehr“).',
    },
  },
  check({ strategy, report }) {
    strategy.goals?.forEach((goal, index) => {
      if (typeof goal.kpi?.target !== 'number') report('missing', ['goals', index, 'kpi', 'target'], { goal: goal.id });
    });
  },
});
