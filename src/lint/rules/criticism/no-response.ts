import { noResponse } from '../../../strategy/text/judgments.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'criticism/no-response',
  severity: 'warn',
  description: {
    en: 'Every planned response to criticism is a response: not "ignore", "-" or "n/a".',
    de: 'Jede geplante Reaktion auf Kritik ist eine Reaktion: nicht „ignorieren“, „-“ oder „entfällt“.',
  },
  messages: {
    'no-response': {
      en: 'The planned response to "{scenario}" is no response ("{response}"); silence reads as agreement with the critic. Decide what you will say or do, even if it is one calm sentence and a link to your netiquette.',
      de: 'Die geplante Reaktion auf „{scenario}“ ist keine Reaktion („{response}“); Schweigen wirkt wie Zustimmung zur Kritik. Legen Sie fest, was Sie sagen oder tun, und sei es ein ruhiger Satz mit einem Verweis auf Ihre Netiquette.',
    },
  },
  check({ strategy, report }) {
    strategy.criticism?.scenarios?.forEach((scenario, index) => {
      // A scenario without any response is criticism/scenarios' finding.
      if (scenario.response === undefined || !noResponse(scenario.response)) return;
      report('no-response', ['criticism', 'scenarios', index, 'response'], { scenario: scenario.type ?? `#${index + 1}`, response: scenario.response.trim() });
    });
  },
});
