import type { DataPath, PathSegment } from '../../../strategy/document.js';
import { defineRule } from '../../rule.js';

/** `<company name>`, `<Ziel in einem Satz>`: text in angle brackets that starts with a letter. */
const ANGLE = /<([^<>\n]{1,80})>/gu;
/** Angle brackets that are not placeholders: e-mail addresses, links, simple HTML tags. */
const NOT_A_PLACEHOLDER = /@|:\/\/|^(?:br|hr|b|i|u|s|p|em|strong|small|sub|sup|code|span|div)\s*\/?$/iu;
/** `{{company}}`: a template variable nobody filled in. */
const MUSTACHE = /\{\{[^{}\n]{1,80}\}\}/u;
/** Marker words, word-bounded and in any case; "ToDo-Liste" is a to-do list, not a marker. */
const MARKER = /(?<![\p{L}\p{N}_])(?:todo|tbd|tba|fixme|lorem ipsum)(?![\p{L}\p{N}_])(?![-\s]*(?:liste?n?|lists?)(?![\p{L}\p{N}]))/iu;
/** XXX only in capitals: it marks a gap, while "xxx" may be part of a name. */
const XXX = /(?<![\p{L}\p{N}_])XXX(?![\p{L}\p{N}_])/u;

/** The first placeholder in `text`, as it stands there. */
export function findPlaceholder(text: string): string | undefined {
  const found: { index: number; text: string }[] = [];
  for (const match of text.matchAll(ANGLE)) {
    const inner = match[1] ?? '';
    if (/^[\p{L}_]/u.test(inner) && !NOT_A_PLACEHOLDER.test(inner)) {
      found.push({ index: match.index, text: match[0] });
      break;
    }
  }
  for (const pattern of [MUSTACHE, MARKER, XXX]) {
    const match = pattern.exec(text);
    if (match) found.push({ index: match.index, text: match[0] });
  }
  found.sort((a, b) => a.index - b.index);
  return found[0]?.text;
}

/** Every string value of the data with its path, in document order; keys are not values. */
function* strings(value: unknown, path: PathSegment[], ancestors: Set<unknown>): Generator<{ path: DataPath; text: string }> {
  if (typeof value === 'string') {
    yield { path, text: value };
    return;
  }
  if (typeof value !== 'object' || value === null || ancestors.has(value)) return;
  ancestors.add(value);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* strings(item, [...path, index], ancestors);
  } else {
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key], ancestors);
  }
  ancestors.delete(value);
}

export default defineRule({
  id: 'strategy/placeholder',
  severity: 'error',
  description: {
    en: 'No text is left over from a template (<...>, {{...}}, TODO, TBD).',
    de: 'Kein Text ist aus einer Vorlage übrig geblieben (<...>, {{...}}, TODO, TBD).',
  },
  messages: {
    placeholder: {
      en: 'Placeholder "{placeholder}" is still in the file; replace it with the real answer, or remove the line.',
      de: 'Platzhalter „{placeholder}“ steht noch in der Datei; ersetzen Sie ihn durch die echte Antwort oder entfernen Sie die Zeile.',
    },
  },
  check({ document, report }) {
    // The raw data, not the validated strategy: unknown keys and every list item count too.
    for (const { path, text } of strings(document.data, [], new Set())) {
      const placeholder = findPlaceholder(text);
      if (placeholder) report('placeholder', path, { placeholder });
    }
  },
});
