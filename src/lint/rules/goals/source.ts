import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'goals/source',
  severity: 'warn',
  description: {
    en: 'Every goal says where its metric is measured (kpi.source).',
    de: 'Jedes Ziel sagt, wo seine Kennzahl gemessen wird (kpi.source).',
  },
  gap: { en: 'where it is measured (kpi.source)', de: 'Messquelle (kpi.source)' },
  messages: {
    missing: {
      en: 'Goal "{goal}" has no kpi.source; say where the metric is read (e.g. "Instagram Insights", "Google Analytics", the CRM).',
      de: 'Ziel „{goal}“ hat keine kpi.source; sagen Sie, wo die Kennzahl abgelesen wird (z. B. „Instagram Insights“, „Google Analytics“, das CRM).',
    },
    'missing-for-metric': {
      en: 'Goal "{goal}" does not say where "{metric}" is measured; set kpi.source (e.g. "Instagram Insights", "Google Analytics", the CRM).',
      de: 'Ziel „{goal}“ sagt nicht, wo „{metric}“ gemessen wird; setzen Sie kpi.source (z. B. „Instagram Insights“, „Google Analytics“, das CRM).',
    },
  },
  check({ strategy, report }) {
    strategy.goals?.forEach((goal, index) => {
      if (goal.kpi?.source?.trim()) return;
      const path = ['goals', index, 'kpi', 'source'];
      const metric = goal.kpi?.metric?.trim();
      if (metric) report('missing-for-metric', path, { goal: goal.id, metric });
      else report('missing', path, { goal: goal.id });
    });
  },
});
