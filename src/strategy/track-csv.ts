import { LocalizedError } from '../base/errors.js';
import type { Message, MessageData } from '../base/message.js';
import { TRACK_MESSAGES as SAY } from './track-messages.js';

/**
 * The CSV that `smplan track --from` imports: `goal,date,value[,note]`, one
 * measurement a row, with an optional header row (whose columns may come in
 * any order, in English or German: Ziel, Datum, Wert, Notiz). Fields may be quoted ("a, b" and "" for a
 * quote). A file whose first line has semicolons and no comma is read with `;`
 * as the separator, as spreadsheets in German locales save it.
 */

export interface CsvRecord {
  /** The row number a spreadsheet shows: 1 for the first row (the header, if any). */
  row: number;
  fields: string[];
}

export interface TrackRow {
  row: number;
  goal: string;
  date: string;
  value: string;
  note?: string;
}

/** A row the reader cannot take, with the reason in both languages. */
export class CsvError extends LocalizedError {
  constructor(
    readonly row: number,
    reason: Message,
    data?: MessageData,
  ) {
    super(reason, data);
  }
}

function separatorOf(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
}

/** Splits CSV text into records; blank rows are kept (as one empty field) so row numbers match a spreadsheet's. */
export function parseCsv(source: string): CsvRecord[] {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const separator = separatorOf(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let row = 1;
  let index = 0;
  const endField = () => {
    fields.push(wasQuoted ? field : field.trim());
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    records.push({ row, fields });
    fields = [];
    row++;
  };
  while (index < text.length) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index++;
        } else quoted = false;
      } else field += character;
    } else if (character === '"' && field.trim() === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (character === separator) endField();
    else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index++;
      endRecord();
    } else if (wasQuoted) {
      if (character.trim() !== '') throw new CsvError(row, SAY.csvTextAfterQuote);
    } else field += character;
    index++;
  }
  if (quoted) throw new CsvError(row, SAY.csvOpenQuote);
  if (field !== '' || wasQuoted || fields.length > 0) endRecord();
  return records;
}

const COLUMN_NAMES: Record<string, 'goal' | 'date' | 'value' | 'note'> = {
  goal: 'goal',
  ziel: 'goal',
  id: 'goal',
  date: 'date',
  datum: 'date',
  value: 'value',
  wert: 'value',
  note: 'note',
  notiz: 'note',
  kennzahl: 'goal',
  messwert: 'value',
  bemerkung: 'note',
  kommentar: 'note',
};

const isBlank = (record: CsvRecord) => record.fields.every((field) => field === '');

/** The measurement rows of a CSV file; throws `CsvError` for a row that does not have the columns. */
export function trackRows(source: string): TrackRow[] {
  const records = parseCsv(source);
  const first = records.find((record) => !isBlank(record));
  let columns: Record<'goal' | 'date' | 'value' | 'note', number | undefined> = { goal: 0, date: 1, value: 2, note: 3 };
  let maxFields = 4;
  const named = first?.fields.map((field) => COLUMN_NAMES[field.toLowerCase()]);
  const hasHeader = named !== undefined && named.includes('goal') && named.includes('date') && named.includes('value');
  if (hasHeader) {
    columns = { goal: undefined, date: undefined, value: undefined, note: undefined };
    named.forEach((name, index) => {
      if (name === undefined) throw new CsvError(first!.row, SAY.csvUnknownColumn, { column: first!.fields[index]! });
      if (columns[name] !== undefined) throw new CsvError(first!.row, SAY.csvColumnTwice, { column: first!.fields[index]! });
      columns[name] = index;
    });
    maxFields = named.length;
  }
  const rows: TrackRow[] = [];
  for (const record of records) {
    if (isBlank(record) || (hasHeader && record === first)) continue;
    const { fields } = record;
    if (fields.length < 3 || fields.length > maxFields) {
      throw new CsvError(record.row, SAY.csvFields, { count: fields.length });
    }
    const note = columns.note === undefined ? undefined : fields[columns.note];
    rows.push({
      row: record.row,
      goal: fields[columns.goal!] ?? '',
      date: fields[columns.date!] ?? '',
      value: fields[columns.value!] ?? '',
      ...(note ? { note } : {}),
    });
  }
  return rows;
}
