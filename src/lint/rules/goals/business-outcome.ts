import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'goals/business-outcome',
  severity: 'warn',
  description: {
    en: 'Every goal says what it means for the business (business_outcome).',
    de: 'Jedes Ziel sagt, was es dem Unternehmen bringt (business_outcome).',
  },
  messages: {
    missing: {
      en: 'Goal "{goal}" has no business_outcome; say what reaching it brings the company (e.g. "more orders in the shop"), or its ROI stays unknown.',
      de: 'Ziel „{goal}“ hat kein business_outcome; sagen Sie, was das Erreichen dem Unternehmen bringt (z. B. „mehr Bestellungen im Laden“), sonst bleibt sein ROI unbekannt.',
    },
  },
  check({ strategy, report }) {
    strategy.goals?.forEach((goal, index) => {
      if (!goal.business_outcome?.trim()) report('missing', ['goals', index, 'business_outcome'], { goal: goal.id });
    });
  },
});
