/**
 * Changes a strategy file the way a careful person would in a text editor:
 * only the changed values and the new lines are written; every other byte
 * (aligned comments, quoting, blank lines, key order, line endings) stays.
 *
 * The yaml library keeps comments but not their layout (it moves the comment
 * of `measurements:  # appended by smplan track` onto a line of its own and
 * closes up aligned comments), so a `track` would rewrite half the file in the
 * git diff. Here every change is made twice: in the YAML document (what the
 * file means) and as a text edit at the positions the parser recorded (how it
 * looks). The edited text is parsed again and must mean exactly what the
 * document means; when it does not, or a layout is too unusual to edit as
 * text (an explicit `null`, a key whose item starts on the next line), the
 * file is written as the yaml library prints the document: the data is right
 * either way, only the layout of untouched lines may change then.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DataPath, StrategyDocument } from './document.js';
import { writeStrategyFile } from './write.js';
import { SECTIONS } from './sections.js';

export type ScalarValue = string | number | boolean;
export type ItemValue = Readonly<Record<string, ScalarValue>>;

interface TextEdit {
  start: number;
  end: number;
  text: string;
  /** Keeps insertions at one position in the order they were made. */
  order: number;
}

/** A list that had no items in the text (`measurements:` empty or missing): written out whole at the end. */
interface CreatedList {
  seq: YAMLSeq;
  /** Where its lines go. */
  at: number;
  /** Column of the key the list belongs to. */
  keyColumn: number;
  /** The key line to write as well, when the key was missing. */
  key?: string;
}

/** The spec's order of the top-level keys: a missing one is added after those that come before it. */
const TOP_LEVEL_ORDER: readonly string[] = ['smplan', 'company', 'language', 'revision', 'status', 'updated', 'started', 'next_review', ...SECTIONS];

const hasRange = (node: unknown): node is Node & { range: [number, number, number] } =>
  typeof node === 'object' && node !== null && Array.isArray((node as Node).range);

export class DocumentEditor {
  private readonly edits: TextEdit[] = [];
  private readonly touchedLists = new Set<YAMLSeq & { range: [number, number, number] }>();
  private readonly createdLists: CreatedList[] = [];
  private verbatim = true;
  private order = 0;
  private readonly text: string;
  private readonly newline: string;

  constructor(readonly document: StrategyDocument) {
    this.text = document.text;
    this.newline = this.text.includes('\r\n') ? '\r\n' : '\n';
  }

  /** The data as loaded, before any change. */
  get data(): unknown {
    return this.document.data;
  }

  /** Sets a scalar; a missing key is added to its (existing) mapping. */
  set(path: DataPath, value: ScalarValue): void {
    this.setText(path, value);
    this.document.set(path, value);
  }

  /** Inserts a mapping into the list at `path` before position `index`; a missing or empty list is created. */
  insertItem(path: DataPath, index: number, item: ItemValue): void {
    const yaml = this.document.yaml;
    const list = yaml.getIn(path, true);
    if (isSeq(list)) {
      list.items.splice(index, 0, yaml.createNode({ ...item }));
      if (hasRange(list)) this.touchedLists.add(list);
      return;
    }
    if (list !== undefined && !(isScalar(list) && list.value === null)) throw new Error(`${path.join('.')} is not a list`);
    const parent = yaml.getIn(path.slice(0, -1), true);
    const key = path.at(-1);
    const pair = isMap(parent) ? (parent.items as Pair[]).find((entry) => keyOf(entry) === key) : undefined;
    this.document.set(path, [{ ...item }]);
    const created = yaml.getIn(path, true) as YAMLSeq;
    if (!isMap(parent) || !hasRange(parent) || parent.flow || typeof key !== 'string') return this.giveUpLayout();
    const keyColumn = this.firstKeyColumn(parent);
    if (keyColumn === undefined) return this.giveUpLayout();
    if (pair) {
      // `measurements:` with nothing after it (an empty source, not a written `null` or `~`)
      if (!isScalar(list) || list.source !== '' || !hasRange(pair.key)) return this.giveUpLayout();
      this.createdLists.push({ seq: created, at: this.afterLine(pair.key.range[1]), keyColumn });
    } else {
      this.createdLists.push({ seq: created, at: this.afterLine(parent.range[1]), keyColumn, key });
    }
  }

  /**
   * Inserts mappings into the list at `path`, each before the item at its `index`
   * in the list as it is now (ascending), in one pass however many there are; a
   * missing or empty list is created.
   */
  insertItems(path: DataPath, placed: readonly { index: number; item: ItemValue }[]): void {
    const yaml = this.document.yaml;
    const list = yaml.getIn(path, true);
    if (!isSeq(list)) {
      const [first, ...rest] = placed;
      if (!first) return;
      this.insertItem(path, 0, first.item);
      const created = yaml.getIn(path, true) as YAMLSeq;
      for (const { item } of rest) created.items.push(yaml.createNode({ ...item }));
      return;
    }
    const items: unknown[] = [];
    let next = 0;
    for (let index = 0; index <= list.items.length; index++) {
      while (next < placed.length && placed[next]!.index === index) items.push(yaml.createNode({ ...placed[next++]!.item }));
      if (index < list.items.length) items.push(list.items[index]);
    }
    list.items = items;
    if (hasRange(list)) this.touchedLists.add(list);
  }

  /** Removes a key (the old note of a replaced value); rare enough that the file is then printed whole. */
  remove(path: DataPath): void {
    this.document.yaml.deleteIn(path);
    this.giveUpLayout();
  }

  /** Removes the item at `index` of the list at `path`: its lines go, the comment lines around it stay. */
  removeItem(path: DataPath, index: number): void {
    const list = this.document.yaml.getIn(path, true);
    if (!isSeq(list)) throw new Error(`${path.join('.')} is not a list`);
    const [item] = list.items.splice(index, 1);
    if (!hasRange(item) || !hasRange(list) || list.flow || this.touchedLists.has(list)) return this.giveUpLayout();
    const start = this.lineStart(item.range[0]);
    if (this.text.slice(start, item.range[0]).trim() !== '-') return this.giveUpLayout();
    this.edits.push({ start, end: this.afterLine(item.range[1]), text: '', order: this.order++ });
  }

  /** The new file text; `verbatim` is false when the layout could not be kept. */
  render(): { text: string; verbatim: boolean } {
    const fallback = () => ({ text: this.document.toString(), verbatim: false });
    if (!this.verbatim) return fallback();
    const edits = [...this.edits];
    try {
      for (const list of this.touchedLists) edits.push(...this.listEdits(list));
      for (const created of this.createdLists) edits.push(this.createdListEdit(created));
    } catch {
      return fallback();
    }
    edits.sort((a, b) => a.start - b.start || a.order - b.order);
    let text = '';
    let cursor = 0;
    for (const edit of edits) {
      if (edit.start < cursor) return fallback();
      text += this.text.slice(cursor, edit.start) + edit.text;
      cursor = edit.end;
    }
    text += this.text.slice(cursor);
    if (!this.meansTheSame(text)) return fallback();
    return { text: this.document.source.startsWith('\uFEFF') ? `\uFEFF${text}` : text, verbatim: true };
  }

  toString(): string {
    return this.render().text;
  }

  /** Writes the changed file over the one it read (write.ts); resolves to whether the layout was kept byte for byte. */
  async save(): Promise<boolean> {
    const { text, verbatim } = this.render();
    await writeStrategyFile(this.document.path, text, { text: this.document.source });
    return verbatim;
  }

  private giveUpLayout(): void {
    this.verbatim = false;
  }

  private meansTheSame(text: string): boolean {
    try {
      const reparsed = parseDocument(text, { uniqueKeys: true });
      if (reparsed.errors.length > 0) return false;
      return isDeepStrictEqual(reparsed.toJS({ maxAliasCount: 100 }), this.document.yaml.toJS({ maxAliasCount: 100 }));
    } catch {
      return false;
    }
  }

  private setText(path: DataPath, value: ScalarValue): void {
    // Inside something added by this editor: its lines are written from the document at the end.
    if (this.passesThroughNewNode(path)) return;
    const node = this.document.yaml.getIn(path, true);
    if (isScalar(node)) {
      if (!hasRange(node) || (node.value === null && node.source === '')) return this.giveUpLayout();
      const formatted = formatScalar(value);
      if (formatted === undefined) return this.giveUpLayout();
      // a block scalar (`note: >-` and its lines) ends with its line break; the one-line value keeps it
      const lineBreak = /\r?\n$/.exec(this.text.slice(node.range[0], node.range[1]))?.[0] ?? '';
      this.edits.push({ start: node.range[0], end: node.range[1], text: formatted + lineBreak, order: this.order++ });
      return;
    }
    if (node !== undefined) return this.giveUpLayout();
    const parent = this.document.yaml.getIn(path.slice(0, -1), true);
    const key = path.at(-1);
    const formatted = formatScalar(value);
    if (!isMap(parent) || !hasRange(parent) || parent.flow || typeof key !== 'string' || formatted === undefined) return this.giveUpLayout();
    const column = this.firstKeyColumn(parent);
    if (column === undefined) return this.giveUpLayout();
    const at = path.length === 1 ? this.topLevelPosition(parent, key) : this.afterLine(parent.range[1]);
    this.insertLines(at, [`${' '.repeat(column)}${formatKey(key)}: ${formatted}`]);
  }

  private passesThroughNewNode(path: DataPath): boolean {
    for (let length = 1; length < path.length; length++) {
      const node = this.document.yaml.getIn(path.slice(0, length), true);
      if (node !== undefined && !hasRange(node)) return true;
    }
    return false;
  }

  /** After the last key that the spec puts before `key`, else at the end. */
  private topLevelPosition(map: YAMLMap & { range: [number, number, number] }, key: string): number {
    const rank = TOP_LEVEL_ORDER.indexOf(key);
    let anchor: Pair | undefined;
    for (const pair of map.items as Pair[]) {
      if (!hasRange(pair.key)) continue; // added in this edit: its line is already placed
      const pairRank = TOP_LEVEL_ORDER.indexOf(String(keyOf(pair)));
      if (rank !== -1 && pairRank !== -1 && pairRank < rank) anchor = pair;
    }
    if (!anchor) return this.afterLine(map.range[1]);
    const value = anchor.value;
    const end = hasRange(value) && !(isScalar(value) && value.source === '') ? value.range[1] : (anchor.key as Node & { range: [number, number, number] }).range[1];
    return this.afterLine(end);
  }

  private listEdits(list: YAMLSeq & { range: [number, number, number] }): TextEdit[] {
    const items = list.items as unknown[];
    const originals = items.filter(hasRange);
    const edits: TextEdit[] = [];
    if (list.flow) {
      let previous: (Node & { range: [number, number, number] }) | undefined;
      let pending: string[] = [];
      const flush = (before: boolean) => {
        if (pending.length === 0) return;
        const text = pending.join(', ');
        if (previous) edits.push({ start: previous.range[1], end: previous.range[1], text: `, ${text}`, order: this.order++ });
        else if (before && originals[0]) edits.push({ start: originals[0].range[0], end: originals[0].range[0], text: `${text}, `, order: this.order++ });
        else edits.push({ start: list.range[0] + 1, end: list.range[0] + 1, text, order: this.order++ });
        pending = [];
      };
      for (const item of items) {
        if (hasRange(item)) {
          flush(true);
          previous = item;
        } else pending.push(flowItem(item));
      }
      flush(false);
      return edits;
    }
    const sibling = originals[0];
    if (!sibling) throw new Error('a block list without items');
    const prefix = this.text.slice(this.lineStart(sibling.range[0]), sibling.range[0]);
    if (!/^ *-( +)$/.test(prefix)) throw new Error('a list item that does not start on its dash line');
    const style = isMap(sibling) && sibling.flow ? 'flow' : 'block';
    let previous: (Node & { range: [number, number, number] }) | undefined;
    let pending: string[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      const at = previous ? this.afterLine(previous.range[1]) : this.lineStart(sibling.range[0]);
      edits.push(this.linesEdit(at, pending));
      pending = [];
    };
    for (const item of items) {
      if (hasRange(item)) {
        flush();
        previous = item;
      } else pending.push(...(style === 'flow' ? [`${prefix}${flowItem(item)}`] : blockItem(item, prefix)));
    }
    flush();
    return edits;
  }

  private createdListEdit({ seq, at, keyColumn, key }: CreatedList): TextEdit {
    const prefix = `${' '.repeat(keyColumn + 2)}- `;
    const lines = key === undefined ? [] : [`${' '.repeat(keyColumn)}${formatKey(key)}:`];
    for (const item of seq.items) lines.push(...blockItem(item, prefix));
    return this.linesEdit(at, lines);
  }

  private insertLines(at: number, lines: string[]): void {
    this.edits.push(this.linesEdit(at, lines));
  }

  /** Whole lines inserted at a line start (or at the end of a file without a final line break). */
  private linesEdit(at: number, lines: string[]): TextEdit {
    const joined = lines.join(this.newline);
    const atOpenEnd = at === this.text.length && this.text.length > 0 && !this.text.endsWith('\n');
    return { start: at, end: at, text: atOpenEnd ? `${this.newline}${joined}` : `${joined}${this.newline}`, order: this.order++ };
  }

  private lineStart(position: number): number {
    return this.text.lastIndexOf('\n', position - 1) + 1;
  }

  /** The start of the line after the one `position` is on; `position` itself when it starts a line. */
  private afterLine(position: number): number {
    if (position > 0 && this.text[position - 1] === '\n') return position;
    const end = this.text.indexOf('\n', position);
    return end === -1 ? this.text.length : end + 1;
  }

  private firstKeyColumn(map: YAMLMap): number | undefined {
    const first = (map.items as Pair[])[0]?.key;
    if (!hasRange(first)) return undefined;
    const start = first.range[0];
    const before = this.text.slice(this.lineStart(start), start);
    return /^[ -]*$/.test(before) ? before.length : undefined;
  }
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

/** A scalar as it stands after `key: ` on one line, or undefined when it cannot stand on one line. */
function formatScalar(value: ScalarValue): string | undefined {
  const plain = stringify(value, { lineWidth: 0 }).trimEnd();
  if (!plain.includes('\n')) return plain;
  const quoted = stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE' }).trimEnd();
  return quoted.includes('\n') ? undefined : quoted;
}

function formatKey(key: string): string {
  const formatted = formatScalar(key);
  if (formatted === undefined) throw new Error('a key that does not fit on a line');
  return formatted;
}

function itemEntries(item: unknown): [string, unknown][] {
  if (!isMap(item)) throw new Error('only mappings are written as list items');
  return (item.items as Pair[]).map((pair) => [String(keyOf(pair)), isScalar(pair.value) ? pair.value.value : pair.value]);
}

function blockItem(item: unknown, prefix: string): string[] {
  const indent = ' '.repeat(prefix.length);
  return itemEntries(item).map(([key, value], index) => {
    const formatted = formatScalar(value as ScalarValue);
    if (formatted === undefined) throw new Error('a value that does not fit on a line');
    return `${index === 0 ? prefix : indent}${formatKey(key)}: ${formatted}`;
  });
}

function flowItem(item: unknown): string {
  const text = stringify(Object.fromEntries(itemEntries(item)), { collectionStyle: 'flow', lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  if (text.includes('\n')) throw new Error('a value that does not fit on a line');
  return text;
}
