/**
 * A reader for the plainest YAML, the way strategies are written: block
 * mappings and sequences, flow collections on one line, and scalars that fit
 * on their line. It gives what QuickDocument needs (the data, and the nodes
 * with their offsets) in a fraction of js-yaml's time, and refuses everything
 * else (multi-line scalars, escapes, repeated keys, anything unusual) by
 * returning undefined, so that js-yaml or yaml reads it instead. Scalars are
 * typed by js-yaml's own core schema types.
 * test/strategy/plain-reader.test.ts holds it to js-yaml and yaml on every text it takes.
 */
import * as jsYaml from 'js-yaml';
import { typedAlike } from './core-scalars.js';
import { defineEntry } from './mapping.js';

/** A node of a quick reading. js-yaml's offsets include white space around the node, this reader's do not. */
export interface SourceNode {
  start: number;
  end: number;
  kind: string | null;
  value: unknown;
  /** Mappings: key, value, key, value, …; sequences: the items. */
  children: SourceNode[];
}

/** js-yaml exports its types, though its type declarations do not say so. */
const { types } = jsYaml as typeof jsYaml & { types: Record<'null' | 'bool' | 'int' | 'float', jsYaml.Type> };

/** The core schema's implicit types in js-yaml's order: a plain scalar is the first that takes it, else text. */
const IMPLICIT_TYPES = [types.null, types.bool, types.int, types.float];

/** What a null, a boolean or a number can start with (`~`, `null`, `true`, `false`, `-1`, `.5`, `.inf`, …): anything else is text. */
const MAY_BE_TYPED = /^[~nNtTfF0-9+.-]/;

/**
 * CR line breaks; a byte order mark, which yaml and js-yaml may each read as
 * one or as text; and the Unicode spaces and line separators, which are text
 * to YAML but which yaml leaves out of some ranges as if they were white space.
 */
const UNUSUAL_SPACE = /[\r\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** The characters that never start a plain scalar, tried at one offset (sticky). */
const INDICATOR = /[,[\]{}#&*!|>'"%@`]/y;

/** Text in block context, tried from one offset (sticky): up to ` #`, the line end, or `:` before a space or the line end. */
const PLAIN_TEXT = /(?:[^\n :]| (?!#)|:(?=[^ \n]))*/y;

const SPACE = 0x20;
const LINE_FEED = 0x0a;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const QUESTION_MARK = 0x3f;
const COMMA = 0x2c;
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Thrown to give the text up to js-yaml or yaml. */
class Refused extends Error {}

const MAX_DEPTH = 50;

/**
 * yaml refuses a key longer than 1024 characters, which js-yaml takes; a line
 * that long is left to yaml, which also keeps this reader's expressions off
 * lines of millions of characters.
 */
const MAX_LINE_LENGTH = 1024;

/** Whether a line is longer than MAX_LINE_LENGTH, for the reader that comes after this one. */
export function hasLongLine(text: string): boolean {
  for (let start = 0; ; ) {
    const end = text.indexOf('\n', start);
    if ((end === -1 ? text.length : end) - start > MAX_LINE_LENGTH) return true;
    if (end === -1) return false;
    start = end + 1;
  }
}

/** A line with content: its start, the start of its content, and its end (before the line break). */
interface Line {
  start: number;
  content: number;
  end: number;
}

/** Where a scalar stands: its end and what it may contain depend on it. */
const enum Context {
  Block,
  Flow,
  FlowKey,
}

export function readPlainYaml(text: string): { data: unknown; tree: SourceNode } | undefined {
  if (UNUSUAL_SPACE.test(text)) return undefined;
  try {
    return new PlainReader(text).read();
  } catch (error) {
    if (error instanceof Refused) return undefined;
    throw error;
  }
}

class PlainReader {
  private readonly lines: Line[] = [];
  /** The index of the first line not read yet. */
  private next = 0;
  /** How deep the collection being read is nested, itself included. */
  private depth = 0;

  constructor(private readonly text: string) {
    // yaml counts a comment indented deeper than the line after it into the collection before it, by rules
    // of its own, unless it follows a key without a value (see `closed`): such a text is left to the others.
    let deepestComment = -1;
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      if (end - start > MAX_LINE_LENGTH) throw new Refused();
      const content = this.skipSpaces(start);
      if (content < end && this.code(content) === HASH) deepestComment = Math.max(deepestComment, content - start);
      else if (content < end) {
        if (deepestComment > content - start && !this.endsWithoutValue(this.lines.at(-1))) throw new Refused();
        deepestComment = -1;
        this.lines.push({ start, content, end });
      }
      start = end + 1;
    }
    if (deepestComment > 0 && !this.endsWithoutValue(this.lines.at(-1))) throw new Refused();
  }

  /** Whether a line ends in a key without a value (`key:`), before any comment. */
  private endsWithoutValue(line: Line | undefined): boolean {
    if (!line) return false;
    const text = this.text.slice(line.content, line.end);
    const comment = text.indexOf(' #');
    return text.slice(0, comment === -1 ? undefined : comment).trimEnd().endsWith(':');
  }

  read(): { data: unknown; tree: SourceNode } {
    const first = this.lines[0];
    if (!first || first.content !== first.start) throw new Refused();
    const tree = this.block(0);
    if (this.next !== this.lines.length) throw new Refused();
    return { data: tree.value, tree };
  }

  /** The block collection that starts on the next line, at `indent`. */
  private block(indent: number): SourceNode {
    const { content } = this.lines[this.next]!;
    return this.nested(() => (this.isItem(content) ? this.sequence(indent) : this.mapping(indent, content)));
  }

  /** js-yaml refuses collections nested a hundred deep, and yaml runs out of stack at a thousand: deep nesting is left to them. */
  private nested(read: () => SourceNode): SourceNode {
    if (++this.depth > MAX_DEPTH) throw new Refused();
    const node = read();
    this.depth--;
    return node;
  }

  private sequence(indent: number): SourceNode {
    const items: unknown[] = [];
    const node: SourceNode = { start: this.lines[this.next]!.content, end: 0, kind: 'sequence', value: items, children: [] };
    for (let line = this.lines[this.next]; line && indentOf(line) === indent && this.isItem(line.content); line = this.lines[this.next]) {
      const at = this.skipSpaces(line.content + 1);
      // `-` alone, `- # …` and `- - x` are left to the others.
      if (at >= line.end || this.code(at) === HASH || this.isItem(at)) throw new Refused();
      const item = this.startsEntry(at, line.end) ? this.mapping(at - line.start, at) : this.endOfLine(this.inline(at, line.end, Context.Block), line, indent);
      items.push(item.value);
      node.children.push(item);
    }
    return this.closed(node, indent);
  }

  /** A mapping at `indent` whose first key starts at `first`: a line's content, or the text after `- `. */
  private mapping(indent: number, first: number): SourceNode {
    const record: Record<string, unknown> = {};
    const node: SourceNode = { start: first, end: 0, kind: 'mapping', value: record, children: [] };
    for (let line = this.lines[this.next], at = first; line && at - line.start === indent && !this.isItem(at); ) {
      const { key, colon } = this.key(at, line.end);
      const valueAt = this.skipSpaces(colon + 1);
      let value: SourceNode;
      if (valueAt < line.end && this.code(valueAt) !== HASH) value = this.endOfLine(this.inline(valueAt, line.end, Context.Block), line, indent);
      else {
        this.next++;
        const below = this.lines[this.next];
        const belowIndent = below ? indentOf(below) : -1;
        if (below && (belowIndent > indent || (belowIndent === indent && this.isItem(below.content)))) value = this.block(belowIndent);
        else value = { start: colon + 1, end: colon + 1, kind: null, value: null, children: [] };
      }
      store(record, String(key.value), value.value);
      node.children.push(key, value);
      line = this.lines[this.next];
      if (line) at = line.content;
    }
    return this.closed(node, indent);
  }

  /**
   * Ends a block collection at its last child, or after the comments that
   * follow it when that is an empty value, as yaml has it. A line indented
   * deeper than the collection belongs to no one: js-yaml's to judge.
   */
  private closed(node: SourceNode, indent: number): SourceNode {
    const line = this.lines[this.next];
    if (line && indentOf(line) > indent) throw new Refused();
    const last = node.children.at(-1)!;
    node.end = last.kind === null ? this.trimEnd(last.start, line?.start ?? this.text.length) : last.end;
    return node;
  }

  /**
   * A value that ends its line, with at most a comment after it; the next line
   * may not be indented deeper than `indent`, where it would continue a scalar.
   */
  private endOfLine(node: SourceNode, line: Line, indent: number): SourceNode {
    const after = this.skipSpaces(node.end);
    if (after < line.end && !(this.code(after) === HASH && after > node.end)) throw new Refused();
    this.next++;
    const below = this.lines[this.next];
    if (below && indentOf(below) > indent) throw new Refused();
    return node;
  }

  /** A key and the offset of its colon. */
  private key(at: number, end: number): { key: SourceNode; colon: number } {
    const first = this.code(at);
    const key = first === SINGLE_QUOTE || first === DOUBLE_QUOTE ? this.quoted(at, end) : this.inline(at, end, Context.FlowKey);
    // js-yaml and yaml name a key such as `null:` or `1.0:` differently: it is left to yaml.
    if (typeof key.value !== 'string') throw new Refused();
    const colon = this.skipSpaces(key.end);
    if (this.code(colon) !== COLON || !this.isBlank(colon + 1)) throw new Refused();
    return { key, colon };
  }

  /** Whether a mapping entry starts at `at`: a scalar key, then `:` and a space or the line end. */
  private startsEntry(at: number, end: number): boolean {
    const first = this.code(at);
    if (first === OPEN_BRACKET || first === OPEN_BRACE) return false;
    if (first === SINGLE_QUOTE || first === DOUBLE_QUOTE) {
      const close = this.text.indexOf(this.text[at]!, at + 1);
      return close !== -1 && close < end && this.code(this.skipSpaces(close + 1)) === COLON;
    }
    return this.code(this.plainTextEnd(at)) === COLON;
  }

  /** A scalar or a flow collection that starts at `at` and ends before `end`. */
  private inline(at: number, end: number, context: Context): SourceNode {
    const first = this.code(at);
    if (first === OPEN_BRACKET || first === OPEN_BRACE) {
      if (context === Context.FlowKey) throw new Refused();
      return this.nested(() => this.flow(at, end));
    }
    if (first === SINGLE_QUOTE || first === DOUBLE_QUOTE) return this.quoted(at, end);
    if (context === Context.Block) {
      const stop = this.plainTextEnd(at);
      // A colon there would start a mapping where none can be.
      if (this.code(stop) === COLON) throw new Refused();
      return this.plain(at, stop);
    }
    let stop = at;
    for (; stop < end; stop++) {
      const code = this.code(stop);
      if (code === HASH && this.code(stop - 1) === SPACE) break;
      if (code === COLON && (this.isBlank(stop + 1) || isFlowIndicator(this.code(stop + 1)))) {
        if (context === Context.FlowKey) break;
        throw new Refused();
      }
      if (isFlowIndicator(code)) break;
    }
    return this.plain(at, stop);
  }

  /** Where text in block context that starts at `at` ends: at a comment, the line end, or a colon that ends a key. */
  private plainTextEnd(at: number): number {
    PLAIN_TEXT.lastIndex = at;
    PLAIN_TEXT.test(this.text);
    return PLAIN_TEXT.lastIndex;
  }

  /** Where the text before `stop` ends without its spaces and line breaks, not before `at`. */
  private trimEnd(at: number, stop: number): number {
    while (stop > at && (this.code(stop - 1) === SPACE || this.code(stop - 1) === LINE_FEED)) stop--;
    return stop;
  }

  /** A plain scalar from `at` to `stop`, without the spaces before `stop`. */
  private plain(at: number, stop: number): SourceNode {
    if (!this.startsPlain(at)) throw new Refused();
    const end = this.trimEnd(at, stop);
    const source = this.text.slice(at, end);
    return { start: at, end, kind: 'scalar', value: resolvePlain(source), children: [] };
  }

  /**
   * Whether a plain scalar can start at `at`: not with an indicator, and with
   * `-`, `?` or `:` only when something other than a space or a flow indicator follows.
   */
  private startsPlain(at: number): boolean {
    switch (this.code(at)) {
      case DASH:
      case QUESTION_MARK:
      case COLON:
        return !this.isBlank(at + 1) && !isFlowIndicator(this.code(at + 1));
      default:
        INDICATOR.lastIndex = at;
        return at < this.text.length && !INDICATOR.test(this.text);
    }
  }

  /** A quoted scalar that closes on its line and has no escapes. */
  private quoted(at: number, end: number): SourceNode {
    const quote = this.code(at);
    let value = '';
    let from = at + 1;
    for (;;) {
      const close = this.text.indexOf(this.text[at]!, from);
      if (close === -1 || close >= end) throw new Refused();
      value += this.text.slice(from, close);
      // '' is a quote inside single quotes.
      if (quote === SINGLE_QUOTE && this.code(close + 1) === SINGLE_QUOTE) {
        value += "'";
        from = close + 2;
        continue;
      }
      if (quote === DOUBLE_QUOTE && value.includes('\\')) throw new Refused();
      return { start: at, end: close + 1, kind: 'scalar', value, children: [] };
    }
  }

  /** `[…]` or `{…}`, closed on its line, of scalars and flow collections. */
  private flow(at: number, end: number): SourceNode {
    const isMapping = this.code(at) === OPEN_BRACE;
    const closing = isMapping ? CLOSE_BRACE : CLOSE_BRACKET;
    const value: unknown = isMapping ? {} : [];
    const node: SourceNode = { start: at, end: 0, kind: isMapping ? 'mapping' : 'sequence', value, children: [] };
    let index = this.skipSpaces(at + 1);
    if (this.code(index) === closing) {
      node.end = index + 1;
      return node;
    }
    for (;;) {
      if (index >= end) throw new Refused();
      if (isMapping) {
        const { key, colon } = this.key(index, end);
        const item = this.inline(this.skipSpaces(colon + 1), end, Context.Flow);
        store(value as Record<string, unknown>, String(key.value), item.value);
        node.children.push(key, item);
        index = this.skipSpaces(item.end);
      } else {
        const item = this.inline(index, end, Context.Flow);
        (value as unknown[]).push(item.value);
        node.children.push(item);
        index = this.skipSpaces(item.end);
      }
      const separator = this.code(index);
      if (separator === closing) {
        node.end = index + 1;
        return node;
      }
      index = this.skipSpaces(index + 1);
      // A trailing comma is left to the others.
      if (separator !== COMMA || this.code(index) === closing) throw new Refused();
    }
  }

  private code(at: number): number {
    return this.text.charCodeAt(at);
  }

  /** `-` then a space or the line end. */
  private isItem(at: number): boolean {
    return this.code(at) === DASH && this.isBlank(at + 1);
  }

  /** A space, a line end or the end of the text. */
  private isBlank(at: number): boolean {
    const code = this.code(at);
    return code === SPACE || code === LINE_FEED || at >= this.text.length;
  }

  private skipSpaces(at: number): number {
    while (this.code(at) === SPACE) at++;
    return at;
  }
}

function indentOf(line: Line): number {
  return line.content - line.start;
}

function isFlowIndicator(code: number): boolean {
  return code === COMMA || code === OPEN_BRACKET || code === CLOSE_BRACKET || code === OPEN_BRACE || code === CLOSE_BRACE;
}

/** A key stored as js-yaml stores it: refused when repeated (an error js-yaml words), and `__proto__` as data. */
function store(record: Record<string, unknown>, key: string, value: unknown): void {
  if (Object.hasOwn(record, key)) throw new Refused();
  // A plain assignment for the others: it is the cheaper of the two, and this runs for every key of every file.
  if (key === '__proto__') defineEntry(record, key, value);
  else record[key] = value;
}

function resolvePlain(source: string): unknown {
  if (!MAY_BE_TYPED.test(source)) return source;
  const type = IMPLICIT_TYPES.find((candidate) => candidate.resolve(source));
  const value: unknown = type ? type.construct(source) : source;
  if (!typedAlike(source, value)) throw new Refused();
  return value;
}
