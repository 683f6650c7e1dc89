import { findUnknownKeys } from '../../../strategy/unknown-keys.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'strategy/unknown-key',
  severity: 'warn',
  description: {
    en: 'Every key is one that format version 1 knows.',
    de: 'Jeder Schlüssel ist einer, den Formatversion 1 kennt.',
  },
  messages: {
    unknown: {
      en: 'Unknown key "{key}"; smplan keeps it but does not read it.',
      de: 'Unbekannter Schlüssel „{key}“; smplan behält ihn, liest ihn aber nicht.',
    },
    typo: {
      en: 'Unknown key "{key}"; did you mean "{suggestion}"?',
      de: 'Unbekannter Schlüssel „{key}“; meinten Sie „{suggestion}“?',
    },
  },
  check({ document, report }) {
    for (const { path, suggestion } of findUnknownKeys(document.data)) {
      const key = String(path.at(-1));
      if (suggestion) report('typo', path, { key, suggestion });
      else report('unknown', path, { key });
    }
  },
});
