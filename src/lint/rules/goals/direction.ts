import { directionOf } from '../../../strategy/progress.js';
import { defineRule } from '../../rule.js';
import { wordedDirection } from '../../../strategy/text/rates-and-directions.js';

export default defineRule({
  id: 'goals/direction',
  severity: 'warn',
  description: {
    en: "A goal's wording, its kpi.direction and its target point the same way.",
    de: 'Wortlaut, kpi.direction und Zielwert eines Ziels zeigen in dieselbe Richtung.',
  },
  messages: {
    'worded-up': {
      en: 'Goal "{goal}" is worded to make the number rise ("{objective}"), but its target {target} lies below the baseline {baseline}; correct the target, or set kpi.direction: decrease if the wording is what is wrong.',
      de: 'Ziel „{goal}“ ist so formuliert, dass die Zahl steigen soll („{objective}“), aber der Zielwert {target} liegt unter dem Ausgangswert {baseline}; korrigieren Sie den Zielwert oder, wenn der Wortlaut falsch ist, setzen Sie kpi.direction: decrease.',
    },
    'worded-down': {
      en: 'Goal "{goal}" is worded to make the number fall ("{objective}"), but its target {target} lies above the baseline {baseline}; correct the target, or set kpi.direction: increase if the wording is what is wrong.',
      de: 'Ziel „{goal}“ ist so formuliert, dass die Zahl sinken soll („{objective}“), aber der Zielwert {target} liegt über dem Ausgangswert {baseline}; korrigieren Sie den Zielwert oder, wenn der Wortlaut falsch ist, setzen Sie kpi.direction: increase.',
    },
    'stated-up': {
      en: 'Goal "{goal}" says kpi.direction: increase, but its target {target} lies below the baseline {baseline}; one of the three is wrong.',
      de: 'Ziel „{goal}“ gibt kpi.direction: increase an, aber der Zielwert {target} liegt unter dem Ausgangswert {baseline}; einer der drei Werte stimmt nicht.',
    },
    'stated-down': {
      en: 'Goal "{goal}" says kpi.direction: decrease, but its target {target} lies above the baseline {baseline}; one of the three is wrong.',
      de: 'Ziel „{goal}“ gibt kpi.direction: decrease an, aber der Zielwert {target} liegt über dem Ausgangswert {baseline}; einer der drei Werte stimmt nicht.',
    },
  },
  check({ strategy, report }) {
    strategy.goals?.forEach((goal, index) => {
      const { baseline, target, direction } = goal.kpi ?? {};
      if (baseline === undefined || target === undefined || target === baseline) return;
      const targetWay = target > baseline ? 'increase' : 'decrease';
      const data = { goal: goal.id, target, baseline };
      if (direction && direction !== targetWay) {
        report(direction === 'increase' ? 'stated-up' : 'stated-down', ['goals', index, 'kpi', 'direction'], data);
        return;
      }
      // A stated direction that agrees with the target is the person's decision over the wording.
      if (direction) return;
      const worded = goal.objective ? wordedDirection(goal.objective) : undefined;
      if (!worded || worded === directionOf(goal)) return;
      report(worded === 'increase' ? 'worded-up' : 'worded-down', ['goals', index, 'kpi', 'target'], { ...data, objective: goal.objective! });
    });
  },
});
