// `smplan edit <section>`: one question again, written back change by change.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { StrategyDocument } from '../../src/strategy/document.js';
import { runCli } from '../helpers/cli.js';
import { KEYS, PtySession } from '../helpers/pty.js';
import { formatMessage } from '../../src/base/message.js';
import { MESSAGES } from '../../src/interview/messages.js';

const STRATEGY = `# Our strategy; the team meets on Tuesdays.
smplan: 1
company: {name: Kiosk Sonne}
language: de
revision: 4
status: active
updated: 2026-12-01
started: 2026-10-01

goals:
  - id: vorbestellungen
    objective: Pendler bestellen vor
    kpi: {metric: Vorbestellungen pro Woche, per: week, baseline: 0, target: 30, deadline: 2026-12-31} # schon vorbei
    measurements:
      - {date: 2026-11-30, value: 12}

# 3. Wer kümmert sich darum?
team:
  owner: {name: Lea Brandt, role: Kasse}
  executive_sponsor: {name: Petra Brandt}
  hours_per_week: 3 # dienstags und freitags
  x_tools: [Canva]
`;

/** The questions of `edit team` after the owner's name, up to the reporting cadence. */
const TEAM_AFTER_OWNER = ['team.owner.role', 'team.executive_sponsor.name', 'team.executive_sponsor.role', 'team.deputy.name', 'team.hours_per_week', 'team.hourly_rate', 'team.budget.amount', 'team.coordination', 'team.approval'];

let folder: string;
const file = (name = 'smplan.yaml') => join(folder, name);
const read = () => readFile(file(), 'utf8');
const edit = (args: string[], env: Record<string, string> = {}) => runCli(['edit', ...args], { cwd: folder, env: { SMPLAN_TODAY: '2027-01-10', ...env } });

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'smplan-edit-'));
  await writeFile(file(), STRATEGY);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('edit --answers', () => {
  it('merges a partial section and changes only what changed', async () => {
    await writeFile(file('team.yaml'), 'owner: {name: Mia Wolf}\nhourly_rate: 15\nexecutive_sponsor:\n');
    const result = await edit(['team', '--answers', 'team.yaml']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('smplan.yaml geschrieben (Revision 5).');
    const text = await read();
    expect(text).toContain('# Our strategy; the team meets on Tuesdays.\n');
    expect(text).toContain('\n# 3. Wer kümmert sich darum?\nteam:\n  owner: {name: Mia Wolf, role: Kasse}\n  hours_per_week: 3 # dienstags und freitags\n  hourly_rate: 15\n  x_tools: [Canva]\n');
    expect(text).toContain('\nrevision: 5\nstatus: active\nupdated: 2027-01-10\nstarted: 2026-10-01\n');
    expect(text).toContain('deadline: 2026-12-31} # schon vorbei');
  });

  it('takes the section under its own key too, by its German name', async () => {
    await writeFile(file('kritik.yaml'), 'criticism:\n  response_time_hours: 4\n  escalation:\n    - {level: 1, who: Lea Brandt}\n');
    const result = await edit(['kritik', '--answers', 'kritik.yaml']);
    expect(result.code).toBe(0);
    const document = await StrategyDocument.load(file());
    expect(document.data).toMatchObject({ revision: 5, criticism: { response_time_hours: 4, escalation: [{ level: 1, who: 'Lea Brandt' }] } });
    expect(await read()).toMatch(/\nteam:\n[^]*\ncriticism:\n {2}response_time_hours: 4\n/);
  });

  it('replaces a list section from a list', async () => {
    await writeFile(file('goals.json'), JSON.stringify([{ id: 'vorbestellungen', objective: 'Pendler bestellen per WhatsApp vor' }, { id: 'bewertungen', kpi: { metric: 'Google-Bewertungen', target: 100, deadline: '2027-12-31' } }]));
    const result = await edit(['goals', '--answers', 'goals.json']);
    expect(result.code).toBe(0);
    const goals = (await StrategyDocument.load(file())).data as { goals: unknown[] };
    expect(goals.goals).toEqual([
      { id: 'vorbestellungen', objective: 'Pendler bestellen per WhatsApp vor' },
      { id: 'bewertungen', kpi: { metric: 'Google-Bewertungen', target: 100, deadline: '2027-12-31' } },
    ]);
  });

  it('reports invalid answers at their position in the answers file and changes nothing', async () => {
    await writeFile(file('team.yaml'), 'owner: {name: Mia Wolf}\nbudget:\n  period: daily\n');
    const result = await edit(['team', '--answers', 'team.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'team.yaml:3:11: „team.budget.period“ ist „daily“; erlaubt sind: week, month, quarter, year.\nsmplan: Fehler: die Antworten in team.yaml sind nicht gültig (siehe oben); es wurde nichts geschrieben\n',
    );
    expect(await read()).toBe(STRATEGY);
  });

  it('says when nothing changes, and leaves the file alone', async () => {
    await writeFile(file('team.yaml'), 'hours_per_week: 3\n');
    const result = await edit(['team', '--answers', 'team.yaml']);
    expect(result).toMatchObject({ code: 0, stdout: 'Keine Änderungen; smplan.yaml ist unverändert.\n' });
    expect(await read()).toBe(STRATEGY);
  });
});

describe('edit refuses', () => {
  it('an unknown section', async () => {
    const result = await edit(['zeile']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('there is no section "zeile"; choose one of: goals, audiences, team, employees, criticism');
  });

  it('to ask without a terminal', async () => {
    const result = await edit(['team']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('edit needs a terminal to ask its questions; give the answers in a file with --answers <file>');
  });

  it('a file that is not a valid strategy', async () => {
    await writeFile(file(), 'smplan: 1\ncompany: {name: X}\nstarted: 2027-02-30\n');
    await writeFile(file('team.yaml'), 'hours_per_week: 3\n');
    const result = await edit(['team', '--answers', 'team.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/smplan\.yaml:3:10: .*2027-02-30/);
  });
});

describe('edit in a terminal', () => {
  const goalQuestions = ['objective', 'id', 'type', 'channels', 'kpi.metric', 'kpi.source', 'kpi.unit', 'kpi.per', 'kpi.baseline', 'kpi.target', 'kpi.deadline', 'business_outcome', 'value_per_unit'];

  it('offers the current answers: Enter throughout changes nothing, a past deadline included', async () => {
    const session = new PtySession(['edit', 'goals'], { cwd: folder, env: { LANG: 'de_DE.UTF-8', SMPLAN_TODAY: '2027-01-10' } });
    await session.answer('goals.review', `2${KEYS.enter}`, 'de'); // change: every answer offered again
    for (const id of goalQuestions) await session.answer(`goals.${id}`, KEYS.enter, 'de');
    await session.answer('goals.another', KEYS.enter, 'de');
    expect(await session.exited()).toMatchObject({ exitCode: 0 });
    expect(session.output).toContain('Keine Änderungen; smplan.yaml ist unverändert.');
    expect(await read()).toBe(STRATEGY);
    expect(existsSync(file('smplan.yaml'))).toBe(true);
  }, 30_000);

  describe('a file with two goals', () => {
    const TWO = STRATEGY.replace(
      '      - {date: 2026-11-30, value: 12}\n',
      '      - {date: 2026-11-30, value: 12}\n  - id: torten\n    objective: Kunden bestellen Torten vor\n    kpi: {metric: Tortenbestellungen, baseline: 4, target: 15, deadline: 2027-10-31}\n    measurements:\n      - {date: 2026-11-30, value: 5}\n      - {date: 2026-12-31, value: 6}\n',
    );
    const goalsOf = async () => (parse(await read()).goals as { id: string }[]).map((goal) => goal.id);
    beforeEach(async () => {
      await writeFile(file(), TWO);
    });

    it('keeps the second goal when the person says no to another goal', async () => {
      const session = new PtySession(['edit', 'ziele'], { cwd: folder, env: { LANG: 'de_DE.UTF-8', SMPLAN_TODAY: '2027-01-10' } });
      await session.answer('goals.review', `2${KEYS.enter}`, 'de');
      for (const id of goalQuestions) await session.answer(`goals.${id}`, id === 'kpi.target' ? `${KEYS.backspace.repeat(2)}40${KEYS.enter}` : KEYS.enter, 'de');
      await session.answer('goals.review', KEYS.enter, 'de'); // keep
      await session.answer('goals.another', `n${KEYS.enter}`, 'de');
      await session.answer('write', KEYS.enter, 'de');
      expect(await session.exited()).toMatchObject({ exitCode: 0 });
      // the change is shown in the words of smplan diff before it is written
      expect(session.output).toContain('Diese Änderungen werden geschrieben:');
      expect(session.output).toMatch(/~ .*vorbestellungen.*30.*40/);
      // all of it in German (commands and file names aside; typed text shows letter by letter, so no two-letter words)
      const said = session.output.replace(/smplan \S+( \S+)?|\S+\.ya?ml|\S+\/\S+/g, '');
      expect(said).not.toMatch(/\b(the|and|has|not|error|warning|goals?|target|deadline|baseline|section|changes?|keep|remove|write|which|what|your)\b/i);
      expect(await goalsOf()).toEqual(['vorbestellungen', 'torten']);
      expect(parse(await read()).goals[1].measurements).toHaveLength(2);
    }, 30_000);

    it('removes a goal only when asked and confirmed, naming its measurements', async () => {
      let session = new PtySession(['edit', 'ziele'], { cwd: folder, env: { LANG: 'de_DE.UTF-8', SMPLAN_TODAY: '2027-01-10' } });
      await session.answer('goals.review', KEYS.enter, 'de');
      await session.answer('goals.review', `3${KEYS.enter}`, 'de'); // remove torten …
      await session.answer('goals.remove', KEYS.enter, 'de'); // … but the default is no
      await session.answer('goals.another', KEYS.enter, 'de');
      expect(await session.exited()).toMatchObject({ exitCode: 0 });
      expect(session.output).toContain('„torten“ mit seinen 2 erfassten Messwerten entfernen?');
      expect(await read()).toBe(TWO);

      session = new PtySession(['edit', 'ziele'], { cwd: folder, env: { LANG: 'de_DE.UTF-8', SMPLAN_TODAY: '2027-01-10' } });
      await session.answer('goals.review', KEYS.enter, 'de');
      await session.answer('goals.review', `3${KEYS.enter}`, 'de');
      await session.answer('goals.remove', `j${KEYS.enter}`, 'de');
      await session.answer('goals.another', KEYS.enter, 'de');
      await session.answer('write', KEYS.enter, 'de');
      expect(await session.exited()).toMatchObject({ exitCode: 0 });
      expect(session.output).toMatch(/- .*torten/);
      expect(await goalsOf()).toEqual(['vorbestellungen']);
    }, 30_000);

    it('edits one goal by its id, and names the ids when there is no such goal', async () => {
      const session = new PtySession(['edit', 'ziele', 'torten'], { cwd: folder, env: { LANG: 'de_DE.UTF-8', SMPLAN_TODAY: '2027-01-10' } });
      for (const id of goalQuestions) await session.answer(`goals.${id}`, id === 'kpi.target' ? `${KEYS.backspace.repeat(2)}20${KEYS.enter}` : KEYS.enter, 'de');
      await session.answer('write', KEYS.enter, 'de');
      expect(await session.exited()).toMatchObject({ exitCode: 0 });
      const goals = parse(await read()).goals as { id: string; kpi: { target: number } }[];
      expect(goals.map((goal) => [goal.id, goal.kpi.target])).toEqual([
        ['vorbestellungen', 30],
        ['torten', 20],
      ]);
      const missing = new PtySession(['edit', 'goals', 'kuchen'], { cwd: folder, env: { LANG: 'en_US.UTF-8', SMPLAN_TODAY: '2027-01-10' } });
      expect(await missing.exited()).toMatchObject({ exitCode: 2 });
      // the file is German, so is the message
      expect(missing.output.replace(/\s+/g, ' ')).toContain('in Ziele von smplan.yaml gibt es kein „kuchen“; die Kennungen sind: vorbestellungen, torten');
    }, 30_000);
  });

  it('writes a changed answer back and raises the revision', async () => {
    const session = new PtySession(['edit', 'team'], { cwd: folder, env: { LANG: 'en_US.UTF-8', SMPLAN_TODAY: '2027-01-10' } });
    await session.answer('team.owner.name', `Mia Wolf${KEYS.enter}`, 'de');
    for (const id of TEAM_AFTER_OWNER) await session.answer(id, KEYS.enter, 'de');
    await session.answer('team.reporting.cadence', `${KEYS.enter}`, 'de');
    await session.answer('team.reporting.to', KEYS.enter, 'de');
    await session.answer('write', KEYS.enter, 'de');
    expect(await session.exited()).toMatchObject({ exitCode: 0 });
    const text = await read();
    // the suggestions for what was missing are accepted with Enter too: reporting, monthly, to the sponsor
    expect(text).toContain('  owner: {name: Mia Wolf, role: Kasse}\n  executive_sponsor: {name: Petra Brandt}\n  hours_per_week: 3 # dienstags und freitags\n  reporting: {cadence: monthly, to: Petra Brandt}\n  x_tools: [Canva]\n');
    expect(text).toContain('\nrevision: 5\n');
  }, 30_000);

  it('shows a default from the file with its control characters escaped, never sent to the terminal', async () => {
    await writeFile(file(), STRATEGY.replace('{name: Lea Brandt, role: Kasse}', '{name: "Lea\\e]0;owned\\a\\e[2J\\x9b31m", role: Kasse}'));
    const session = new PtySession(['edit', 'team'], { cwd: folder, env: { LANG: 'en_US.UTF-8', SMPLAN_TODAY: '2027-01-10' } });
    await session.answer('team.owner.name', '', 'de');
    await session.waitFor('\\x1b]0;owned\\x07\\x1b[2J\\x9b31m');
    session.write(KEYS.ctrlC);
    expect(await session.exited()).toMatchObject({ exitCode: 130 });
    expect(session.rawOutput).not.toContain('\x1b]0;owned');
    expect(session.rawOutput).not.toContain('\x1b[2J');
    expect(session.rawOutput).not.toContain('\u009b');
  }, 30_000);

  it('never writes over a change made while its questions were open, and keeps the answers for --answers', async () => {
    const session = new PtySession(['edit', 'team'], { cwd: folder, env: { LANG: 'en_US.UTF-8', SMPLAN_TODAY: '2027-01-10' } });
    await session.answer('team.owner.name', `Mia Wolf${KEYS.enter}`, 'de');
    for (const id of TEAM_AFTER_OWNER) await session.answer(id, KEYS.enter, 'de');
    await session.answer('team.reporting.cadence', KEYS.enter, 'de');
    await session.answer('team.reporting.to', KEYS.enter, 'de');
    await session.waitFor(formatMessage(MESSAGES.confirmChanges, 'de', { file: 'smplan.yaml' }));
    // Someone records a value while the question is on the screen.
    const tracked = await runCli(['track', 'vorbestellungen', '14', '--date', '2026-12-07'], { cwd: folder, env: { SMPLAN_TODAY: '2027-01-10' } });
    expect(tracked.code, tracked.stderr).toBe(0);
    session.write(KEYS.enter);
    expect(await session.exited()).toMatchObject({ exitCode: 2 });
    const kept = /(smplan\.yaml\.team-answers-\d+\.yaml)/.exec(session.output.replace(/\n/g, ''))?.[1];
    expect(kept, session.output).toBeDefined();
    expect(await read()).toContain('value: 14');
    expect(await read()).not.toContain('Mia Wolf');

    const applied = await edit(['team', '--answers', kept!]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(await read()).toContain('Mia Wolf');
    expect(await read()).toContain('value: 14');
  }, 30_000);
});

describe('comments belong to their item', () => {
  it('removes the disable comment of a goal that --answers drops, and keeps the others where they were', async () => {
    await writeFile(
      file(),
      `smplan: 1
company: {name: Kiosk}
goals:
  # smplan-disable-next-line goals/baseline -- unknown until launch
  - id: first
    kpi: {metric: Orders, target: 30, deadline: 2027-12-31}
  # about the second goal
  - id: second
    kpi: {metric: Reviews, baseline: 3, target: 30, deadline: 2027-12-31}
  - id: third
    kpi: {metric: Leads, baseline: 0, target: 9, deadline: 2027-12-31}
`,
    );
    await writeFile(file('goals.yaml'), 'goals:\n  - id: second\n    kpi: {metric: Reviews, baseline: 3, target: 40, deadline: 2027-12-31}\n  - id: third\n    kpi: {metric: Leads, baseline: 0, target: 9, deadline: 2027-12-31}\n');
    const result = await edit(['goals', '--answers', 'goals.yaml']);
    expect(result.code, result.stderr).toBe(0);
    const text = await read();
    expect(text).not.toContain('smplan-disable-next-line');
    expect(text).toMatch(/# about the second goal\n\s+- id: second/);
    expect(text).toContain('target: 40');
  });
});
