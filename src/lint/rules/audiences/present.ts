import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'audiences/present',
  severity: 'error',
  description: {
    en: 'The strategy names at least one target group.',
    de: 'Die Strategie nennt mindestens eine Zielgruppe.',
  },
  messages: {
    missing: {
      en: 'The strategy has no target group; add one under "audiences:" with a name, its needs and its channels.',
      de: 'Die Strategie hat keine Zielgruppe; legen Sie unter „audiences:“ eine mit Namen, Bedürfnissen und Kanälen an.',
    },
  },
  check({ strategy, report }) {
    if (!strategy.audiences?.length) report('missing', ['audiences']);
  },
});
