import { phraseMatcher } from '../../../strategy/wording.js';
import { defineRule } from '../../rule.js';

/**
 * Words of metrics that count attention, not business: followers, likes,
 * impressions, views, reach, fans, in English and German. Matching is on
 * word boundaries, so common German compounds are listed too ("Aufrufe" is
 * not found inside "Seitenaufrufe"); "Follower-Zahl" needs no entry of its own.
 */
const VANITY_METRIC_WORDS = [
  'follower',
  'followers',
  'subscribers',
  'fans',
  'likes',
  'impressions',
  'views',
  'reach',
  'Abonnenten',
  'Abonnentenzahl',
  'Followerzahl',
  'Fanzahl',
  'Gefällt mir',
  'Gefällt-mir',
  'Impressionen',
  'Aufrufe',
  'Seitenaufrufe',
  'Videoaufrufe',
  'Profilaufrufe',
  'Reichweite',
] as const;

const vanityMetric = phraseMatcher(VANITY_METRIC_WORDS);

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
    const goals = strategy.goals ?? [];
    if (goals.length === 0) return;
    const words = goals.map((goal) => (goal.kpi?.metric ? vanityMetric.find(goal.kpi.metric) : undefined));
    if (!words.every((word) => word !== undefined)) return;
    report('vanity-only', ['goals'], { word: words[0]!, goal: goals[0]!.id });
  },
});
