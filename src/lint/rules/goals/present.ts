import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'goals/present',
  severity: 'error',
  description: { en: 'The strategy has at least one goal.', de: 'Die Strategie hat mindestens ein Ziel.' },
  messages: {
    missing: {
      en: 'The strategy has no goal; add one under "goals:" with a measurable KPI.',
      de: 'Die Strategie hat kein Ziel; legen Sie unter „goals:“ eines mit messbarer Kennzahl an.',
    },
  },
  check({ strategy, report }) {
    if (!strategy.goals?.length) report('missing', ['goals']);
  },
});
