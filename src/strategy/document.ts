/**
 * A strategy file as a YAML document that knows where every value stands.
 *
 * Loading never throws for bad content: syntax errors, alias bombs, binary data
 * and schema violations all come back as `problems` with a position, so `check`
 * can report them like any other finding. Only I/O failures throw (`FileError`).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { readTextFile, writeFileAtomic } from './files.js';
import { strategySchema, type Strategy } from './schema.js';

export type PathSegment = string | number;
export type DataPath = readonly PathSegment[];

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Something wrong with the file itself; `code` names the message of rule `schema`. */
export interface SchemaProblem {
  code: string;
  position: Position;
  data: Record<string, string | number>;
}

/** Aliases may repeat a value this often before the file counts as an alias bomb. */
const MAX_ALIAS_COUNT = 100;

/** Keys whose value stands on the key's line: `metric:` with nothing after it. */
function isEmptyValue(node: unknown): boolean {
  return node == null || (isScalar(node) && node.value == null && node.source === '');
}

export class StrategyDocument {
  readonly problems: SchemaProblem[] = [];
  /** The plain data of the file; `{}` for an empty file. */
  readonly data: unknown;
  /** The data as the schema accepted it, or `undefined` when there are schema problems. */
  readonly strategy: Strategy | undefined;
  private readonly lineCounter: LineCounter;

  private constructor(
    readonly path: string,
    readonly text: string,
    readonly yaml: Document.Parsed,
    lineCounter: LineCounter,
    private readonly style: { bom: boolean; crlf: boolean },
  ) {
    this.lineCounter = lineCounter;
    let data: unknown = {};
    for (const error of yaml.errors) {
      this.problems.push({ code: 'syntax', position: this.rangePosition(error.pos), data: { reason: firstLine(error.message) } });
    }
    if (yaml.errors.length === 0) {
      try {
        data = yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
      } catch {
        this.problems.push({ code: 'alias-bomb', position: this.rangePosition([0, 0]), data: { max: MAX_ALIAS_COUNT } });
      }
    }
    this.data = data;
    this.strategy = this.problems.length === 0 ? this.validate(data) : undefined;
  }

  /** Parses text that was read from `path` (used for messages only). */
  static parse(path: string, source: string): StrategyDocument {
    const bom = source.startsWith('\uFEFF');
    const text = bom ? source.slice(1) : source;
    const lineCounter = new LineCounter();
    const yaml = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
    return new StrategyDocument(path, text, yaml, lineCounter, { bom, crlf: text.includes('\r\n') });
  }

  /** Reads and parses a file; throws `FileError` when it cannot be read as text. */
  static async load(path: string): Promise<StrategyDocument> {
    const source = await readTextFile(path);
    return StrategyDocument.parse(path, source);
  }

  private validate(data: unknown): Strategy | undefined {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      this.problems.push({ code: 'not-a-mapping', position: this.locate([]), data: {} });
      return undefined;
    }
    const result = strategySchema.safeParse(withoutEmptyValues(data));
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
      this.problems.push({ ...describeIssue(issue, valueAt(data, path)), position: this.locate(path) });
    }
    return undefined;
  }

  /**
   * The position of the value at `path`. A scalar is located by its value; a
   * block mapping or list from its key on (that is where a reader sees it
   * start, and where a disable comment above it applies). A key that is
   * missing resolves to the mapping that should hold it, so a finding about
   * a missing `kpi.baseline` points at the `kpi:` line.
   */
  locate(path: DataPath): Position {
    let node: unknown = this.yaml.contents;
    let keyNode: Node | undefined;
    for (const segment of path) {
      const entry = childOf(node, segment);
      if (!entry || isEmptyValue(entry.value)) {
        // missing: keep the parent, or for an empty value its key
        if (entry) [node, keyNode] = [undefined, entry.key];
        break;
      }
      node = entry.value;
      keyNode = entry.key;
    }
    const valueRange = (node as Node | undefined)?.range;
    const fromKey = keyNode?.range && (!valueRange || isMap(node) || isSeq(node));
    const start = fromKey ? keyNode!.range![0] : (valueRange?.[0] ?? 0);
    const end = valueRange?.[1] ?? keyNode?.range?.[1] ?? start;
    return this.rangePosition([start, end]);
  }

  private rangePosition([start, rawEnd]: readonly [number, number]): Position {
    let end = Math.max(start, rawEnd);
    while (end > start && /\s/.test(this.text[end - 1] ?? '')) end--;
    const from = this.lineCounter.linePos(start);
    const to = this.lineCounter.linePos(end);
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }

  /**
   * Sets a value, creating the mappings on the way. A scalar is changed in
   * place, so the comment after it (`target: 600 # by June`) stays with it.
   */
  set(path: DataPath, value: unknown): void {
    const existing = this.yaml.getIn(path, true);
    if (isScalar(existing) && (value === null || typeof value !== 'object')) {
      if (typeof existing.value !== typeof value) delete existing.type;
      existing.value = value;
      return;
    }
    this.yaml.setIn(path, this.yaml.createNode(value, { flow: false }));
  }

  /** Writes the document back to its file, atomically. */
  save(): Promise<void> {
    return writeFileAtomic(this.path, this.toString());
  }

  /** The file text as smplan writes it: original BOM and line endings kept. */
  toString(): string {
    let text = this.yaml.toString({ lineWidth: 0, flowCollectionPadding: false });
    if (this.style.crlf) text = text.replace(/\r?\n/g, '\r\n');
    return this.style.bom ? `\uFEFF${text}` : text;
  }
}

function childOf(node: unknown, segment: PathSegment): { key?: Node; value: unknown } | undefined {
  if (isAlias(node)) return undefined;
  if (isMap(node)) {
    const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === segment);
    return pair && { key: pair.key as Node, value: pair.value };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const value = node.items[segment];
    return value === undefined ? undefined : { value };
  }
  return undefined;
}

/**
 * A key written with nothing after it (`audiences:`) reads as null; in a draft
 * that means "not answered yet", so it is treated as absent rather than as a type error.
 */
function withoutEmptyValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyValues);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (child !== null) Object.defineProperty(result, key, { value: withoutEmptyValues(child), enumerable: true, writable: true, configurable: true });
  }
  return result;
}

function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

interface IssueLike {
  code: string;
  path: PropertyKey[];
  expected?: string;
  values?: readonly unknown[];
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  message: string;
}

/** Maps a zod issue to a translatable problem code of rule `schema`. */
function describeIssue(issue: IssueLike, value: unknown): Omit<SchemaProblem, 'position'> {
  const key = issue.path.map(String).join('.') || '(top level)';
  if (value === undefined) return { code: 'required', data: { key } };
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'wrong-type', data: { key, expected: YAML_TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'value', found: typeName(value) } };
    case 'invalid_value':
      return { code: 'not-allowed', data: { key, value: String(value), allowed: (issue.values ?? []).join(', ') } };
    case 'invalid_format':
    case 'custom':
      return { code: issue.message, data: { key, value: String(value) } };
    case 'too_small':
      return issue.origin === 'string'
        ? { code: 'empty', data: { key } }
        : { code: 'too-small', data: { key, value: String(value), minimum: Number(issue.minimum) } };
    default:
      return { code: 'invalid', data: { key, value: String(value) } };
  }
}

/** zod's JavaScript names, said the way a YAML file is read. */
const YAML_TYPE_NAMES: Record<string, string> = { object: 'mapping', array: 'list' };

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'non-finite number';
  return typeof value;
}
