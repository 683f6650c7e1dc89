/**
 * The quick path of `check`: most files in a CI run have no finding, and for
 * those nobody needs positions. Building a `yaml` Document (positions, comments)
 * costs about ten times what js-yaml needs to read the same file, so a file is
 * first read with js-yaml and linted without positions. Only when that finds
 * nothing at all is the verdict final; any finding, any doubt, and the caller
 * lints the file again the full way, which is the only way anything is reported.
 *
 * The quick path only takes files in a plain subset of YAML on which both
 * parsers are proven to agree (test/lint/quick-check.test.ts runs both over the
 * YAML test suite): no tabs, anchors, aliases, tags, complex or empty keys,
 * block scalars, directives or document markers.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { validateStrategy } from '../strategy/validate.js';
import { runRules, type LintOptions } from './engine.js';

const OUTSIDE_PLAIN_SUBSET = /(^|[\s[{,])[&*!?|>]|^(---|\.\.\.|%)|\t|(^|[\s[{,]):($|[\s\]},])/m;

export function isPlainYaml(text: string): boolean {
  return !OUTSIDE_PLAIN_SUBSET.test(text);
}

/** Thrown by the quick path's report: one finding is enough to need the full way. */
const FOUND = Symbol('found');

/** True when the file certainly has no finding; false means "lint it the full way". */
export function hasNoFindings(text: string, options: LintOptions): boolean {
  // Disable comments are judged against positioned findings (and may be unused): full way.
  if (text.includes('smplan-disable')) return false;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!isPlainYaml(source)) return false;
  let data: unknown;
  try {
    data = load(source, { schema: CORE_SCHEMA }) ?? {};
  } catch {
    return false;
  }
  const { strategy } = validateStrategy(data);
  if (!strategy) return false;
  let clean = true;
  const stop = (): never => {
    throw FOUND;
  };
  // A rule stopped by `stop` counts as crashed, which is all this needs to know.
  runRules(strategy, { data, locate: stop }, options, stop, () => (clean = false));
  return clean;
}
