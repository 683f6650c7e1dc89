import { defineRule } from '../../rule.js';
import { audienceLabel } from './label.js';

export default defineRule({
  id: 'audiences/needs',
  severity: 'warn',
  description: {
    en: 'Every target group names its needs or pain points.',
    de: 'Jede Zielgruppe nennt ihre Bedürfnisse oder Probleme.',
  },
  messages: {
    missing: {
      en: 'Target group "{audience}" has no needs; list under "needs:" what it wants or struggles with, so the content can answer it.',
      de: 'Zielgruppe „{audience}“ hat keine Bedürfnisse; nennen Sie unter „needs:“, was sie will oder was sie plagt, damit die Inhalte darauf antworten.',
    },
  },
  check({ strategy, report }) {
    strategy.audiences?.forEach((audience, index) => {
      if (!audience.needs?.some((need) => need.trim())) {
        report('missing', ['audiences', index, 'needs'], { audience: audienceLabel(audience, index) });
      }
    });
  },
});
