/**
 * A strategy read without `yaml`: data and positions, no comments, read-only.
 *
 * `check` reads thousands of files, and a `yaml` Document (the only way to keep
 * comments when writing) costs about ten times what js-yaml needs for the same
 * file. Linting needs no comments, only the data and where each value stands.
 * So `check` reads every file in a plain subset of YAML this way: with the
 * plain reader (plain-reader.ts) when the file is written as strategies are,
 * else with js-yaml and its node listener. The rest goes to StrategyDocument:
 * anchors, aliases, tags, block scalars, complex or empty keys, tabs,
 * directives and document markers, where the parsers are not proven to agree
 * (test/strategy/quick-document.test.ts runs both over the YAML test suite and
 * checks that they report the same findings at the same positions).
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Position, SchemaProblem } from './document.js';
import { typedAlike } from './core-scalars.js';
import { hasLongLine, readPlainYaml, type SourceNode } from './plain-reader.js';
import type { Strategy } from './schema.js';
import type { DataPath, PathSegment, Validation } from './validate.js';

/** \s without the line breaks of JavaScript's expressions. */
const LINE_SPACE = String.raw`[^\S\n\r\u2028\u2029]`;

/**
 * Outside the plain subset: a tab; `#` right after a quote; after white space,
 * `[`, `{`, `,` or at a line start an anchor, alias, tag, complex key or block
 * scalar indicator, or an empty key (`:` then white space, `]`, `}`, `,` or the
 * end); at a line start a lone `-`, a document marker or directive, or a flow
 * collection as a key. The alternatives that share a start are grouped, which
 * saves the engine trying each of them at every character, and the white space
 * in a line's pattern stays on that line (LINE_SPACE), which keeps a text of
 * many blank lines from costing the square of their number.
 */
const OUTSIDE_PLAIN_SUBSET = new RegExp(
  String.raw`\t|["']#|(?:^|[\s[{,])(?:[&*!?|>]|:(?:$|[\s\]},]))|^(?:${LINE_SPACE}*-${LINE_SPACE}*$|---|\.\.\.|%|(?:${LINE_SPACE}|-)*[[{][^\n]*[\]}]${LINE_SPACE}*:(?:\s|$))`,
  'm',
);

export function isPlainYaml(text: string): boolean {
  return !OUTSIDE_PLAIN_SUBSET.test(text);
}

/** A file as QuickDocument.read gives it. */
export interface QuickReading {
  text: string;
  data: unknown;
  tree: SourceNode | undefined;
}

export class QuickDocument {
  readonly problems: SchemaProblem[] = [];
  readonly strategy: Strategy | undefined;
  readonly text: string;
  readonly data: unknown;
  private readonly tree: SourceNode | undefined;
  private lineStarts: number[] | undefined;
  private nodes: SourceNode | undefined | null = null;

  /**
   * A file as `read` gives it, with its validation: the caller's, so that a
   * file the compiled validator accepts never loads zod (see src/lint/lint-files.ts).
   */
  constructor(
    readonly path: string,
    { text, data, tree }: QuickReading,
    { strategy, problems }: Validation,
  ) {
    this.text = text;
    this.data = data;
    this.tree = tree;
    this.strategy = strategy;
    for (const { path: at, ...problem } of problems) this.problems.push({ ...problem, position: this.locate(at) });
  }

  /**
   * The text without its byte order mark, its data, and its nodes with their
   * offsets: from the plain reader when it takes the text, else from js-yaml;
   * undefined when the text is outside the plain subset or neither takes it.
   */
  static read(source: string): QuickReading | undefined {
    const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
    if (!isPlainYaml(text)) return undefined;
    const plain = readPlainYaml(text);
    if (plain) return { text, ...plain };
    return hasLongLine(text) ? undefined : readWithJsYaml(text);
  }

  /** The root node; a file of comments only has none, as yaml sees it. */
  private get root(): SourceNode | undefined {
    if (this.nodes === null) this.nodes = this.tree && !this.isEmpty(this.tree) ? this.tree : undefined;
    return this.nodes;
  }

  /** As StrategyDocument.locate: a scalar by its value, a collection from its key on, a missing key at its parent. */
  locate(path: DataPath): Position {
    let node = this.root;
    let key: SourceNode | undefined;
    for (const segment of path) {
      const entry = childOf(node, segment);
      if (!entry || this.isEmpty(entry.value)) {
        if (entry) [node, key] = [undefined, entry.key];
        break;
      }
      ({ value: node, key } = entry);
    }
    const value = node && this.trimmed(node);
    const fromKey = key && (!value || node?.kind === 'mapping' || node?.kind === 'sequence');
    const keyRange = key && this.trimmed(key);
    const start = fromKey ? keyRange!.start : (value?.start ?? 0);
    const end = value?.end ?? keyRange?.end ?? start;
    return this.position(start, Math.max(start, end));
  }

  /** As StrategyDocument.locateKey: the key of `path` itself. */
  locateKey(path: DataPath): Position {
    let node = this.root;
    let entry: ReturnType<typeof childOf>;
    for (const segment of path) {
      entry = childOf(node, segment);
      node = entry?.value;
    }
    if (!entry?.key) return this.locate(path);
    const { start, end } = this.trimmed(entry.key);
    return this.position(start, end);
  }

  private isEmpty(node: SourceNode): boolean {
    const { start, end } = this.trimmed(node);
    return start === end;
  }

  /**
   * Where a node's text really starts and ends. js-yaml's offsets take in the
   * white space around a node, and a block collection's end the comments after
   * it, so a block collection ends where its last item does.
   */
  private trimmed(node: SourceNode): { start: number; end: number } {
    const start = spaceSkipped(this.text, node.start, node.end);
    const { end } = node;
    const block = (node.kind === 'mapping' || node.kind === 'sequence') && this.text[start] !== '[' && this.text[start] !== '{';
    const last = node.children.at(-1);
    if (block && last) {
      const child = this.trimmed(last);
      if (child.end > child.start) return { start, end: this.withLineComment(child.end) };
      // A mapping that ends in `key:` ends after that colon, as yaml has it, or after the
      // comments that follow it, which js-yaml puts into the empty value and the plain reader into the mapping's end.
      const key = node.kind === 'mapping' ? node.children.at(-2) : undefined;
      if (key) return { start, end: Math.max(this.text.indexOf(':', this.trimmed(key).end) + 1, spaceTrimmed(this.text, start, end)) };
    }
    return { start, end: spaceTrimmed(this.text, start, end) };
  }

  /** yaml counts a comment on the same line as the last item into a block collection. */
  private withLineComment(end: number): number {
    const lineEnd = this.text.indexOf('\n', end);
    const rest = this.text.slice(end, lineEnd === -1 ? undefined : lineEnd);
    return /^[ \t]+#/.test(rest) ? end + rest.replace(/[ \t\r]+$/, '').length : end;
  }

  private position(start: number, end: number): Position {
    const from = this.lineColumn(start);
    const to = this.lineColumn(end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  private lineColumn(offset: number): { line: number; column: number } {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let index = this.text.indexOf('\n'); index !== -1; index = this.text.indexOf('\n', index + 1)) this.lineStarts.push(index + 1);
    }
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }
}

function childOf(node: SourceNode | undefined, segment: PathSegment): { key?: SourceNode; value: SourceNode } | undefined {
  if (node?.kind === 'mapping') {
    for (let index = 0; index + 1 < node.children.length; index += 2) {
      const key = node.children[index]!;
      if (String(key.value) === String(segment)) return { key, value: node.children[index + 1]! };
    }
  }
  if (node?.kind === 'sequence' && typeof segment === 'number') {
    const value = node.children[segment];
    return value && { value };
  }
  return undefined;
}

/** YAML's white space and line breaks; other Unicode spaces are text to YAML. */
function isYamlSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\n' || character === '\t' || character === '\r';
}

/** Where the text from `start` on begins after YAML's white space, before `end`. */
function spaceSkipped(text: string, start: number, end: number): number {
  while (start < end && isYamlSpace(text[start])) start++;
  return start;
}

/** Where the text up to `end` ends before YAML's white space, after `start`. */
function spaceTrimmed(text: string, start: number, end: number): number {
  while (end > start && isYamlSpace(text[end - 1])) end--;
  return end;
}

/**
 * The data and the nodes of a text in the plain subset, from js-yaml's node
 * listener in the same pass (which costs a tenth of the reading, less than a
 * second reading for the files that have findings); undefined when js-yaml
 * refuses it or reads a scalar or a key otherwise than yaml (core-scalars.ts).
 * Exported for the tests that hold the plain reader to it.
 */
export function readWithJsYaml(text: string): QuickReading | undefined {
  const stack: SourceNode[] = [{ start: 0, end: 0, kind: null, value: undefined, children: [] }];
  try {
    const data = load(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') stack.push({ start: state.position, end: state.position, kind: null, value: undefined, children: [] });
        else {
          const node = stack.pop()!;
          node.end = state.position;
          node.kind = state.kind;
          node.value = state.result;
          // A flow collection that is an item of a block list is reported twice, one inside the other: the inner one counts.
          const [only] = node.children;
          if (node.children.length === 1 && only!.kind === node.kind && only!.start === node.start) {
            stack.at(-1)!.children.push(only!);
            return;
          }
          if (node.kind === 'scalar' && !typedAlike(plainSource(text, node), node.value)) throw new Error('typed unlike yaml');
          // A flow entry without a value, or a pair in a flow list, leaves the nodes out of step with the data.
          if (node.kind === 'mapping' && node.children.length !== 2 * Object.keys(node.value as object).length) throw new Error('nodes unlike data');
          if (node.kind === 'sequence' && node.children.length !== (node.value as unknown[]).length) throw new Error('nodes unlike data');
          // js-yaml and yaml name a key such as `null:` or `1.0:` differently.
          if (node.kind === 'mapping' && node.children.some((key, index) => index % 2 === 0 && typeof key.value !== 'string')) throw new Error('key not text');
          stack.at(-1)!.children.push(node);
        }
      },
    });
    return { text, data: data ?? {}, tree: stack[0]!.children[0] };
  } catch {
    return undefined;
  }
}

/** The source of a scalar node without the white space around it; empty for a quoted one, which is text in both schemas. */
function plainSource(text: string, node: SourceNode): string {
  const start = spaceSkipped(text, node.start, node.end);
  const end = spaceTrimmed(text, start, node.end);
  return text[start] === "'" || text[start] === '"' ? '' : text.slice(start, end);
}
