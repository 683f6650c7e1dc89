import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { lineDiff } from '../helpers/line-diff.js';

const COMMENTED = await readFile(new URL('../fixtures/track/commented.smplan.yaml', import.meta.url), 'utf8');

const SIMPLE = `smplan: 1
company: {name: Kiosk}
revision: 1
updated: 2027-01-01
started: 2027-01-01
goals:
  - id: walk-ins
    kpi: {metric: Walk-in customers a week, unit: customers, baseline: 120, target: 600, deadline: 2027-06-30}
    measurements:
      - date: 2027-01-31
        value: 210
      - date: 2027-03-31
        value: 300
  - id: leads
    kpi: {metric: Leads, baseline: 0, target: 20, deadline: 2027-12-31}
`;

let folder: string;
const file = (name = 'smplan.yaml') => join(folder, name);
const read = (name = 'smplan.yaml') => readFile(file(name), 'utf8');
const track = (args: string[], today = '2027-04-15') => runCli(['track', ...args], { cwd: folder, env: { SMPLAN_TODAY: today } });
const measurementsOf = async (goal = 0) => parse(await read()).goals[goal].measurements;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'smplan-track-'));
  await writeFile(file(), SIMPLE);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('smplan track', () => {
  it('appends a value for today and confirms it in one line', async () => {
    const result = await track(['walk-ins', '350']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('walk-ins: 350 customers on 2027-04-15 recorded (target 600 customers by 2027-06-30, 48 % of the way, off track)\n');
    expect(await measurementsOf()).toEqual([
      { date: '2027-01-31', value: 210 },
      { date: '2027-03-31', value: 300 },
      { date: '2027-04-15', value: 350 },
    ]);
    const data = parse(await read());
    expect(data.revision).toBe(2);
    expect(data.updated).toBe('2027-04-15');
    expect(data.started).toBe('2027-01-01');
  });

  it('inserts by date, with a note', async () => {
    const result = await track(['walk-ins', '250.5', '--date', '2027-02-28', '--note', 'Frost: wenig los']);
    expect(result.code).toBe(0);
    expect(await measurementsOf()).toEqual([
      { date: '2027-01-31', value: 210 },
      { date: '2027-02-28', value: 250.5, note: 'Frost: wenig los' },
      { date: '2027-03-31', value: 300 },
    ]);
  });

  it('starts the list of a goal without measurements', async () => {
    expect((await track(['leads', '3'])).code).toBe(0);
    expect(await measurementsOf(1)).toEqual([{ date: '2027-04-15', value: 3 }]);
  });

  it('refuses a second value for the same day unless --replace', async () => {
    const before = await read();
    const refused = await track(['walk-ins', '222', '--date', '2027-01-31']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('smplan: error: walk-ins already has a value for 2027-01-31 (210); add --replace to replace it, or give another --date\n');
    expect(await read()).toBe(before);

    const replaced = await track(['walk-ins', '222', '--date', '2027-01-31', '--replace']);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('walk-ins: 222 customers on 2027-01-31 recorded, replacing 210 customers');
    expect(await measurementsOf()).toEqual([
      { date: '2027-01-31', value: 222 },
      { date: '2027-03-31', value: 300 },
    ]);
    expect(lineDiff(before, await read())).toEqual({
      removed: ['revision: 1', 'updated: 2027-01-01', '        value: 210'],
      added: ['revision: 2', 'updated: 2027-04-15', '        value: 222'],
    });
  });

  it('names the known goals for an unknown id (exit 2) and writes nothing', async () => {
    const result = await track(['walkins', '5']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('smplan: error: no goal "walkins" in smplan.yaml; known goals: walk-ins, leads\n');
    expect(await read()).toBe(SIMPLE);
  });

  it.each([
    ['abc', '"abc" is not a number; give a number such as 210 or 3.5'],
    ['NaN', '"NaN" is not a number; give a number such as 210 or 3.5'],
    ['Infinity', '"Infinity" is not a number; give a number such as 210 or 3.5'],
    ['1e999', '"1e999" is not a number; give a number such as 210 or 3.5'],
    ['0x10', '"0x10" is not a number; give a number such as 210 or 3.5'],
    ['1.250', '"1.250" can mean 1250 or 1.25; write 1250 or 1.25'],
    [' ', 'the value is empty; give a number such as 210 or 3.5'],
  ])('refuses the value %j (exit 2) and writes nothing', async (value, reason) => {
    const result = await track(['walk-ins', value]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`smplan: error: ${reason}\n`);
    expect(await read()).toBe(SIMPLE);
  });

  it('accepts signs and a decimal comma, as the interview does', async () => {
    expect((await track(['leads', '-0', '--date', '2027-02-01'])).code).toBe(0);
    expect((await track(['leads', '+1,5', '--date', '2027-03-01'])).code).toBe(0);
    expect((await track(['leads', '12,5', '--date', '01.04.2027'])).code).toBe(0);
    expect(await measurementsOf(1)).toEqual([
      { date: '2027-02-01', value: 0 },
      { date: '2027-03-01', value: 1.5 },
      { date: '2027-04-01', value: 12.5 },
    ]);
  });

  it('refuses a date that is not a calendar date', async () => {
    const result = await track(['walk-ins', '5', '--date', '2027-02-30']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('smplan: error: "2027-02-30" is not a calendar date; write YYYY-MM-DD (e.g. 2027-04-15)\n');
  });

  it('needs a goal and a value, or --from', async () => {
    const none = await track([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('name a goal and a value (smplan track <goal-id> <value>), or import rows with --from <csv>');
    const noValue = await track(['walk-ins']);
    expect(noValue.code).toBe(2);
    expect(noValue.stderr).toContain('give the value measured for "walk-ins"');
  });

  it('says which file is missing (exit 2)', async () => {
    const result = await track(['walk-ins', '5', '--file', 'nope.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^smplan: error: .*nope\.yaml: no such file; check the path\n$/);
  });

  it('refuses a file that is not well-formed (exit 1), pointing at the problem', async () => {
    const broken = SIMPLE.replace('target: 600', 'target: lots');
    await writeFile(file(), broken);
    const result = await track(['walk-ins', '5']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'smplan: error: smplan.yaml:8:85: "goals.0.kpi.target" must be a number, not a string. Nothing was written: fix the file first (smplan check lists every problem).\n',
    );
    expect(await read()).toBe(broken);
  });

  it('takes today from SMPLAN_TODAY, and refuses a bad one', async () => {
    expect((await track(['leads', '1'], '2027-05-05')).code).toBe(0);
    expect(await measurementsOf(1)).toEqual([{ date: '2027-05-05', value: 1 }]);
    const bad = await track(['leads', '1'], '05.05.2027');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('SMPLAN_TODAY is "05.05.2027", not a date');
  });
});

describe('smplan track keeps the rest of the file', () => {
  it('changes only the measurement lines, revision and updated of a file full of comments and unknown keys', async () => {
    await writeFile(file('kunz.smplan.yaml'), COMMENTED);
    const result = await track(['laufkundschaft', '250', '--date', '2027-02-28', '--file', 'kunz.smplan.yaml']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const after = await read('kunz.smplan.yaml');
    expect(lineDiff(COMMENTED, after)).toEqual({
      removed: ['revision: 3                # raised by one on every change smplan makes', 'updated: 2027-01-02        # set by smplan on every change'],
      added: [
        'revision: 4                # raised by one on every change smplan makes',
        'updated: 2027-04-15        # set by smplan on every change',
        '      - date: 2027-02-28',
        '        value: 250',
      ],
    });
    // and the new lines stand where they belong: between January and the comment of March
    expect(after).toContain('        value: 210\n      - date: 2027-02-28\n        value: 250\n      # März\n');
  });

  it('keeps CRLF line endings', async () => {
    const crlf = SIMPLE.replace(/\n/g, '\r\n');
    await writeFile(file(), crlf);
    expect((await track(['walk-ins', '250', '--date', '2027-02-28'])).code).toBe(0);
    const text = await read();
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lineDiff(crlf, text).added).toEqual(['revision: 2\r', 'updated: 2027-04-15\r', '      - date: 2027-02-28\r', '        value: 250\r']);
  });
  it('says so when it has to rewrite the whole file, and keeps the data right', async () => {
    await writeFile(file(), SIMPLE.replace("kpi: {metric: Leads, baseline: 0, target: 20, deadline: 2027-12-31}", "kpi: {metric: Leads, baseline: 0, target: 20, deadline: 2027-12-31}\n    measurements: null"));
    const result = await track(['leads', '2']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('smplan: note: smplan.yaml was rewritten as a whole (an unusual layout near the change); comments are kept, spacing may differ\n');
    expect(await measurementsOf(1)).toEqual([{ date: '2027-04-15', value: 2 }]);
  });
});

describe('smplan track --from', () => {
  const csv = (text: string) => writeFile(file('kpis.csv'), text);

  it('imports every row at once, sorted into place, with one revision', async () => {
    await csv('goal,date,value,note\nwalk-ins,2027-02-28,250,"Frost, wenig los"\nleads,2027-02-01,2,\r\nwalk-ins,2027-04-30,380\n\nleads,2027-01-15,1,"sagt ""hallo"""\n');
    const result = await track(['--from', 'kpis.csv'], '2027-05-15');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('4 measurements from kpis.csv recorded in smplan.yaml (walk-ins 2, leads 2)\n');
    const data = parse(await read());
    expect(data.revision).toBe(2);
    expect(data.goals[0].measurements).toEqual([
      { date: '2027-01-31', value: 210 },
      { date: '2027-02-28', value: 250, note: 'Frost, wenig los' },
      { date: '2027-03-31', value: 300 },
      { date: '2027-04-30', value: 380 },
    ]);
    expect(data.goals[1].measurements).toEqual([
      { date: '2027-01-15', value: 1, note: 'sagt "hallo"' },
      { date: '2027-02-01', value: 2 },
    ]);
  });

  it('reads rows without a header and with semicolons', async () => {
    await csv('leads;2027-02-01;2\nleads;2027-03-01;4\n');
    expect((await track(['--from', 'kpis.csv'])).code).toBe(0);
    expect(await measurementsOf(1)).toEqual([
      { date: '2027-02-01', value: 2 },
      { date: '2027-03-01', value: 4 },
    ]);
  });

  it('writes nothing when one row is bad, and names every bad row', async () => {
    await csv('goal,date,value\nwalk-ins,2027-02-28,250\nwalkins,2027-03-01,5\nleads,2027-13-01,x\nleads,2027-02-01,2\nwalk-ins,2027-01-31,215\nleads,2027-02-01,3\n');
    const result = await track(['--from', 'kpis.csv']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'smplan: error: kpis.csv, row 3: no goal "walkins"; known goals: walk-ins, leads',
        'smplan: error: kpis.csv, row 4: "2027-13-01" is not a calendar date; write YYYY-MM-DD (e.g. 2027-04-15); "x" is not a number; give a number such as 210 or 3.5',
        'smplan: error: kpis.csv, row 6: walk-ins already has a value for 2027-01-31 (210); add --replace to replace it, or give another --date',
        'smplan: error: kpis.csv, row 7: row 5 already gives leads a value for 2027-02-01',
        'smplan: nothing was written: 4 of 6 rows are bad',
        '',
      ].join('\n'),
    );
    expect(await read()).toBe(SIMPLE);
  });

  it('replaces existing values with --replace', async () => {
    await csv('walk-ins,2027-01-31,215\nwalk-ins,2027-05-31,400\n');
    const result = await track(['--from', 'kpis.csv', '--replace'], '2027-06-15');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('2 measurements from kpis.csv recorded in smplan.yaml (walk-ins 2, 1 of them replacing earlier values)\n');
    expect((await measurementsOf()).map((measurement: { value: number }) => measurement.value)).toEqual([215, 300, 400]);
  });

  it('refuses a broken CSV, an empty one, and mixing --from with a goal', async () => {
    await csv('walk-ins,2027-02-28,"250\n');
    const unclosed = await track(['--from', 'kpis.csv']);
    expect(unclosed.code).toBe(2);
    expect(unclosed.stderr).toBe('smplan: error: kpis.csv, row 1: a quote is opened and never closed; nothing was written\n');
    await csv('goal,date,value\n');
    expect((await track(['--from', 'kpis.csv'])).stderr).toContain('kpis.csv has no rows to import');
    await csv('walk-ins,2027-02-28\n');
    expect((await track(['--from', 'kpis.csv'])).stderr).toBe('smplan: error: kpis.csv, row 1: 2 fields, but a row is goal,date,value with an optional note; nothing was written\n');
    const mixed = await track(['walk-ins', '5', '--from', 'kpis.csv']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('either a goal and a value, or --from <csv>, not both');
    expect(await read()).toBe(SIMPLE);
  });
});

describe('track keeps what the file says around the list', () => {
  it('keeps the comment of an empty measurements value', async () => {
    await writeFile(file(), SIMPLE.replace('  - id: leads\n    kpi: {metric: Leads, baseline: 0, target: 20, deadline: 2027-12-31}\n', '  - id: leads\n    kpi: {metric: Leads, baseline: 0, target: 20, deadline: 2027-12-31}\n    measurements: ~ # keep me\n'));
    const result = await track(['leads', '4', '--date', '2027-02-01']);
    expect(result.code, result.stderr).toBe(0);
    expect(await read()).toContain('measurements: # keep me\n');
    expect(await measurementsOf(1)).toEqual([{ date: '2027-02-01', value: 4 }]);
  });

  it('refuses measurements that are an alias of another list, in one line', async () => {
    const aliased = SIMPLE.replace('    measurements:\n', '    measurements: &m\n').replace('  - id: leads\n    kpi: {metric: Leads, baseline: 0, target: 20, deadline: 2027-12-31}\n', '  - id: leads\n    kpi: {metric: Leads, baseline: 0, target: 20, deadline: 2027-12-31}\n    measurements: *m\n');
    await writeFile(file(), aliased);
    const result = await track(['leads', '4', '--date', '2027-02-01']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^smplan: error: the measurements of goal "leads" are an alias \(\*m\)/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(await read()).toBe(aliased);
  });
});

describe('smplan track keeps the record honest', () => {
  it('refuses a date after today, and records one before the start with a warning', async () => {
    const future = await track(['walk-ins', '400', '--date', '2030-01-01']);
    expect(future.code).toBe(2);
    expect(future.stderr).toBe('smplan: error: 2030-01-01 is after today (2027-04-15); a measurement is recorded once it has been measured\n');
    const early = await track(['walk-ins', '110', '--date', '2026-12-15']);
    expect(early.code).toBe(0);
    expect(early.stderr).toBe(
      'smplan: warning: 2026-12-15 is before the strategy started (2027-01-01); the value is recorded, but the ROI counts only what was measured from the start\n',
    );
    expect((await measurementsOf())[0]).toEqual({ date: '2026-12-15', value: 110 });
  });

  it('refuses a negative count, but not a value of a goal that lies below zero', async () => {
    const negative = await track(['walk-ins', '-3']);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toBe('smplan: error: -3 is below zero, and "Walk-in customers a week" counts something that cannot be negative; give the value as measured\n');
    await writeFile(file(), SIMPLE.replace('kpi: {metric: Leads, baseline: 0, target: 20', 'kpi: {metric: Net promoter score, baseline: -20, target: 10'));
    expect((await track(['leads', '-5'])).code).toBe(0);
  });

  it('deletes one value with --delete, keeping the comments of the others', async () => {
    await writeFile(file(), COMMENTED);
    const before = parse(COMMENTED).goals[0].measurements as { date: string; value: number }[];
    const [gone, ...kept] = before;
    const result = await track(['laufkundschaft', '--delete', gone!.date]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // the fixture is German: so is the confirmation
    expect(result.stdout).toBe('laufkundschaft: der Wert vom 31.01.2027 (210 Follower) gelöscht\n');
    const after = await read();
    expect(parse(after).goals[0].measurements).toEqual(kept);
    // only the deleted item's lines and the revision lines differ; every comment is still there
    const comments = (text: string) => text.split('\n').filter((line) => line.trim().startsWith('#'));
    expect(comments(after)).toEqual(comments(COMMENTED));
    const missing = await track(['laufkundschaft', '--delete', '2027-02-14', '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('smplan: error: laufkundschaft has no value for 2027-02-14; it has values for 2027-03-31\n');
    expect((await track(['laufkundschaft', '5', '--delete', '2027-01-31', '--lang', 'en'])).stderr).toContain('--delete <date> removes a value; give no value');
  });

  it('replaces the note with --replace, and keeps it with --keep-note', async () => {
    await track(['leads', '2', '--date', '2027-02-01', '--note', 'Messe']);
    await track(['leads', '3', '--date', '2027-02-01', '--replace', '--keep-note']);
    expect(await measurementsOf(1)).toEqual([{ date: '2027-02-01', value: 3, note: 'Messe' }]);
    await track(['leads', '4', '--date', '2027-02-01', '--replace', '--note', 'Messe, Tag 2']);
    expect(await measurementsOf(1)).toEqual([{ date: '2027-02-01', value: 4, note: 'Messe, Tag 2' }]);
    await track(['leads', '5', '--date', '2027-02-01', '--replace']);
    expect(await measurementsOf(1)).toEqual([{ date: '2027-02-01', value: 5 }]);
    expect((await track(['leads', '6', '--keep-note'])).stderr).toContain('--keep-note goes with --replace');
  });
});

describe('smplan track in German', () => {
  const GERMAN = `smplan: 1
company: {name: Bäckerei Kunz}
language: de
revision: 1
updated: 2027-01-01
started: 2027-01-01
goals:
  - id: torten
    kpi: {metric: Tortenbestellungen pro Monat, unit: Bestellungen, per: month, baseline: 4, target: 15, deadline: 2027-10-31}
`;
  beforeEach(async () => {
    await writeFile(file(), GERMAN);
  });

  it('records 7,5 on 30.04.2027 and confirms it in German', async () => {
    const result = await track(['torten', '7,5', '--date', '30.04.2027'], '2027-05-02');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('torten: 7,5 Bestellungen am 30.04.2027 erfasst (Ziel 15 Bestellungen bis 31.10.2027, 32 % des Wegs, nicht im Plan)\n');
    expect(await measurementsOf()).toEqual([{ date: '2027-04-30', value: 7.5 }]);
  });

  it('imports what a German spreadsheet exports: semicolons, decimal commas, DD.MM.YYYY, German headers, BOM and CRLF', async () => {
    await writeFile(file('kpis.csv'), '\uFEFFZiel;Datum;Wert;Notiz\r\ntorten;31.03.2027;6;\r\ntorten;30.04.2027;11,5;"Ostern; viel los"\r\n');
    const result = await track(['--from', 'kpis.csv'], '2027-05-02');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('2 Messwerte aus kpis.csv in smplan.yaml erfasst (torten 2)\n');
    expect(await measurementsOf()).toEqual([
      { date: '2027-03-31', value: 6 },
      { date: '2027-04-30', value: 11.5, note: 'Ostern; viel los' },
    ]);
  });

  it('refuses "1.250" with both readings, in German', async () => {
    const result = await track(['torten', '1.250'], '2027-05-02');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('smplan: Fehler: „1.250“ kann 1250 oder 1,25 heißen; schreiben Sie 1250 oder 1,25\n');
  });

  /** Words only an English sentence has, and words only a German one has. */
  const MARKERS = {
    en: [/\brecorded\b/, /\btarget\b/, /\bon track\b/, /\berror\b/, /\bof the way\b/, /\bwarning\b/, /\bgive\b/, /\bthe\b/i, /\bvalue\b/],
    de: [/\berfasst\b/, /\bZiel\b/, /\bFehler\b/, /\bWarnung\b/, /\bdes Wegs\b/, /\bgeben Sie\b/, /\bder\b|\bdie\b|\bdas\b/, /\bWert\b/],
  };
  const runs = [
    ['torten', '6', '--date', '31.03.2027'],
    ['torten', '7', '--date', '31.03.2027'],
    ['torten', '8', '--date', '2027-03-31', '--replace'],
    ['torten', '5', '--date', '15.12.2026'],
    ['torten', '9', '--date', '01.01.2030'],
    ['torten', '-1'],
    ['torten', 'viele'],
    ['tortn', '3'],
    ['torten', '--delete', '01.02.2027'],
    ['torten', '--delete', '15.12.2026'],
    ['torten'],
    ['--from', 'fehlt.csv', 'torten'],
  ];

  it.each(['de', 'en'] as const)('says nothing in the other language when the strategy is in %s', async (language) => {
    await writeFile(file(), GERMAN.replace('language: de', `language: ${language}`));
    const other = MARKERS[language === 'de' ? 'en' : 'de'];
    for (const args of runs) {
      // the locale says the other language: the file's language wins
      const result = await runCli(['track', ...args], { cwd: folder, env: { SMPLAN_TODAY: '2027-05-02', LANG: language === 'de' ? 'en_US.UTF-8' : 'de_DE.UTF-8' } });
      const said = `${result.stdout}${result.stderr}`.replace(/„[^“]*“|"[^"]*"/g, '').replace(/Tortenbestellungen pro Monat|Bestellungen|torten|tortn|fehlt\.csv|smplan\.yaml/g, '');
      expect(said.trim(), args.join(' ')).not.toBe('');
      for (const marker of other) expect(said, `${args.join(' ')}: ${said}`).not.toMatch(marker);
    }
  });
});
