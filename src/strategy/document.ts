/**
 * A strategy file as a YAML document that knows where every value stands.
 *
 * Loading never throws for bad content: syntax errors, alias bombs, binary data
 * and schema violations all come back as `problems` with a position, so `check`
 * can report them like any other finding. Only I/O failures throw (`FileError`).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { readTextFile } from './files.js';
import type { Strategy } from './schema.js';
import { validateStrategy, type DataPath, type PathSegment } from './validate.js';
import { writeStrategyFile, type OnDisk } from './write.js';

export type { DataPath, PathSegment } from './validate.js';

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
    /** The file as read, byte order mark and all: a write checks that the file still holds it. */
    readonly source: string,
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
    return new StrategyDocument(path, source, text, yaml, lineCounter, { bom, crlf: text.includes('\r\n') });
  }

  /** Reads and parses a file; throws `FileError` when it cannot be read as text. */
  static load(path: string): StrategyDocument {
    return StrategyDocument.parse(path, readTextFile(path));
  }

  private validate(data: unknown): Strategy | undefined {
    const result = validateStrategy(data);
    for (const { path, ...problem } of result.problems) this.problems.push({ ...problem, position: this.locate(path) });
    return result.strategy;
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

  /** The position of the key of `path` itself (`deadlne:`), or of its value when it has no key. */
  locateKey(path: DataPath): Position {
    let node: unknown = this.yaml.contents;
    let entry: ReturnType<typeof childOf>;
    for (const segment of path) {
      entry = childOf(node, segment);
      node = entry?.value;
    }
    const range = entry?.key?.range;
    return range ? this.rangePosition([range[0], range[1]]) : this.locate(path);
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
    // `measurements: ~ # keep me` becomes a list: the comment stays on its key's line.
    if (isScalar(existing) && existing.comment) {
      const parent = this.yaml.getIn(path.slice(0, -1), true);
      const pair = isMap(parent) ? parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === path.at(-1)) : undefined;
      if (pair && isScalar(pair.key)) pair.key.comment = existing.comment;
    }
  }

  /** Writes the document to its file (write.ts), if the file still holds what `expected` says; by default, what was read. */
  save(expected: OnDisk = { text: this.source }): Promise<void> {
    return writeStrategyFile(this.path, this.toString(), expected);
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

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}
