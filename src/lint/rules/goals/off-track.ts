import { goalProgress } from '../../../strategy/progress.js';
import { defineRule } from '../../rule.js';

/**
 * A projection for reading: whole numbers from 100 up, three significant digits
 * below (12.345 → 12.3, 0.03456 → 0.0346), and more digits when the short form
 * would read as the very target it misses (599.96 is not shown as 600).
 */
function roundProjection(value: number, target: number): number {
  let rounded = Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));
  for (let digits = 4; rounded === target && value !== target && digits <= 17; digits++) rounded = Number(value.toPrecision(digits));
  return rounded === 0 ? 0 : rounded;
}

export default defineRule({
  id: 'goals/off-track',
  severity: 'warn',
  description: {
    en: "The trend of every goal's measurements reaches its target by the deadline.",
    de: 'Der Trend der Messwerte jedes Ziels erreicht den Zielwert bis zur Frist.',
  },
  messages: {
    'off-track': {
      en: 'Goal "{goal}" is off track: the trend of its measurements ends at {projected} on {deadline} instead of the target {target}; change what you do now, or adjust the target.',
      de: 'Ziel „{goal}“ liegt nicht im Plan: Der Trend der Messwerte landet am {deadline} bei {projected} statt beim Zielwert {target}; ändern Sie jetzt Ihr Vorgehen oder passen Sie den Zielwert an.',
    },
  },
  check({ strategy, today, report }) {
    strategy.goals?.forEach((goal, index) => {
      const { status, projected } = goalProgress(goal, strategy.started, today);
      const { target, deadline, unit } = goal.kpi ?? {};
      if (status !== 'off-track' || projected === null || target === undefined || !deadline) return;
      const amount = (value: number) => (unit?.trim() ? `${value} ${unit.trim()}` : String(value));
      report('off-track', ['goals', index, 'kpi', 'target'], {
        goal: goal.id,
        projected: amount(roundProjection(projected, target)),
        deadline,
        target: amount(target),
      });
    });
  },
});
