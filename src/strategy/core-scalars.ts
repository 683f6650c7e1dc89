/**
 * Where js-yaml's core schema and yaml's type a plain scalar differently.
 * js-yaml also reads `0b101`, `-0x1F` and `+0o17` as numbers and leaves `-.5`
 * and `1e400` as text, while yaml keeps to YAML 1.2's core schema, and the two
 * tell `-0` from `0` differently. `check` must see what `smplan edit` sees, so a
 * file with such a scalar is left to yaml.
 */

/** The number YAML 1.2's core schema (as yaml reads it) makes of a plain scalar, or undefined when it is text. */
function coreNumber(source: string): number | undefined {
  // Names and words (`Nina`, `true`) are the most common; no number starts as they do.
  if (!/^[-+.0-9]/.test(source)) return undefined;
  if (/^[-+]?[0-9]+$/.test(source)) return Number.parseInt(source, 10);
  if (/^0o[0-7]+$/.test(source)) return Number.parseInt(source.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return Number.parseInt(source.slice(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(source)) return Number.parseFloat(source);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(source)) return source.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^\.(?:nan|NaN|NAN)$/.test(source)) return Number.NaN;
  return undefined;
}

/**
 * Whether yaml reads the plain scalar `source` as js-yaml did (`value`). Nulls
 * and booleans are the same words in both schemas; numbers must be the same
 * number, and text must be text in both.
 */
export function typedAlike(source: string, value: unknown): boolean {
  if (typeof value === 'number') return Object.is(coreNumber(source), value);
  return typeof value !== 'string' || coreNumber(source) === undefined;
}
