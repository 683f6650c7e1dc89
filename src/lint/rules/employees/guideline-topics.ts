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
  // One finding per missing topic, so that each says only what is missing, in the reader's words.
  messages: {
    disclosure: {
      en: 'The guidelines leave out disclosure (topic: disclosure); add one that says whoever posts about work says that they work here.',
      de: 'Die Richtlinien regeln nicht die Offenlegung (topic: disclosure); ergänzen Sie eine, die sagt: Wer über die Arbeit postet, sagt, dass er hier arbeitet.',
    },
    confidentiality: {
      en: 'The guidelines leave out confidentiality (topic: confidentiality); add one that says what stays inside (customer data, figures, plans).',
      de: 'Die Richtlinien regeln nicht die Vertraulichkeit (topic: confidentiality); ergänzen Sie eine, die sagt, was intern bleibt (Kundendaten, Zahlen, Pläne).',
    },
    spokespeople: {
      en: 'The guidelines leave out spokespeople (topic: spokespeople); add one that says who speaks for the organisation in public.',
      de: 'Die Richtlinien regeln nicht, wer spricht (topic: spokespeople); ergänzen Sie eine, die sagt, wer öffentlich für die Organisation spricht.',
    },
  },
  check({ strategy, report }) {
    const guidelines = statedGuidelines(strategy);
    // No guidelines at all is employees/guidelines' finding, not a gap in their topics.
    if (guidelines.length === 0) return;
    const covered = new Set<string | undefined>(guidelines.map((guideline) => guideline.topic));
    // A list of spokespeople says who speaks for the organisation, as a spokespeople guideline would.
    if (strategy.employees?.spokespeople?.some((name) => name.trim())) covered.add('spokespeople');
    for (const topic of ESSENTIAL_TOPICS) if (!covered.has(topic)) report(topic, ['employees', 'guidelines']);
  },
});
