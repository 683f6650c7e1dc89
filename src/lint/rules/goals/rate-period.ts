import { defineRule } from '../../rule.js';
import { namedRatePeriod } from '../../../strategy/text/rates-and-directions.js';

export default defineRule({
  id: 'goals/rate-period',
  severity: 'warn',
  description: {
    en: 'A metric that counts per period says so in kpi.per.',
    de: 'Eine Kennzahl, die pro Zeitraum zählt, sagt das in kpi.per.',
  },
  messages: {
    'missing-per': {
      en: 'The {key} of goal "{goal}" ("{text}") counts per {period}, but kpi.per is not set, so its value would be counted once instead of over time; add per: {period} under kpi (and make value_per_unit what one unit brings).',
      de: 'Die Angabe {key} von Ziel „{goal}“ („{text}“) zählt pro Zeitraum ({period}), aber kpi.per fehlt, sodass ihr Wert nur einmal gezählt würde statt in jedem Zeitraum; ergänzen Sie per: {period} unter kpi (und geben Sie als value_per_unit an, was eine Einheit bringt).',
    },
  },
  check({ strategy, report }) {
    strategy.goals?.forEach((goal, index) => {
      const kpi = goal.kpi;
      if (!kpi || kpi.per) return;
      for (const key of ['unit', 'metric'] as const) {
        const text = kpi[key];
        const period = text ? namedRatePeriod(text) : undefined;
        if (!period) continue;
        report('missing-per', ['goals', index, 'kpi', key], { goal: goal.id, key: `kpi.${key}`, text: text!, period });
        return;
      }
    });
  },
});
