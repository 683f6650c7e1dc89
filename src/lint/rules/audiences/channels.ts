import { defineRule } from '../../rule.js';
import { audienceLabel } from './label.js';

export default defineRule({
  id: 'audiences/channels',
  severity: 'error',
  description: {
    en: 'Every target group names the channels it is reached on.',
    de: 'Jede Zielgruppe nennt die Kanäle, auf denen sie erreicht wird.',
  },
  messages: {
    missing: {
      en: 'Target group "{audience}" has no channel; list where it is reached under "channels:" (e.g. instagram, google-business).',
      de: 'Zielgruppe „{audience}“ hat keinen Kanal; nennen Sie unter „channels:“, wo sie erreicht wird (z. B. instagram, google-business).',
    },
  },
  check({ strategy, report }) {
    strategy.audiences?.forEach((audience, index) => {
      if (!audience.channels?.some((channel) => channel.trim())) {
        report('missing', ['audiences', index, 'channels'], { audience: audienceLabel(audience, index) });
      }
    });
  },
});
