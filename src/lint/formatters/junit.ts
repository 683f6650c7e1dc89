/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure).
 * One `<testsuite>` per file, one `<testcase>` per finding.
 *
 * Only errors are `<failure>`s. A warning is a passing testcase whose
 * `<system-out>` carries the finding: JUnit consumers fail a pipeline on any
 * failure, and `smplan check` itself does not fail on warnings (unless
 * `--max-warnings` says so), so the report must not be stricter than the exit
 * code. `failures` counts errors only; `tests` counts every testcase.
 */
import { escapeControlCharacters } from '../../base/message.js';
import type { Finding } from '../finding.js';
import type { Formatter } from './formatter.js';

/** The testcase of a file without findings, so every checked file shows up as passed. */
export const CLEAN_TESTCASE_NAME = 'smplan check';

/**
 * Text that is safe in XML 1.0: control characters become visible escapes (the
 * engine already did this for quoted values; file paths may still carry them),
 * and what XML 1.0 forbids besides (lone surrogates, U+FFFE, U+FFFF) too.
 */
function xmlText(text: string): string {
  return escapeControlCharacters(text).replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function attribute(text: string): string {
  return xmlText(text).replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/** CDATA cannot contain `]]>`: end the section between `]]` and `>` and open a new one. */
function cdata(text: string): string {
  return `<![CDATA[${xmlText(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

const ruleIdOf = (finding: Finding): string => finding.ruleId ?? 'disable-comment';

const junit: Formatter = (results) => {
  let totalTests = 0;
  let totalFailures = 0;
  const suites = results.map((result) => {
    const names = new Set<string>();
    const uniqueName = (base: string): string => {
      let name = base;
      for (let count = 2; names.has(name); count++) name = `${base} (${count})`;
      names.add(name);
      return name;
    };
    const cases = result.findings.map((finding) => {
      const ruleId = ruleIdOf(finding);
      const name = uniqueName(`${ruleId} at line ${finding.line}:${finding.column}`);
      const severity = finding.severity === 'error' ? 'error' : 'warning';
      const detail = cdata(`${result.filePath}:${finding.line}:${finding.column} ${severity} ${finding.message} (${ruleId})`);
      const open = `    <testcase classname="${attribute(result.filePath)}" name="${attribute(name)}">`;
      const body =
        finding.severity === 'error'
          ? `      <failure message="${attribute(finding.message)}" type="${attribute(ruleId)}">${detail}</failure>`
          : `      <system-out>${detail}</system-out>`;
      return `${open}\n${body}\n    </testcase>`;
    });
    if (cases.length === 0) {
      cases.push(`    <testcase classname="${attribute(result.filePath)}" name="${CLEAN_TESTCASE_NAME}"/>`);
    }
    const failures = result.findings.filter((finding) => finding.severity === 'error').length;
    totalTests += cases.length;
    totalFailures += failures;
    const path = attribute(result.filePath);
    return `  <testsuite name="${path}" tests="${cases.length}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="smplan" tests="${totalTests}" failures="${totalFailures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

export default junit;
