import { defineRule } from '../../rule.js';

/** Hours after which unanswered public criticism has usually been read, shared and answered by others. */
const MAX_HOURS = 24;

export default defineRule({
  id: 'criticism/slow-response',
  severity: 'warn',
  description: {
    en: 'Public criticism is answered within 24 hours.',
    de: 'Öffentliche Kritik wird binnen 24 Stunden beantwortet.',
  },
  messages: {
    slow: {
      en: 'criticism.response_time_hours is {hours}; answer public criticism within {max} hours, before others answer it for you.',
      de: 'criticism.response_time_hours ist {hours}; beantworten Sie öffentliche Kritik binnen {max} Stunden, bevor andere es für Sie tun.',
    },
  },
  check({ strategy, report }) {
    const hours = strategy.criticism?.response_time_hours;
    if (hours !== undefined && hours > MAX_HOURS) report('slow', ['criticism', 'response_time_hours'], { hours, max: MAX_HOURS });
  },
});
