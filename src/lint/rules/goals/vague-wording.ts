import { vagueGoalWording } from '../../../strategy/wording.js';
import type { Goal } from '../../../strategy/schema.js';
import { defineRule } from '../../rule.js';

function hasCompleteKpi(goal: Goal): boolean {
  return Boolean(goal.kpi?.metric?.trim()) && goal.kpi?.target !== undefined && goal.kpi?.deadline !== undefined;
}

export default defineRule({
  id: 'goals/vague-wording',
  severity: 'warn',
  description: {
    en: 'A goal worded in empty phrases has a complete KPI (metric, target, deadline).',
    de: 'Ein Ziel mit leeren Phrasen hat eine vollständige Kennzahl (Metrik, Zielwert, Frist).',
  },
  messages: {
    vague: {
      en: 'Goal "{goal}" says "{phrase}" but has no complete KPI; name the number and the date that make it measurable.',
      de: 'Ziel „{goal}“ sagt „{phrase}“, hat aber keine vollständige Kennzahl; nennen Sie die Zahl und das Datum, die es messbar machen.',
    },
  },
  check({ strategy, report }) {
    strategy.goals?.forEach((goal, index) => {
      const phrase = goal.objective && vagueGoalWording.find(goal.objective);
      if (phrase && !hasCompleteKpi(goal)) report('vague', ['goals', index, 'objective'], { goal: goal.id, phrase });
    });
  },
});
