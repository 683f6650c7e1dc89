import { phraseMatcher } from '../../../strategy/wording.js';
import { tooBroad } from '../../../strategy/text/judgments.js';
import { defineRule } from '../../rule.js';
import { audienceLabel } from './label.js';

/** Phrases that make a group too broad wherever they stand in its name or description. */
const BROAD_PHRASES = phraseMatcher([
  'everyone',
  'everybody',
  'anyone and everyone',
  'all customers',
  'all people',
  'all target groups',
  'all age groups',
  'the general public',
  'general public',
  'the public at large',
  'the masses',
  'mass market',
  'the whole world',
  'jedermann',
  'alle Kunden',
  'alle Menschen',
  'alle Leute',
  'alle Zielgruppen',
  'alle Altersgruppen',
  'jeder Mensch',
  'jeder Kunde',
  'die breite Masse',
  'breite Masse',
  'breite Öffentlichkeit',
  'Allgemeinheit',
  'Jung und Alt',
  'Groß und Klein',
  'alle Welt',
  'die ganze Welt',
  'Otto Normalverbraucher',
]);

export default defineRule({
  id: 'audiences/too-broad',
  severity: 'warn',
  description: {
    en: 'No target group is "everyone": each one is narrow enough to write for.',
    de: 'Keine Zielgruppe ist „alle“: jede ist eng genug, um für sie zu schreiben.',
  },
  messages: {
    name: {
      en: 'Target group "{audience}" is too broad ("{phrase}"); name who exactly you want to reach: their situation, place and need (e.g. "parents of toddlers in Leipzig-Süd").',
      de: 'Zielgruppe „{audience}“ ist zu breit („{phrase}“); nennen Sie, wen genau Sie erreichen wollen: Lage, Ort und Bedürfnis (z. B. „Eltern von Kleinkindern in Leipzig-Süd“).',
    },
    description: {
      en: 'The description of target group "{audience}" makes it too broad ("{phrase}"); describe the people you want to reach, not everybody.',
      de: 'Die Beschreibung der Zielgruppe „{audience}“ macht sie zu breit („{phrase}“); beschreiben Sie die Menschen, die Sie erreichen wollen, nicht alle.',
    },
  },
  check({ strategy, report }) {
    strategy.audiences?.forEach((audience, index) => {
      const path = ['audiences', index] as const;
      const name = audience.name?.trim();
      const inName = name && (BROAD_PHRASES.find(name) ?? (tooBroad(name) ? name : undefined));
      if (inName) {
        report('name', [...path, 'name'], { audience: audienceLabel(audience, index), phrase: inName });
        return;
      }
      const inDescription = audience.description && BROAD_PHRASES.find(audience.description);
      if (inDescription) {
        report('description', [...path, 'description'], { audience: audienceLabel(audience, index), phrase: inDescription });
      }
    });
  },
});
