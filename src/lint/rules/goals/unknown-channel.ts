import { defineRule } from '../../rule.js';

/** Channels as people write them: "Instagram", "instagram ", "Google Business" and "google-business" are one channel. */
function channelKey(channel: string): string {
  return channel.normalize('NFC').trim().toLowerCase().replace(/[\s_-]+/g, '-');
}

export default defineRule({
  id: 'goals/unknown-channel',
  severity: 'warn',
  description: {
    en: 'Every channel of a goal is a channel of some target group.',
    de: 'Jeder Kanal eines Ziels ist ein Kanal einer Zielgruppe.',
  },
  messages: {
    unknown: {
      en: 'Goal "{goal}" is pursued on "{channel}", but no target group is reached there (the audiences use: {known}); add "{channel}" to an audience\'s channels or drop it from the goal.',
      de: 'Ziel „{goal}“ wird auf „{channel}“ verfolgt, aber dort wird keine Zielgruppe erreicht (die Zielgruppen nutzen: {known}); ergänzen Sie „{channel}“ bei einer Zielgruppe oder streichen Sie es beim Ziel.',
    },
  },
  check({ strategy, report }) {
    const known = new Map<string, string>();
    for (const audience of strategy.audiences ?? []) {
      for (const channel of audience.channels ?? []) {
        const key = channelKey(channel);
        if (key && !known.has(key)) known.set(key, channel.trim());
      }
    }
    // No audience, or none with channels: audiences/present and audiences/channels say so.
    if (known.size === 0) return;
    strategy.goals?.forEach((goal, index) => {
      goal.channels?.forEach((channel, position) => {
        const key = channelKey(channel);
        if (!key || known.has(key)) return;
        report('unknown', ['goals', index, 'channels', position], { goal: goal.id, channel: channel.trim(), known: [...known.values()].join(', ') });
      });
    });
  },
});
