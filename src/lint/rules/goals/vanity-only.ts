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
      en: 'Every goal counts only attention (e.g. "{word}" in goal "{goal}"); add a goal that counts what the business gains: enquiries, orders, applications, visits.',
      de: 'Jedes Ziel zählt nur Aufmerksamkeit (z. B. „{word}“ in Ziel „{goal}“); ergänzen Sie ein Ziel, das zählt, was das Unternehmen gewinnt: Anfragen, Bestellungen, Bewerbungen, Besuche.',
    },
  },
  check({ strategy, report }) {
    // A goal without a metric is goals/metric's finding; it neither counts attention nor business here.
    const measured = (strategy.goals ?? []).filter((goal) => goal.kpi?.metric?.trim());
    if (measured.length === 0 || !measured.every((goal) => vanityMetric(goal.kpi!.metric!))) return;
    report('vanity-only', ['goals'], { word: measured[0]!.kpi!.metric!.trim(), goal: measured[0]!.id });
  },
});
