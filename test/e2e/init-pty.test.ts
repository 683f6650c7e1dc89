// `smplan init` as a person uses it: the built CLI in a real pseudo-terminal.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { problemText } from '../../src/interview/answer.js';
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
  return new PtySession(['init', ...args], { cwd: folder, env: { LANG: LOCALE[language], ...env }, file });
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
  it('interviews in German (from the locale) and writes a strategy that check finds no errors in', async () => {
    const session = start('de');
    const type = (id: string, text: string): Step => [id, `${text}${enter}`];
    const accept = (id: string): Step => [id, enter];
    const pick = (id: string, value: string | undefined): Step => [id, selectKeys(id, value)];
    await run(session, 'de', [
      type('company.name', 'Bäckerei Kunz'),
      pick('company.size', 'small'),
      type('company.industry', 'Bäckerei'),
      type('company.country', 'de'),
      accept('company.currency'),
      accept('started'),
      accept('next_review'),
      // 1. goals
      type('goals.objective', 'Stammkunden bestellen ihr Frühstück per WhatsApp vor'),
      type('goals.id', 'vorbestellungen'),
      pick('goals.type', 'sales'),
      type('goals.channels', 'WhatsApp, Instagram'),
      type('goals.kpi.metric', 'Vorbestellungen per WhatsApp pro Woche'),
      type('goals.kpi.source', 'Strichliste an der Kasse'),
      type('goals.kpi.unit', 'Vorbestellungen pro Woche'),
      accept('goals.kpi.per'),
      type('goals.kpi.baseline', '0'),
      type('goals.kpi.target', '25'),
      type('goals.kpi.deadline', '2027-02-30'),
      // re-asked with the reason; what was typed is still there to correct
      { wait: problemText({ code: 'not-a-date', data: { value: '2027-02-30', example: '2027-01-01' } }, 'de'), keys: `${KEYS.backspace.repeat(2)}28${enter}` },
      type('goals.business_outcome', 'Zusatzumsatz vor 8 Uhr'),
      type('goals.value_per_unit', '3,50 € × 40 %'),
      ['goals.another', `n${enter}`],
      // 2. audiences
      type('audiences.name', 'Berufstätige aus der Nachbarschaft'),
      accept('audiences.id'),
      accept('audiences.description'),
      type('audiences.needs', 'Frühstück ohne Warten, frische Brötchen ab 6 Uhr'),
      accept('audiences.channels'),
      type('audiences.location', 'Leipzig-Südvorstadt'),
      type('audiences.age', '25-60'),
      ['audiences.another', `n${enter}`],
      // 3. team
      type('team.owner.name', 'Anna Kunz'),
      type('team.owner.role', 'Verkauf'),
      type('team.executive_sponsor.name', 'Karl Kunz'),
      type('team.executive_sponsor.role', 'Inhaber'),
      accept('team.deputy.name'),
      type('team.hours_per_week', '3'),
      type('team.hourly_rate', '18,50'),
      type('team.budget.amount', '40'),
      accept('team.budget.period'),
      type('team.coordination', 'Montags 15 Minuten'),
      type('team.approval', 'Anna postet selbst; Preisaktionen gibt Karl frei'),
      accept('team.reporting.cadence'),
      accept('team.reporting.to'),
      // 4. employees
      type('employees.involvement', 'Alle dürfen Beiträge teilen'),
      accept('employees.spokespeople'),
      type('employees.training', 'Einweisung am ersten Arbeitstag'),
      accept('employees.guidelines.topic'),
      type('employees.guidelines.rule', 'Wer privat über uns schreibt, sagt, dass er hier arbeitet.'),
      accept('employees.guidelines.another'),
      accept('employees.guidelines.topic'),
      type('employees.guidelines.rule', 'Keine Kundendaten und keine Umsätze.'),
      accept('employees.guidelines.another'),
      accept('employees.guidelines.topic'),
      type('employees.guidelines.rule', 'Auf Kritik antworten nur Anna oder Karl.'),
      accept('employees.guidelines.another'),
      // 5. criticism
      type('criticism.monitoring', 'Anna liest täglich Bewertungen und Kommentare'),
      type('criticism.response_time_hours', '4'),
      type('criticism.deletion_policy', 'Nur Beleidigungen und Spam werden verborgen'),
      type('criticism.escalation.trigger', 'Einzelne Beschwerde'),
      accept('criticism.escalation.who'),
      type('criticism.escalation.within_hours', '4'),
      accept('criticism.escalation.another'),
      type('criticism.escalation.trigger', 'Mehrere Beschwerden oder eine Presseanfrage'),
      accept('criticism.escalation.who'),
      type('criticism.escalation.within_hours', '2'),
      accept('criticism.escalation.another'),
      accept('criticism.scenarios.type'),
      type('criticism.scenarios.response', 'Freundlich danken und eine Lösung anbieten'),
      accept('criticism.scenarios.another'),
      accept('criticism.scenarios.type'),
      type('criticism.scenarios.response', 'Nicht füttern'),
      accept('criticism.scenarios.another'),
      accept('criticism.scenarios.type'),
      type('criticism.scenarios.response', 'Karl entscheidet binnen 2 Stunden'),
      accept('criticism.scenarios.another'),
      ['write', `j${enter}`],
    ]);
    expect(await session.exited()).toMatchObject({ exitCode: 0 });
    expect(session.output).toContain('Zusammenfassung');
    expect(session.output).toContain('vorbestellungen: 25 Vorbestellungen pro Woche bis 2027-02-28 (Ausgangswert 0)');
    expect(session.output).toContain('git add smplan.yaml');

    const text = await readFile(join(folder, 'smplan.yaml'), 'utf8');
    // No smplan in this folder's node_modules: the modeline points at the copy init writes beside the strategy.
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\/\.smplan\/strategy-v1\.json\n/);
    expect(existsSync(join(folder, '.smplan/strategy-v1.json'))).toBe(true);
    expect(text).toContain('\nlanguage: de\nrevision: 1\nstatus: draft\nupdated: 2027-01-01\nstarted: 2027-01-01\n');
    expect(text).toContain('\n# 3. Wer kümmert sich darum, und wie wird koordiniert? (Chefsache)\nteam:\n  owner: {name: Anna Kunz, role: Verkauf}\n');
    expect(text).toContain('    channels: [whatsapp, instagram]\n');
    // a number per week, worth its margin: 3,50 € × 40 % is 1,4, shown as typed and as the number it stores
    expect(session.output).toContain('3,50 € × 40 % = 1,4');
    expect(text).toContain('per: week');
    expect(text).toContain('value_per_unit: 1.4');
    const check = await checkErrors('smplan.yaml');
    expect(JSON.parse(check.stdout)[0].errorCount).toBe(0);
    expect(check.code).toBe(0);
  }, 60_000);

  it('interviews in English and writes a strategy that check finds no errors in (over an old file, with --force)', async () => {
    await mkdir(join(folder, 'clients'));
    await writeFile(join(folder, 'clients/kunz.smplan.yaml'), 'smplan: 1\ncompany: {name: Old}\n');
    const session = start('en', ['clients/kunz.smplan.yaml', '--force']);
    const type = (id: string, text: string): Step => [id, `${text}${enter}`];
    const accept = (id: string): Step => [id, enter];
    await run(session, 'en', [
      accept('company.name'),
      ['company.size', selectKeys('company.size', 'micro')],
      accept('company.industry'),
      accept('company.country'),
      type('company.currency', 'gbp'),
      type('started', '2027-01-15'),
      accept('next_review'),
      type('goals.objective', 'Neighbours order cakes for birthdays through Instagram'),
      accept('goals.id'),
      ['goals.type', selectKeys('goals.type', 'sales')],
      type('goals.channels', 'instagram'),
      type('goals.kpi.metric', 'Cake orders via Instagram per month'),
      type('goals.kpi.source', 'Order book'),
      accept('goals.kpi.unit'),
      accept('goals.kpi.per'),
      type('goals.kpi.baseline', '2'),
      type('goals.kpi.target', '10'),
      type('goals.kpi.deadline', '2027-12-31'),
      type('goals.business_outcome', 'Cake sales beyond the counter'),
      accept('goals.value_per_unit'),
      ['goals.another', `n${enter}`],
      type('audiences.name', 'Parents within 2 km'),
      accept('audiences.id'),
      accept('audiences.description'),
      type('audiences.needs', 'a cake without a trip to town'),
      accept('audiences.channels'),
      accept('audiences.location'),
      accept('audiences.age'),
      ['audiences.another', `n${enter}`],
      type('team.owner.name', 'Mia Kunz'),
      accept('team.owner.role'),
      type('team.executive_sponsor.name', 'Paul Kunz'),
      accept('team.executive_sponsor.role'),
      accept('team.deputy.name'),
      type('team.hours_per_week', '2'),
      type('team.hourly_rate', '15'),
      accept('team.budget.amount'),
      type('team.coordination', 'Fridays after closing'),
      accept('team.approval'),
      accept('team.reporting.cadence'),
      accept('team.reporting.to'),
      type('employees.involvement', 'Everyone collects cake photos'),
      accept('employees.spokespeople'),
      accept('employees.training'),
      accept('employees.guidelines.topic'),
      type('employees.guidelines.rule', 'Say that you work here when you post about us.'),
      ['employees.guidelines.another', `n${enter}`],
      accept('criticism.monitoring'),
      type('criticism.response_time_hours', '12'),
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
    const check = await checkErrors('clients/kunz.smplan.yaml');
    expect(JSON.parse(check.stdout)[0].errorCount).toBe(0);
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
