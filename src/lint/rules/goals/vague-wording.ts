import type { Goal } from '../../../strategy/schema.js';
import { vagueGoal } from '../../../strategy/text/judgments.js';
import { defineRule } from '../../rule.js';

/** The KPI keys a goal needs before its wording no longer matters; empty when complete. */
function missingKpiKeys(goal: Goal): string[] {
  const missing: string[] = [];
  if (!goal.kpi?.metric?.trim()) missing.push('kpi.metric');
  if (typeof goal.kpi?.target !== 'number') missing.push('kpi.target');
  if (!goal.kpi?.deadline) missing.push('kpi.deadline');
  return missing;
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
      en: 'Goal "{goal}" says "{phrase}" but has no complete KPI (missing: {missing}); name what is counted, the number and the date that make it measurable.',
      de: 'Ziel „{goal}“ sagt „{phrase}“, hat aber keine vollständige Kennzahl (es fehlt: {missing}); nennen Sie, was gezählt wird, die Zahl und das Datum, die es messbar machen.',
    },
  },
  check({ strategy, report }) {
    strategy.goals?.forEach((goal, index) => {
      const phrase = goal.objective ? vagueGoal(goal.objective) : undefined;
      if (!phrase) return;
      const missing = missingKpiKeys(goal);
      if (missing.length > 0) report('vague', ['goals', index, 'objective'], { goal: goal.id, phrase, missing: missing.join(', ') });
    });
  },
});
