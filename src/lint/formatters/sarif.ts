/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`)
 * and other SARIF viewers. The report is deterministic: no timestamps, no
 * absolute paths unless the user named a file outside the working folder.
 *
 * `partialFingerprints` are left out on purpose: the upload action computes
 * `primaryLocationLineHash` from the file's content itself, which follows a
 * finding across edits better than a hash of file, rule and message could
 * (two identical messages in one file would share such a hash).
 */
import { sep } from 'node:path';
import type { Finding } from '../finding.js';
import type { Rule, Severity } from '../rule.js';
import type { Formatter } from './formatter.js';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/smplan/smplan';
const DOCS_URI = 'https://github.com/smplan/smplan/blob/main/docs/rules';

/** The descriptor for findings whose `ruleId` is null: problems of a disable comment itself. */
export const DISABLE_COMMENT_RULE_ID = 'disable-comment';
const DISABLE_COMMENT_DESCRIPTION =
  'Every "# smplan-disable-next-line <rule> -- <reason>" comment names known rules, gives a reason and suppresses a finding.';

type Level = 'error' | 'warning';

const levelOf = (severity: Severity): Level => (severity === 'error' ? 'error' : 'warning');

/** `goals/metric` → `GoalsMetric`: SARIF's `name` is an identifier-like friendly name. */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function helpUri(id: string): string {
  return `${DOCS_URI}/${id.split('/').map(encodeURIComponent).join('/')}.md`;
}

function descriptor(id: string, description: string, level: Level) {
  const uri = helpUri(id);
  const name = ruleName(id);
  return {
    id,
    // SARIF wants `name` omitted where it would only repeat the id (SARIF1001 flags `schema`/`Schema`).
    ...(name.toLowerCase() === id.toLowerCase() ? {} : { name }),
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: { text: `${description} Documentation: ${uri}` },
    helpUri: uri,
    defaultConfiguration: { level },
  };
}

const WINDOWS_ABSOLUTE = /^[A-Za-z]:\//;

/**
 * The artifact location of a file as the user named it. A relative path becomes
 * a relative URI against `%SRCROOT%` (the folder smplan ran in, normally the
 * repository's root); a path outside it stays an absolute `file:` URI.
 */
export function artifactLocation(filePath: string): { uri: string; uriBaseId?: string } {
  const posix = sep === '\\' ? filePath.replaceAll('\\', '/') : filePath;
  const encode = (segments: string[]) => segments.map((segment) => encodeURIComponent(segment)).join('/');
  if (posix.startsWith('/')) return { uri: `file://${encode(posix.split('/'))}` };
  if (WINDOWS_ABSOLUTE.test(posix)) {
    const [drive, ...rest] = posix.split('/');
    return { uri: `file:///${drive}/${encode(rest)}` };
  }
  const segments = posix.split('/').filter((segment) => segment !== '' && segment !== '.');
  return { uri: encode(segments), uriBaseId: '%SRCROOT%' };
}

/** 1-based, never ending before it starts; SARIF's `endColumn` is exclusive, as the engine's is. */
export function region(finding: Finding) {
  const startLine = Math.max(1, finding.line);
  const startColumn = Math.max(1, finding.column);
  const endLine = Math.max(startLine, finding.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, finding.endColumn) : Math.max(1, finding.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

const sarif: Formatter = (results, context) => {
  const rules = [
    ...context.rules.map((rule: Rule) => descriptor(rule.id, rule.description.en, levelOf(rule.severity))),
    descriptor(DISABLE_COMMENT_RULE_ID, DISABLE_COMMENT_DESCRIPTION, 'error'),
  ];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));

  const sarifResults = results.flatMap((result) =>
    result.findings.map((finding) => {
      const ruleId = finding.ruleId ?? DISABLE_COMMENT_RULE_ID;
      const index = ruleIndex.get(ruleId);
      return {
        ruleId,
        // A finding of a rule that context.rules does not list keeps its id but names no descriptor.
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: levelOf(finding.severity),
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(result.filePath), region: region(finding) } }],
      };
    }),
  );

  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'smplan', version: context.version, informationUri: INFORMATION_URI, rules } },
        // Messages are in the report's language; the rule descriptions above are always English.
        language: context.language,
        // The engine counts columns as JavaScript string indexes.
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export default sarif;
