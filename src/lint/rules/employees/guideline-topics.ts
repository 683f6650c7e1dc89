import { defineRule } from '../../rule.js';
import { statedGuidelines } from './stated.js';

/** The topics every set of guidelines covers, in the order messages name them. */
const ESSENTIAL_TOPICS = ['disclosure', 'confidentiality', 'spokespeople'] as const;

export default defineRule({
  id: 'employees/guideline-topics',
  severity: 'warn',
  description: {
    en: 'The guidelines cover disclosure, confidentiality and spokespeople.',
    de: 'Die Richtlinien regeln Offenlegung, Vertraulichkeit und Sprecher.',
  },
  messages: {
    missing: {
      en: 'The guidelines leave out {topics}; add a guideline for each (disclosure: say you work here; confidentiality: what stays inside; spokespeople: who speaks for the company).',
      de: 'Die Richtlinien regeln nicht: {topics}; ergänzen Sie je eine Richtlinie (disclosure: sagen, dass man hier arbeitet; confidentiality: was intern bleibt; spokespeople: wer für das Unternehmen spricht).',
    },
  },
  check({ strategy, report }) {
    const guidelines = statedGuidelines(strategy);
    // No guidelines at all is employees/guidelines' finding, not a gap in their topics.
    if (guidelines.length === 0) return;
    const covered = new Set<string | undefined>(guidelines.map((guideline) => guideline.topic));
    // A list of spokespeople says who speaks for the company, as a spokespeople guideline would.
    if (strategy.employees?.spokespeople?.some((name) => name.trim())) covered.add('spokespeople');
    const missing = ESSENTIAL_TOPICS.filter((topic) => !covered.has(topic));
    if (missing.length > 0) report('missing', ['employees', 'guidelines'], { topics: missing.join(', ') });
  },
});
