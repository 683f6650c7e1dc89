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
    const audienceChannels = (strategy.audiences ?? []).flatMap((audience) => audience.channels ?? []).filter((channel) => channel.trim());
    // No audience, or none with channels: audiences/present and audiences/channels say so.
    if (audienceChannels.length === 0) return;
    const known = new Map<string, string>();
    for (const channel of audienceChannels) if (!known.has(channelKey(channel))) known.set(channelKey(channel), channel.trim());
    const knownList = [...known.values()].join(', ');
    strategy.goals?.forEach((goal, index) => {
      goal.channels?.forEach((channel, position) => {
        if (!channel.trim() || known.has(channelKey(channel))) return;
        report('unknown', ['goals', index, 'channels', position], { goal: goal.id, channel: channel.trim(), known: knownList });
      });
    });
  },
});
