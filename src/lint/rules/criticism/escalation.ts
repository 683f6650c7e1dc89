import { namesGroup } from '../../../strategy/text/judgments.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'criticism/escalation',
  severity: 'warn',
  description: {
    en: 'Criticism escalates over at least 2 levels, each with a person who acts.',
    de: 'Kritik eskaliert über mindestens 2 Stufen, jede mit einer Person, die handelt.',
  },
  messages: {
    missing: {
      en: 'There are no escalation levels; add at least 2 under "criticism.escalation" (e.g. 1: the owner answers; 2: the executive sponsor decides).',
      de: 'Es gibt keine Eskalationsstufen; legen Sie unter „criticism.escalation“ mindestens 2 an (z. B. 1: die Verantwortliche antwortet; 2: die Geschäftsführung entscheidet).',
    },
    'one-level': {
      en: 'There is only one escalation level; add a second one for what the first cannot handle (many complaints, a press enquiry).',
      de: 'Es gibt nur eine Eskalationsstufe; ergänzen Sie eine zweite für das, was die erste nicht lösen kann (viele Beschwerden, eine Presseanfrage).',
    },
    'no-person': {
      en: 'Escalation level {level} names nobody; say under "who:" which person acts at this level.',
      de: 'Eskalationsstufe {level} nennt niemanden; sagen Sie unter „who:“, welche Person auf dieser Stufe handelt.',
    },
    group: {
      en: 'Escalation level {level} names "{who}", which is no person in particular; say under "who:" which one person acts at this level.',
      de: 'Eskalationsstufe {level} nennt „{who}“, das ist keine bestimmte Person; sagen Sie unter „who:“, welche eine Person auf dieser Stufe handelt.',
    },
  },
  check({ strategy, report }) {
    const levels = strategy.criticism?.escalation ?? [];
    if (levels.length === 0) report('missing', ['criticism', 'escalation']);
    else if (levels.length === 1) report('one-level', ['criticism', 'escalation']);
    levels.forEach((level, index) => {
      const who = level.who?.trim();
      const path = ['criticism', 'escalation', index, 'who'];
      if (!who) report('no-person', path, { level: level.level ?? index + 1 });
      else if (namesGroup(who)) report('group', path, { level: level.level ?? index + 1, who });
    });
  },
});
