import { goalProgress } from '../../../strategy/progress.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'goals/deadline-passed',
  severity: 'warn',
  description: {
    en: 'No goal is past its deadline with the target missed.',
    de: 'Kein Ziel hat seine Frist überschritten, ohne den Zielwert zu erreichen.',
  },
  messages: {
    overdue: {
      en: 'The deadline {deadline} of goal "{goal}" has passed and the last measurement ({value} on {date}) misses the target {target}; record what was reached and set a new deadline, or retire the goal.',
      de: 'Die Frist {deadline} von Ziel „{goal}“ ist abgelaufen, und der letzte Messwert ({value} am {date}) verfehlt den Zielwert {target}; halten Sie fest, was erreicht wurde, und setzen Sie eine neue Frist oder geben Sie das Ziel auf.',
    },
  },
  check({ strategy, today, report }) {
    strategy.goals?.forEach((goal, index) => {
      const { status, latest } = goalProgress(goal, strategy.started, today);
      const { target, deadline, unit } = goal.kpi ?? {};
      if (status !== 'overdue' || !latest || target === undefined || !deadline) return;
      const amount = (value: number) => (unit?.trim() ? `${value} ${unit.trim()}` : String(value));
      report('overdue', ['goals', index, 'kpi', 'deadline'], {
        goal: goal.id,
        deadline,
        value: amount(latest.value),
        date: latest.date,
        target: amount(target),
      });
    });
  },
});
