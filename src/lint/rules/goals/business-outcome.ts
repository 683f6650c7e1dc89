import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'goals/business-outcome',
  severity: 'warn',
  description: {
    en: 'Every goal says what it means for the business (business_outcome).',
    de: 'Jedes Ziel sagt, was es Ihnen bringt (business_outcome).',
  },
  gap: { en: 'what it brings (business_outcome)', de: 'Nutzen (business_outcome)' },
  messages: {
    missing: {
      en: 'Goal "{goal}" has no business_outcome; say what reaching it brings you (more orders, applications, donations, fewer calls to the front desk), or its ROI stays unknown.',
      de: 'Ziel „{goal}“ sagt nicht, was es Ihnen bringt (business_outcome); sagen Sie, was das Erreichen bringt (mehr Bestellungen, Bewerbungen, Spenden, weniger Anrufe am Empfang), sonst bleibt sein ROI unbekannt.',
    },
  },
  check({ strategy, report }) {
    strategy.goals?.forEach((goal, index) => {
      if (!goal.business_outcome?.trim()) report('missing', ['goals', index, 'business_outcome'], { goal: goal.id });
    });
  },
});
