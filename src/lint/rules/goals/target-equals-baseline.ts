import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'goals/target-equals-baseline',
  severity: 'error',
  description: {
    en: "Every goal's target differs from its baseline.",
    de: 'Der Zielwert jedes Ziels unterscheidet sich von seinem Ausgangswert.',
  },
  messages: {
    equal: {
      en: 'Goal "{goal}" has target {target}, the same as its baseline; set the value it should reach, or it has nothing to achieve.',
      de: 'Ziel „{goal}“ hat als Zielwert {target}, denselben Wert wie als Ausgangswert; setzen Sie den Wert, der erreicht werden soll, sonst gibt es nichts zu erreichen.',
    },
  },
  check({ strategy, report }) {
    strategy.goals?.forEach((goal, index) => {
      const { baseline, target } = goal.kpi ?? {};
      if (typeof target === 'number' && typeof baseline === 'number' && target === baseline) {
        report('equal', ['goals', index, 'kpi', 'target'], { goal: goal.id, target });
      }
    });
  },
});
