import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'criticism/response-time',
  severity: 'error',
  description: {
    en: 'The strategy says within how many hours public criticism is answered.',
    de: 'Die Strategie sagt, binnen wie vieler Stunden öffentliche Kritik beantwortet wird.',
  },
  messages: {
    missing: {
      en: 'No response time for public criticism; add "criticism.response_time_hours" (e.g. 4): decide it now, not in the middle of a shitstorm.',
      de: 'Keine Reaktionszeit für öffentliche Kritik; ergänzen Sie „criticism.response_time_hours“ (z. B. 4): entscheiden Sie das jetzt, nicht mitten im Shitstorm.',
    },
  },
  check({ strategy, report }) {
    if (strategy.criticism?.response_time_hours === undefined) report('missing', ['criticism', 'response_time_hours']);
  },
});
