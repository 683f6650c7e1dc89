import { daysBetween } from '../../../strategy/today.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'goals/no-data',
  severity: 'warn',
  description: {
    en: 'Every goal is measured by half its time at the latest.',
    de: 'Jedes Ziel wird spätestens zur Hälfte seiner Laufzeit gemessen.',
  },
  messages: {
    'no-data': {
      en: 'Half the time from {started} to the deadline {deadline} of goal "{goal}" has passed and it has no measurement: nobody is measuring it. Record the current value with smplan track {goal} <value>.',
      de: 'Die Hälfte der Zeit von {started} bis zur Frist {deadline} von Ziel „{goal}“ ist vorbei, und es gibt keinen Messwert: Niemand misst es. Halten Sie den aktuellen Wert mit smplan track {goal} <Wert> fest.',
    },
  },
  check({ strategy, today, report }) {
    const { started } = strategy;
    if (!started) return;
    strategy.goals?.forEach((goal, index) => {
      const deadline = goal.kpi?.deadline;
      if (!deadline || (goal.measurements ?? []).length > 0) return;
      const span = daysBetween(started, deadline);
      if (span <= 0 || daysBetween(started, today) * 2 < span) return;
      report('no-data', ['goals', index, 'id'], { goal: goal.id, started, deadline });
    });
  },
});
