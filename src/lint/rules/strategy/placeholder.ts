import type { PathSegment } from '../../../strategy/validate.js';
import { wordsOf } from '../../../strategy/wording.js';
import { defineRule } from '../../rule.js';

/** `<company name>`, `<Ziel in einem Satz>`: text in angle brackets that starts with a letter. */
const ANGLE = /<([^<>\n]{1,80})>/gu;
/** Angle brackets that are not placeholders: e-mail addresses, links, simple HTML tags. */
const NOT_A_PLACEHOLDER = /@|:\/\/|^(?:br|hr|b|i|u|s|p|em|strong|small|sub|sup|code|span|div)\s*\/?$/iu;
/** `{{company}}`: a template variable nobody filled in. */
const MUSTACHE = /\{\{[^{}\n]{1,80}\}\}/u;
/** Marker words in any case; "ToDo-Liste" is a to-do list, not a marker. */
const MARKERS = new Set(['todo', 'tbd', 'tba', 'fixme']);
const LIST_WORDS = new Set(['liste', 'listen', 'list', 'lists']);

/** A marker word, "lorem ipsum", or XXX in capitals (it marks a gap, while "xxx" may be part of a name). */
function findMarker(text: string): { index: number; text: string } | undefined {
  const words = wordsOf(text);
  for (const [position, { word, index }] of words.entries()) {
    const lower = word.toLowerCase();
    const next = words[position + 1];
    if (MARKERS.has(lower) && !LIST_WORDS.has(next?.word.toLowerCase() ?? '')) return { index, text: word };
    if (lower === 'lorem' && next?.word.toLowerCase() === 'ipsum') return { index, text: text.slice(index, next.index + next.word.length) };
    if (word === 'XXX') return { index, text: word };
  }
  return undefined;
}

/** Every placeholder contains one of these; most texts contain none and are passed over cheaply. */
const MAYBE_PLACEHOLDER = /[<{]|todo|tb[ad]|fixme|lorem|xxx/i;
/**
 * The same for a whole file: a value can hold a placeholder only if its text
 * does, as written or through a backslash escape in double quotes (`{` alone
 * opens flow mappings everywhere, while a placeholder needs `{{`).
 */
const MAYBE_IN_TEXT = /<|\{\{|\\|todo|tb[ad]|fixme|lorem|xxx/i;

/** The first placeholder in `text`, as it stands there. */
export function findPlaceholder(text: string): string | undefined {
  if (!MAYBE_PLACEHOLDER.test(text)) return undefined;
  const found: { index: number; text: string }[] = [];
  for (const match of text.matchAll(ANGLE)) {
    const inner = match[1] ?? '';
    if (wordsOf(inner)[0]?.index === 0 && !/^\d/.test(inner) && !NOT_A_PLACEHOLDER.test(inner)) {
      found.push({ index: match.index, text: match[0] });
      break;
    }
  }
  const mustache = MUSTACHE.exec(text);
  if (mustache) found.push({ index: mustache.index, text: mustache[0] });
  const marker = findMarker(text);
  if (marker) found.push(marker);
  found.sort((a, b) => a.index - b.index);
  return found[0]?.text;
}

/**
 * Calls `visit` with every string value of the data and its path, in document
 * order; keys are not values. The path is one array, pushed and popped on the
 * way, and copied only for a string that is reported.
 */
function eachString(value: unknown, path: PathSegment[], ancestors: Set<unknown>, visit: (text: string, path: PathSegment[]) => void): void {
  if (typeof value === 'string') {
    visit(value, path);
    return;
  }
  if (typeof value !== 'object' || value === null || ancestors.has(value)) return;
  ancestors.add(value);
  const entries: [PathSegment, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [segment, item] of entries) {
    path.push(segment);
    eachString(item, path, ancestors, visit);
    path.pop();
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
    if (!MAYBE_IN_TEXT.test(document.text)) return;
    // The raw data, not the validated strategy: unknown keys and every list item count too.
    eachString(document.data, [], new Set(), (text, path) => {
      const placeholder = findPlaceholder(text);
      if (placeholder) report('placeholder', [...path], { placeholder });
    });
  },
});
