import { defineRule } from '../../rule.js';

/** The kinds of criticism every company meets sooner or later, in the order messages name them. */
const ESSENTIAL_SCENARIOS = ['negative-review', 'shitstorm', 'troll'] as const;

export default defineRule({
  id: 'criticism/scenarios',
  severity: 'warn',
  description: {
    en: 'The response to a negative review, a shitstorm and a troll is decided in advance.',
    de: 'Die Reaktion auf eine negative Bewertung, einen Shitstorm und einen Troll steht vorher fest.',
  },
  messages: {
    missing: {
      en: 'There is no planned response to: {types}; add a scenario with "type" and "response" for each under "criticism.scenarios".',
      de: 'Es gibt keine geplante Reaktion auf: {types}; legen Sie unter „criticism.scenarios“ für jeden Fall ein Szenario mit „type“ und „response“ an.',
    },
  },
  check({ strategy, report }) {
    const planned = new Set<string | undefined>(
      (strategy.criticism?.scenarios ?? []).filter((scenario) => scenario.type && scenario.response?.trim()).map((scenario) => scenario.type),
    );
    const missing = ESSENTIAL_SCENARIOS.filter((type) => !planned.has(type));
    if (missing.length > 0) report('missing', ['criticism', 'scenarios'], { types: missing.join(', ') });
  },
});
