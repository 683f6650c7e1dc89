import { deletionPlan } from '../../../strategy/text/judgments.js';
import { defineRule } from '../../rule.js';

const QUOTE_LENGTH = 120;

function quote(sentence: string): string {
  const text = sentence.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : text;
}

/** Scenarios that are criticism through and through: deleting anything in them deletes criticism. */
const CRITICISM_SCENARIOS: ReadonlySet<string> = new Set(['negative-review', 'complaint', 'shitstorm']);

export default defineRule({
  id: 'criticism/deleting',
  severity: 'warn',
  description: {
    en: 'The plan is not to delete criticism: deleting escalates.',
    de: 'Der Plan sieht nicht vor, Kritik zu löschen: Löschen eskaliert.',
  },
  messages: {
    policy: {
      en: 'The deletion policy plans to delete criticism ("{text}"); deleted criticism comes back louder. Answer criticism in public, and delete only spam and insults under a published netiquette.',
      de: 'Die Löschregel sieht vor, Kritik zu löschen („{text}“); gelöschte Kritik kommt lauter zurück. Beantworten Sie Kritik öffentlich und löschen Sie nur Spam und Beleidigungen nach einer veröffentlichten Netiquette.',
    },
    scenario: {
      en: 'The response to "{scenario}" plans to delete criticism ("{text}"); deleted criticism comes back louder. Answer it in public instead, and delete only spam and insults.',
      de: 'Die Reaktion auf „{scenario}“ sieht vor, Kritik zu löschen („{text}“); gelöschte Kritik kommt lauter zurück. Antworten Sie stattdessen öffentlich und löschen Sie nur Spam und Beleidigungen.',
    },
  },
  check({ strategy, report }) {
    const policy = strategy.criticism?.deletion_policy;
    const inPolicy = policy && deletionPlan(policy, true);
    if (inPolicy) report('policy', ['criticism', 'deletion_policy'], { text: quote(inPolicy) });
    strategy.criticism?.scenarios?.forEach((scenario, index) => {
      const implicit = scenario.type !== undefined && CRITICISM_SCENARIOS.has(scenario.type);
      const inResponse = scenario.response && deletionPlan(scenario.response, implicit);
      if (inResponse) {
        report('scenario', ['criticism', 'scenarios', index, 'response'], { scenario: scenario.type ?? `#${index + 1}`, text: quote(inResponse) });
      }
    });
  },
});
