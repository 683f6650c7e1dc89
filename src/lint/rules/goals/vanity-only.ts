import { vanityMetric } from '../../../strategy/text/judgments.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'goals/vanity-only',
  severity: 'warn',
  description: {
    en: 'At least one goal counts more than followers, likes, impressions or reach.',
    de: 'Mindestens ein Ziel zählt mehr als Follower, Likes, Impressionen oder Reichweite.',
  },
  messages: {
    'vanity-only': {
      en: 'Every goal counts only attention (e.g. "{word}" in goal "{goal}"); add a goal that counts what you gain: enquiries, orders, applications, donations, visits.',
      de: 'Jedes Ziel zählt nur Aufmerksamkeit (z. B. „{word}“ in Ziel „{goal}“); ergänzen Sie ein Ziel, das zählt, was Sie gewinnen: Anfragen, Bestellungen, Bewerbungen, Spenden, Besuche.',
    },
  },
  check({ strategy, report }) {
    // A goal without a metric is goals/metric's finding; it neither counts attention nor business here.
    const measured = (strategy.goals ?? []).flatMap((goal) => (goal.kpi?.metric?.trim() ? [{ goal, word: vanityMetric(goal.kpi.metric) }] : []));
    if (measured.length === 0 || !measured.every(({ word }) => word !== undefined)) return;
    report('vanity-only', ['goals'], { word: measured[0]!.word!, goal: measured[0]!.goal.id });
  },
});
