/**
 * One language per run: with a strategy in German (or English) and a locale
 * of the other language, what check, report, diff and track print is in the
 * strategy's language only. Words only one language has serve as markers;
 * what comes from the file (quoted text, ids, key names) is taken out first.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Words of sentences in one language that the other language's sentences do not use. */
const MARKERS = {
  en: /\b(the|and|of|to|is|has|no|not|by|on|error|warning|problems?|goals?|target|deadline|baseline|recorded|days|left|cost|report|retargeted|known)\b/i,
  de: /\b(der|die|das|und|ist|hat|kein|keine|nicht|bis|am|Fehler|Warnung|Befunde?|Ziele?|Zielwert|Frist|Ausgangswert|erfasst|Tage|übrig|Kosten|Bericht|vorhandene)\b/,
} as const;

/** Every text of the strategy files: the names, metrics and units a report shows as they are. */
const fromFiles: string[] = [];
function collect(value: unknown): void {
  if (typeof value === 'string' && value.trim().length > 3) fromFiles.push(value.trim());
  else if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
}

/** What the file itself contributes: its texts, quoted text, rule ids, key paths and the file names. */
function sentencesOnly(output: string): string {
  let text = output;
  for (const value of [...fromFiles, 'nix'].sort((a, b) => b.length - a.length)) if (value) text = text.split(value).join('');
  return text
    .replace(/„[^“]*“|"[^"]*"|«[^»]*»/g, '')
    .replace(/\b[a-z]+\/[a-z-]+\b/g, '')
    .replace(/\b[a-z_]+(\.[a-z_]+)+\b/g, '')
    .replace(/[stu]-(de|en)\.yaml/g, '');
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'smplan-one-language-'));
  for (const language of ['de', 'en'] as const) {
    const template = await readFile(join(ROOT, `templates/kiosk.${language}.yaml`), 'utf8');
    collect(parse(template));
    await writeFile(join(folder, `s-${language}.yaml`), template);
    // the second version: a new target, and a goal without a KPI (findings for check)
    await writeFile(join(folder, `t-${language}.yaml`), template.replace('target: 30', 'target: 40').replace(/\ngoals:\n/, '\ngoals:\n  - id: offen\n'));
  }
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe.each(['de', 'en'] as const)('a strategy in %s, with a locale of the other language', (language) => {
  const other = language === 'de' ? 'en' : 'de';
  const env = { SMPLAN_TODAY: '2027-03-15', LANG: other === 'de' ? 'de_DE.UTF-8' : 'en_US.UTF-8' };
  const goal = language === 'de' ? 'vorbestellungen' : 'pre-orders';
  const runs = [
    ['check', `t-${language}.yaml`],
    ['report', `s-${language}.yaml`],
    ['report', '--format', 'markdown', `s-${language}.yaml`],
    ['diff', `s-${language}.yaml`, `t-${language}.yaml`],
    ['track', '-f', `t-${language}.yaml`, goal, '7,5'],
    ['track', '-f', `t-${language}.yaml`, goal, '9', '--date', '2030-01-01'],
    ['track', '-f', `t-${language}.yaml`, 'nix', '3'],
    ['track', '-f', `t-${language}.yaml`, goal, '--delete', '2027-03-14'],
  ];

  it.each(runs.map((args) => [args.join(' '), args] as const))('smplan %s says nothing in the other language', async (_, args) => {
    const result = await runCli(args, { cwd: folder, env });
    const said = sentencesOnly(`${result.stdout}\n${result.stderr}`);
    expect(said.replace(/\s/g, ''), 'says something').not.toBe('');
    expect(said, said).not.toMatch(MARKERS[other]);
  });
});

describe.each(['de', 'en'] as const)('--help under a %s locale', (language) => {
  const other = language === 'de' ? 'en' : 'de';
  const commands = [[], ['init'], ['edit'], ['track'], ['check'], ['rules'], ['schema'], ['report'], ['diff'], ['completion']];

  it.each(commands.map((command) => [command.join(' ') || '(none)', command] as const))('smplan %s --help says nothing in the other language', async (_, command) => {
    const result = await runCli([...command, '--help'], { env: { LANG: language === 'de' ? 'de_DE.UTF-8' : 'en_US.UTF-8' } });
    expect(result.code).toBe(0);
    // what is the program's own words in either language: usage lines, examples, option, argument and
    // command names, placeholders, section names, formats (goal,date,value) and severities (off, warn, error)
    const said = result.stdout
      .replace(/^(Usage|Aufruf):.*$|\$ smplan.*$/gm, '')
      .replace(/^ {2}\S+/gm, '')
      .replace(/--?[a-z-]+|<[^>]+>|\[[^\]]+\]|\((or|oder)\s[^)]*\)/g, '')
      .replace(/\S*[/,;=]\S*[a-z]\S*|\b(off|warn|error)\b/g, '');
    expect(said.replace(/\s/g, ''), 'says something').not.toBe('');
    expect(said, said).not.toMatch(MARKERS[other]);
  });
});

describe.each(['de', 'en'] as const)('command-line errors under a %s locale', (language) => {
  const other = language === 'de' ? 'en' : 'de';
  const mistakes = [['nonsense'], ['chek'], ['check', '--nope'], ['report', '--format', 'xml'], ['edit'], ['track', 'a', 'b', 'c'], ['check', '--lang'], ['check', 'fehlt.yaml'], ['rules', 'goals/nope']];

  it.each(mistakes.map((args) => [args.join(' '), args] as const))('smplan %s says what is wrong in one line of the locale language', async (_, args) => {
    const result = await runCli(args, { cwd: folder, env: { LANG: language === 'de' ? 'de_DE.UTF-8' : 'en_US.UTF-8' } });
    expect(result.code).toBe(2);
    const said = result.stderr.replace(/'[^']*'|"[^"]*"|„[^“]*“|\b\S+\.yaml\b|\bgoals\/\S+/g, '');
    expect(said.trim(), 'says something').not.toBe('');
    expect(said, said).not.toMatch(MARKERS[other]);
  });
});

describe.each(['de', 'en'] as const)('smplan rules under a %s locale', (language) => {
  const other = language === 'de' ? 'en' : 'de';
  const env = { LANG: language === 'de' ? 'de_DE.UTF-8' : 'en_US.UTF-8' };

  it('lists the rules and shows every rule in that language (the examples are YAML)', async () => {
    const listed = await runCli(['rules'], { env });
    const ids = listed.stdout.split('\n').filter(Boolean).map((line) => line.split(/\s+/)[0]!);
    expect(ids.length).toBeGreaterThan(40);
    for (const args of [['rules'], ...ids.map((id) => ['rules', id])]) {
      const result = await runCli(args, { env });
      expect(result.code, args.join(' ')).toBe(0);
      const said = result.stdout
        .replace(/```yaml[\s\S]*?```/g, '')
        .replace(/`[^`]*`|„[^“]*“|"[^"]*"|\{\w+\}/g, '')
        .replace(/\b[a-z]+\/[a-z-]+\b|\b[a-z_]+(\.[a-z_]+)+\b/g, '')
        // severities and the file's key names are the same words in both languages
        .replace(/\b(error|warn|smplan|company|goals|audiences|team|employees|criticism)\b/g, '');
      expect(said, `${args.join(' ')}: ${said}`).not.toMatch(MARKERS[other]);
    }
  }, 120_000);
});
