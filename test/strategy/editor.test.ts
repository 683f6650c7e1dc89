import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { StrategyDocument } from '../../src/strategy/document.js';
import { DocumentEditor } from '../../src/strategy/editor.js';
import { markChanged } from '../../src/strategy/revision.js';
import { lineDiff } from '../helpers/line-diff.js';

const COMMENTED = readFileSync(new URL('../fixtures/track/commented.smplan.yaml', import.meta.url), 'utf8');

function editorFor(text: string): DocumentEditor {
  const document = StrategyDocument.parse('test.yaml', text);
  expect(document.problems).toEqual([]);
  return new DocumentEditor(document);
}

describe('DocumentEditor keeps every untouched byte', () => {
  it('sets scalars in place, keeping aligned comments', () => {
    const editor = editorFor(COMMENTED);
    markChanged(editor, '2027-04-01');
    const { text, verbatim } = editor.render();
    expect(verbatim).toBe(true);
    expect(lineDiff(COMMENTED, text)).toEqual({
      removed: ['revision: 3                # raised by one on every change smplan makes', 'updated: 2027-01-02        # set by smplan on every change'],
      added: ['revision: 4                # raised by one on every change smplan makes', 'updated: 2027-04-01        # set by smplan on every change'],
    });
  });

  it('inserts list items between existing ones, before the comment of the next one', () => {
    const editor = editorFor(COMMENTED);
    editor.insertItem(['goals', 0, 'measurements'], 1, { date: '2027-02-28', value: 250, note: 'Kälte: wenig los # leider' });
    editor.insertItem(['goals', 0, 'measurements'], 3, { date: '2027-04-30', value: 320 });
    editor.insertItem(['goals', 0, 'measurements'], 0, { date: '2027-01-15', value: 150 });
    const { text, verbatim } = editor.render();
    expect(verbatim).toBe(true);
    expect(text).toContain(
      [
        '    measurements:          # appended by `smplan track`',
        '      # Januar',
        '      - date: 2027-01-15',
        '        value: 150',
        '      - date: 2027-01-31   # Monatsende',
        '        value: 210',
        '      - date: 2027-02-28',
        '        value: 250',
        '        note: "Kälte: wenig los # leider"',
        '      # März',
        '      - date: 2027-03-31',
        '        value: 300         # nach der Aktion',
        '        note: >-',
        '          Frühlingsaktion mit',
        '          Gewinnspiel',
        '      - date: 2027-04-30',
        '        value: 320',
        '    review_note: unbekannt, bleibt   # unknown key in a goal',
      ].join('\n'),
    );
    expect(lineDiff(COMMENTED, text).removed).toEqual([]);
  });

  it('fills an empty list key and adds a missing one', () => {
    const editor = editorFor(COMMENTED);
    editor.insertItem(['goals', 1, 'measurements'], 0, { date: '2027-02-01', value: 40 });
    editor.insertItem(['goals', 1, 'measurements'], 1, { date: '2027-03-01', value: 45 });
    editor.insertItem(['goals', 2, 'measurements'], 0, { date: '2027-02-01', value: 30 });
    const { text, verbatim } = editor.render();
    expect(verbatim).toBe(true);
    expect(text).toContain(
      [
        '    measurements:          # noch nichts gemessen',
        '      - date: 2027-02-01',
        '        value: 40',
        '      - date: 2027-03-01',
        '        value: 45',
        '',
        '  - id: antwortzeit',
      ].join('\n'),
    );
    expect(text).toContain(['      deadline: 2027-09-30', '    measurements:', '      - date: 2027-02-01', '        value: 30', '    # measurements folgen'].join('\n'));
    expect(lineDiff(COMMENTED, text).removed).toEqual([]);
  });

  it('replaces a value and adds a key to an existing item', () => {
    const editor = editorFor(COMMENTED);
    editor.set(['goals', 0, 'measurements', 0, 'value'], 215);
    editor.set(['goals', 0, 'measurements', 0, 'note'], 'korrigiert');
    const { text } = editor.render();
    expect(lineDiff(COMMENTED, text)).toEqual({
      removed: ['        value: 210'],
      added: ['        value: 215', '        note: korrigiert'],
    });
  });

  it('follows the style of flow items and flow lists', () => {
    const source = 'smplan: 1\ncompany: {name: X}\ngoals:\n  - id: a\n    measurements:\n      - {date: 2027-01-01, value: 1}   # first\n  - id: b\n    measurements: []   # none\n';
    const editor = editorFor(source);
    editor.insertItem(['goals', 0, 'measurements'], 1, { date: '2027-02-01', value: 2 });
    editor.insertItem(['goals', 1, 'measurements'], 0, { date: '2027-02-01', value: 3 });
    editor.insertItem(['goals', 1, 'measurements'], 1, { date: '2027-03-01', value: 4, note: 'a, b' });
    const { text, verbatim } = editor.render();
    expect(verbatim).toBe(true);
    expect(text).toBe(
      'smplan: 1\ncompany: {name: X}\ngoals:\n  - id: a\n    measurements:\n      - {date: 2027-01-01, value: 1}   # first\n      - {date: 2027-02-01, value: 2}\n  - id: b\n    measurements: [{date: 2027-02-01, value: 3}, {date: 2027-03-01, value: 4, note: "a, b"}]   # none\n',
    );
  });

  it('adds a missing revision and updated after the keys the spec puts before them', () => {
    const editor = editorFor('smplan: 1\ncompany:\n  name: X\nlanguage: en\nstarted: 2027-01-01\ngoals: []\n');
    markChanged(editor, '2027-02-02');
    expect(editor.toString()).toBe('smplan: 1\ncompany:\n  name: X\nlanguage: en\nrevision: 1\nupdated: 2027-02-02\nstarted: 2027-01-01\ngoals: []\n');
  });

  it('keeps CRLF line endings, a byte order mark and a missing final line break', () => {
    const source = '\uFEFFsmplan: 1\r\ncompany: {name: X}\r\nrevision: 2\r\ngoals:\r\n  - id: a\r\n    measurements:\r\n      - date: 2027-01-01\r\n        value: 1';
    const document = StrategyDocument.parse('crlf.yaml', source);
    const editor = new DocumentEditor(document);
    editor.insertItem(['goals', 0, 'measurements'], 1, { date: '2027-02-01', value: 2 });
    markChanged(editor, '2027-02-02');
    expect(editor.toString()).toBe(
      '\uFEFFsmplan: 1\r\ncompany: {name: X}\r\nrevision: 3\r\nupdated: 2027-02-02\r\ngoals:\r\n  - id: a\r\n    measurements:\r\n      - date: 2027-01-01\r\n        value: 1\r\n      - date: 2027-02-01\r\n        value: 2',
    );
  });

  it('writes values that need quotes so that they read back the same', () => {
    const editor = editorFor(COMMENTED);
    const notes = ['yes', '12', '2027-01-01', ' leading', 'a\nb', '#hash', '- dash', '"quoted"', "it's", 'ctrl\u0007', ''];
    notes.forEach((note, index) => editor.insertItem(['goals', 2, 'measurements'], index, { date: `2027-02-${String(index + 1).padStart(2, '0')}`, value: index, note }));
    const { text, verbatim } = editor.render();
    expect(verbatim).toBe(true);
    expect(parse(text).goals[2].measurements.map((measurement: { note: string }) => measurement.note)).toEqual(notes);
  });

  it('falls back to the printed document when a layout cannot be edited as text, and keeps the data right', () => {
    const source = 'smplan: 1\ncompany: {name: X}\ngoals:\n  - id: a\n    measurements: null\n';
    const editor = editorFor(source);
    editor.insertItem(['goals', 0, 'measurements'], 0, { date: '2027-02-01', value: 2 });
    const { text, verbatim } = editor.render();
    expect(verbatim).toBe(false);
    expect(parse(text).goals[0].measurements).toEqual([{ date: '2027-02-01', value: 2 }]);
  });
});

describe('DocumentEditor with block scalars', () => {
  it('replaces a folded note without touching the lines around it', () => {
    const editor = editorFor(COMMENTED);
    editor.set(['goals', 0, 'measurements', 1, 'note'], 'neu');
    const { text, verbatim } = editor.render();
    expect(verbatim).toBe(true);
    expect(lineDiff(COMMENTED, text)).toEqual({
      removed: ['        note: >-', '          Frühlingsaktion mit', '          Gewinnspiel'],
      added: ['        note: neu'],
    });
  });
});
