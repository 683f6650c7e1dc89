// `smplan init` as a person uses it: the built CLI in a real pseudo-terminal.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../src/base/message.js';
import { runCli } from '../helpers/cli.js';
import { KEYS, PtySession, selectKeys } from '../helpers/pty.js';

const { enter } = KEYS;
const LOCALE = { de: 'de_DE.UTF-8', en: 'en_US.UTF-8' } as const;

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'smplan-init-pty-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function start(language: Language, args: string[] = [], env: Record<string, string> = {}): PtySession {
  const file = args.find((arg) => !arg.startsWith('-'));
  // drafts of stopped interviews go to the test's own cache folder
  return new PtySession(['init', ...args], { cwd: folder, env: { LANG: LOCALE[language], XDG_CACHE_HOME: join(folder, 'cache'), ...env }, file });
}

/** Answers in order: [question id, keys]; `{ wait }` waits for a text first (a validation message). */
type Step = [id: string, keys: string] | { wait: string; keys: string };

async function run(session: PtySession, language: Language, steps: Step[]): Promise<void> {
  for (const step of steps) {
    if (Array.isArray(step)) await session.answer(step[0], step[1], language);
    else {
      await session.waitFor(step.wait);
      session.write(step.keys);
    }
  }
}

async function checkErrors(file: string): Promise<{ code: number | null; stdout: string }> {
  const result = await runCli(['check', '--format', 'json', file], { cwd: folder });
  return { code: result.code, stdout: result.stdout };
}

describe('smplan init in a terminal', () => {
  it('takes a busy owner to a complete German strategy without a template in at most 40 prompts', async () => {
    const session = start('de');
    const type = (id: string, text: string): Step => [id, `${text}${enter}`];
    const accept = (id: string): Step => [id, enter];
    const pick = (id: string, value: string | undefined): Step => [id, selectKeys(id, value)];
    const steps: Step[] = [
      type('company.name', 'Bäckerei Kunz'),
      pick('company.size', 'small'),
      accept('started'),
      // 1. goals: the words, what is counted, from where to where by when, and what one is worth
      type('goals.objective', 'Kunden bestellen Torten per Instagram-Nachricht vor'),
      accept('goals.id'),
      type('goals.kpi.metric', 'Tortenbestellungen pro Monat'),
      accept('goals.kpi.per'),
      type('goals.kpi.baseline', '4'),
      type('goals.kpi.target', '+11'),
      type('goals.kpi.deadline', '31.10.2027'),
      type('goals.value_per_unit', '35,50 € × 40 %'),
      ['goals.another', `n${enter}`],
      // 2. a target group and where it is reached
      type('audiences.name', 'Eltern aus der Nachbarschaft'),
      type('audiences.channels', 'Instagram'),
      ['audiences.another', `n${enter}`],
      // 3. who does it, who backs it, and what it costs
      type('team.owner.name', 'Anna Kunz'),
      type('team.executive_sponsor.name', 'Karl Kunz'),
      type('team.hours_per_week', '3'),
      type('team.hourly_rate', '18,50'),
      type('team.budget.amount', '50'),
      accept('team.budget.period'),
      // 4. one rule for everyone
      accept('employees.guidelines.topic'),
      type('employees.guidelines.rule', 'Wer privat über uns schreibt, sagt, dass er hier arbeitet.'),
      ['employees.guidelines.another', `n${enter}`],
      // 5. how fast criticism is answered
      type('criticism.response_time_hours', '4'),
      ['details', `n${enter}`],
      ['write', `j${enter}`],
    ];
    await run(session, 'de', steps);
    expect(await session.exited()).toMatchObject({ exitCode: 0 });
    // every prompt was one step of the script, and the run ended after the last: this is the count
    expect(steps.length).toBeLessThanOrEqual(40);
    expect(session.output.replace(/\s+/g, ' ')).toContain('etwa 30 kurze Antworten (10 Minuten)');
    expect(session.output).toContain('+11 = 15');
    // the whole conversation in German: no word only an English sentence has (commands aside; the screen
    // also holds each answer as it was typed, letter by letter, so words of two letters prove nothing)
    const said = session.output.replace(/smplan \S+( \S+)?|\S+\.ya?ml|\S+\/\S+/g, '');
    expect(said).not.toMatch(/\b(the|and|has|not|error|warning|goals?|target|deadline|baseline|recorded|days|written|next|steps?|which|what|your)\b/i);
    expect(session.output).toContain('35,50 € × 40 % = 14,2');

    const text = await readFile(join(folder, 'smplan.yaml'), 'utf8');
    // No smplan in this folder's node_modules: the modeline points at the copy init writes beside the strategy.
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\/\.smplan\/strategy-v1\.json\n/);
    expect(existsSync(join(folder, '.smplan/strategy-v1.json'))).toBe(true);
    expect(text).toContain('\nlanguage: de\nrevision: 1\nstatus: draft\nupdated: 2027-01-01\nstarted: 2027-01-01\n');
    expect(text).toContain('per: month');
    expect(text).toContain('target: 15');
    expect(text).toContain('value_per_unit: 14.2');
    const check = await checkErrors('smplan.yaml');
    expect(JSON.parse(check.stdout)[0].errorCount).toBe(0);
    expect(check.code).toBe(0);
  }, 60_000);

  it('asks the details after the essentials when wanted, in English, over an old file with --force', async () => {
    await mkdir(join(folder, 'clients'));
    await writeFile(join(folder, 'clients/kunz.smplan.yaml'), 'smplan: 1\ncompany: {name: Old}\n');
    const session = start('en', ['clients/kunz.smplan.yaml', '--force']);
    const type = (id: string, text: string): Step => [id, `${text}${enter}`];
    const accept = (id: string): Step => [id, enter];
    await run(session, 'en', [
      accept('company.name'),
      ['company.size', selectKeys('company.size', 'micro')],
      type('started', '2027-01-15'),
      type('goals.objective', 'Neighbours order cakes for birthdays through Instagram'),
      accept('goals.id'),
      type('goals.kpi.metric', 'Cake orders via Instagram per month'),
      accept('goals.kpi.per'),
      type('goals.kpi.baseline', '2'),
      type('goals.kpi.target', '10'),
      type('goals.kpi.deadline', '2027-12-31'),
      accept('goals.value_per_unit'),
      ['goals.another', `n${enter}`],
      type('audiences.name', 'Parents within 2 km'),
      type('audiences.channels', 'instagram'),
      ['audiences.another', `n${enter}`],
      type('team.owner.name', 'Mia Kunz'),
      type('team.executive_sponsor.name', 'Paul Kunz'),
      type('team.hours_per_week', '2'),
      type('team.hourly_rate', '15'),
      accept('team.budget.amount'),
      accept('employees.guidelines.topic'),
      type('employees.guidelines.rule', 'Say that you work here when you post about us.'),
      ['employees.guidelines.another', `n${enter}`],
      type('criticism.response_time_hours', '12'),
      ['details', `y${enter}`],
      // the details, section by section, the items named in the first pass
      accept('company.industry'),
      accept('company.country'),
      type('company.currency', 'gbp'),
      accept('next_review'),
      ['goals.type', selectKeys('goals.type', 'sales')],
      accept('goals.channels'),
      type('goals.kpi.source', 'Order book'),
      accept('goals.kpi.unit'),
      type('goals.business_outcome', 'Cake sales beyond the counter'),
      accept('audiences.id'),
      accept('audiences.description'),
      type('audiences.needs', 'a cake without a trip to town'),
      accept('audiences.location'),
      accept('audiences.age'),
      accept('team.owner.role'),
      accept('team.executive_sponsor.role'),
      accept('team.deputy.name'),
      type('team.coordination', 'Fridays after closing'),
      accept('team.approval'),
      accept('team.reporting.cadence'),
      accept('team.reporting.to'),
      type('employees.involvement', 'Everyone collects cake photos'),
      accept('employees.spokespeople'),
      accept('employees.training'),
      accept('criticism.monitoring'),
      accept('criticism.deletion_policy'),
      accept('criticism.escalation.trigger'),
      accept('criticism.escalation.who'),
      accept('criticism.escalation.within_hours'),
      ['criticism.escalation.another', `n${enter}`],
      accept('criticism.scenarios.type'),
      type('criticism.scenarios.response', 'Thank them, apologise and offer a new cake'),
      ['criticism.scenarios.another', `n${enter}`],
      ['write', enter],
    ]);
    expect(await session.exited()).toMatchObject({ exitCode: 0 });
    expect(session.output).toContain('Executive sponsor: Paul Kunz');
    expect(session.output).not.toContain('already exists');
    const text = await readFile(join(folder, 'clients/kunz.smplan.yaml'), 'utf8');
    expect(text).toContain('company:\n  name: Kunz\n  size: micro\n  currency: GBP\nlanguage: en\n');
    expect(text).toContain('\n# 1. What are our goals – and how do we measure them?\ngoals:\n  - id: neighbours-order-cakes-for\n');
    expect(text).toContain('source: Order book');
    // the whole conversation in English
    const said = session.output.replace(/smplan \S+( \S+)?|\S+\.ya?ml|\S+\/\S+/g, '');
    expect(said).not.toMatch(/\b(der|die|das|und|ist|nicht|Fehler|Warnung|Ziele?|Zielwert|Frist|Ausgangswert|Zielgruppen?|Sie|Ihre?)\b/);
    const check = await checkErrors('clients/kunz.smplan.yaml');
    expect(JSON.parse(check.stdout)[0].errorCount).toBe(0);
  }, 60_000);

  /** The German short path of the first test, as steps. */
  const germanSteps = (): Step[] => {
    const type = (id: string, text: string): Step => [id, `${text}${enter}`];
    const accept = (id: string): Step => [id, enter];
    return [
      type('company.name', 'Bäckerei Kunz'),
      [ 'company.size', selectKeys('company.size', 'small') ],
      accept('started'),
      type('goals.objective', 'Kunden bestellen Torten per Instagram-Nachricht vor'),
      accept('goals.id'),
      type('goals.kpi.metric', 'Tortenbestellungen pro Monat'),
      accept('goals.kpi.per'),
      type('goals.kpi.baseline', '4'),
      type('goals.kpi.target', '15'),
      type('goals.kpi.deadline', '31.10.2027'),
      accept('goals.value_per_unit'),
      ['goals.another', `n${enter}`],
      type('audiences.name', 'Eltern aus der Nachbarschaft'),
      type('audiences.channels', 'Instagram'),
      ['audiences.another', `n${enter}`],
      type('team.owner.name', 'Anna Kunz'),
      type('team.executive_sponsor.name', 'Karl Kunz'),
      accept('team.hours_per_week'),
      accept('team.hourly_rate'),
      accept('team.budget.amount'),
      accept('employees.guidelines.topic'),
      type('employees.guidelines.rule', 'Wer privat über uns schreibt, sagt, dass er hier arbeitet.'),
      ['employees.guidelines.another', `n${enter}`],
      type('criticism.response_time_hours', '4'),
      ['details', `n${enter}`],
      ['write', `j${enter}`],
    ];
  };
  const index = (steps: Step[], id: string) => steps.findIndex((step) => Array.isArray(step) && step[0] === id);

  it('goes back to the previous question with < and its answer as the suggestion', async () => {
    const steps = germanSteps();
    const metric = index(steps, 'goals.kpi.metric');
    const session = start('de');
    await run(session, 'de', steps.slice(0, metric));
    // at the metric: back to the id, whose earlier answer is the suggestion, and a better one typed
    await session.answer('goals.kpi.metric', `<${enter}`, 'de');
    await session.answer('goals.id', '', 'de');
    await session.waitFor('(torten-instagram-nachricht)');
    session.write(`${KEYS.backspace.repeat(40)}torten${enter}`);
    await run(session, 'de', steps.slice(metric));
    expect(await session.exited()).toMatchObject({ exitCode: 0 });
    const text = await readFile(join(folder, 'smplan.yaml'), 'utf8');
    expect(text).toContain('  - id: torten\n');
    expect(text).toContain('objective: Kunden bestellen Torten per Instagram-Nachricht vor');
    expect(session.output.replace(/\s+/g, ' ')).toContain('Mit < (oder „zurück“) geht es zur vorigen Frage.');
  }, 60_000);

  it('keeps the answers of an interview stopped with Ctrl-C in a draft, and init --resume finishes it', async () => {
    const steps = germanSteps();
    const stop = index(steps, 'audiences.channels');
    let session = start('de');
    await run(session, 'de', steps.slice(0, stop));
    await session.answer('audiences.channels', KEYS.ctrlC, 'de');
    expect(await session.exited()).toMatchObject({ exitCode: 130 });
    expect(existsSync(join(folder, 'smplan.yaml'))).toBe(false);
    const draft = /(\/\S+\/smplan\/drafts\/[0-9a-f]+\.json)/.exec(session.output.replace(/\s*\n\s*/g, ''))?.[1];
    expect(session.output).toContain(`Ihre bisherigen ${stop} Antworten sind in`);
    expect(draft && existsSync(draft), session.output).toBe(true);

    session = start('de', ['--resume']);
    await run(session, 'de', steps.slice(stop));
    expect(await session.exited()).toMatchObject({ exitCode: 0 });
    const text = await readFile(join(folder, 'smplan.yaml'), 'utf8');
    // every answer before the stop is in the file
    expect(text).toContain('name: Bäckerei Kunz');
    expect(text).toContain('objective: Kunden bestellen Torten per Instagram-Nachricht vor');
    expect(text).toContain('name: Eltern aus der Nachbarschaft');
    expect(text).toContain('channels: [instagram]');
    expect(existsSync(draft!)).toBe(false);
  }, 60_000);

  it('offers the draft at the next init of the same file', async () => {
    const steps = germanSteps();
    let session = start('de');
    await run(session, 'de', steps.slice(0, 4));
    await session.answer('goals.id', KEYS.ctrlC, 'de');
    expect(await session.exited()).toMatchObject({ exitCode: 130 });
    session = start('de');
    await session.answer('resume', `j${enter}`, 'de');
    await run(session, 'de', steps.slice(4));
    expect(await session.exited()).toMatchObject({ exitCode: 0 });
    expect(await readFile(join(folder, 'smplan.yaml'), 'utf8')).toContain('name: Bäckerei Kunz');
  }, 60_000);

  it('stops at Ctrl-C with one line and exit code 130, writing nothing', async () => {
    const session = start('en');
    await session.answer('company.name', `Kiosk${enter}`, 'en');
    await session.answer('company.size', KEYS.ctrlC, 'en');
    expect(await session.exited()).toMatchObject({ exitCode: 130 });
    expect(session.output).toContain('smplan: cancelled; nothing was written');
    expect(session.output).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(folder, 'smplan.yaml'))).toBe(false);
  });

  it('asks before overwriting an existing file, and leaves it alone on no', async () => {
    await writeFile(join(folder, 'smplan.yaml'), 'smplan: 1\ncompany: {name: Mine}\n');
    const session = start('de');
    await session.answer('overwrite', `${enter}`, 'de'); // the default is no
    expect(await session.exited()).toMatchObject({ exitCode: 0 });
    expect(session.output).toContain('Nichts geschrieben; smplan.yaml ist unverändert.');
    expect(await readFile(join(folder, 'smplan.yaml'), 'utf8')).toBe('smplan: 1\ncompany: {name: Mine}\n');
  });

  it('refuses to ask in CI even with a terminal', async () => {
    const session = start('en', [], { CI: 'true' });
    expect(await session.exited(5000)).toMatchObject({ exitCode: 2 });
    expect(session.output.trim()).toMatch(/^smplan: error: init needs a terminal .*--answers <file>.*--yes/);
    expect(existsSync(join(folder, 'smplan.yaml'))).toBe(false);
  });
});
