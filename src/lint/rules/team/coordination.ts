import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'team/coordination',
  severity: 'warn',
  description: {
    en: 'The team says how it coordinates or who approves posts.',
    de: 'Das Team sagt, wie es sich abstimmt oder wer Beiträge freigibt.',
  },
  messages: {
    missing: {
      en: 'Neither "team.coordination" nor "team.approval" is given; say how the people involved coordinate (e.g. "15 minutes every Monday") or who approves what before it is posted.',
      de: 'Weder „team.coordination“ noch „team.approval“ ist angegeben; sagen Sie, wie sich die Beteiligten abstimmen (z. B. „montags 15 Minuten“) oder wer was vor dem Posten freigibt.',
    },
  },
  check({ strategy, report }) {
    const team = strategy.team;
    if (!team?.coordination?.trim() && !team?.approval?.trim()) report('missing', ['team', 'coordination']);
  },
});
