/**
 * One answer per file: `check` accepts a file exactly when the commands that
 * need a well-formed strategy can read it. `report` refuses exactly the files
 * that get a `schema` finding (or exit 2) from `check`, over the YAML test
 * suite, the templates and mutated strategies.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/engine.js';
import { StrategyDocument } from '../../src/strategy/document.js';
import { runCli } from '../helpers/cli.js';

const suite = fileURLToPath(new URL('../fixtures/yaml-test-suite/', import.meta.url));
const templates = fileURLToPath(new URL('../../templates/', import.meta.url));
const suiteTexts = readdirSync(suite)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(suite, name), 'utf8') }));
const templateTexts = readdirSync(templates)
  .sort()
  .map((name) => ({ name, text: readFileSync(join(templates, name), 'utf8') }));

/** Pieces that break or bend YAML where a person editing by hand might put them. */
const SNIPPETS = ['#', ' #x', '[]', '[]#c', '{', '}', '[a]#b', '{# c\n}', ': ', '- ', '&a ', '*a', '!!str ', '|', '>-\n  x', '"', "'", '\t', '\r\n', '? ', '---\n', '...\n', '%YAML 1.2\n', '~', '0x1F', '1e400', '.nan', '2027-02-30', '  '];

/** A template with a few edits at random places: snippets inserted, lines dropped or repeated. */
const mutated = fc
  .tuple(fc.constantFrom(...templateTexts), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(3)), { minLength: 1, maxLength: 3 }))
  .map(([{ name, text }, edits]) => {
    const lines = text.split('\n');
    for (const [at, pick, kind] of edits) {
      const line = at % lines.length;
      const current = lines[line]!;
      if (kind === 0) lines.splice(line, 1);
      else if (kind === 1) lines.splice(line, 0, current);
      else {
        const column = pick % (current.length + 1);
        lines[line] = current.slice(0, column) + SNIPPETS[pick % SNIPPETS.length] + current.slice(column);
      }
    }
    return { name: `mutated-${name}`, text: lines.join('\n') };
  });

const sampledMutations = fc.sample(mutated, { numRuns: 400, seed: 20261205 });

/** What `check` says of a text in-process: does it report a `schema` finding? */
function checkRefuses(text: string): boolean {
  const document = StrategyDocument.parse('x.yaml', text);
  return lintDocument(document, { language: 'en', today: '2027-01-01' }).some((finding) => finding.ruleId === 'schema');
}

/** What every other command asks of a text: is there a strategy to work on? */
function othersRefuse(text: string): boolean {
  return StrategyDocument.parse('x.yaml', text).strategy === undefined;
}

describe('one reader, one answer', () => {
  it('refuses the same files in check and in the other commands, in-process', () => {
    const all = [...suiteTexts, ...templateTexts, ...sampledMutations];
    let refused = 0;
    for (const { name, text } of all) {
      const refusedByCheck = checkRefuses(text);
      expect(othersRefuse(text), name).toBe(refusedByCheck);
      if (refusedByCheck) refused++;
    }
    // Both kinds occur, or the comparison would say nothing.
    expect(refused).toBeGreaterThan(100);
    expect(all.length - refused).toBeGreaterThan(50);
  });

  it.each(['audiences: []#none yet', 'audiences: [a]#b', 'audiences: {# c\n}'])('judges %j the same way everywhere', async (snippet) => {
    const folder = mkdtempSync(join(tmpdir(), 'smplan-one-reader-'));
    writeFileSync(join(folder, 'smplan.yaml'), `smplan: 1\ncompany: {name: Kiosk}\n${snippet}\n`);
    const check = await runCli(['check', '--format', 'json', 'smplan.yaml'], { cwd: folder });
    const report = await runCli(['report', '--format', 'json', 'smplan.yaml'], { cwd: folder });
    const schemaFindings = (JSON.parse(check.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.filter((m) => m.ruleId === 'schema');
    expect(report.code === 0, `${check.stdout}\n${report.stderr}`).toBe(schemaFindings.length === 0);
  });

  it('gives the same answer through the built CLI, for a sample of files', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'smplan-one-reader-'));
    const sample = [...suiteTexts.filter((_, index) => index % 12 === 0), ...templateTexts, ...sampledMutations.slice(0, 40)];
    const names = sample.map(({ text }, index) => {
      const name = `case-${String(index).padStart(3, '0')}.yaml`;
      writeFileSync(join(folder, name), text);
      return name;
    });
    const check = await runCli(['check', '--format', 'json', ...names], { cwd: folder, timeoutMs: 60_000 });
    const results = new Map((JSON.parse(check.stdout) as { filePath: string; messages: { ruleId: string }[] }[]).map((result) => [basename(result.filePath), result]));
    const refusedByCheck = new Set(names.filter((name) => !results.has(name) || results.get(name)!.messages.some((m) => m.ruleId === 'schema')));

    const reports: { name: string; code: number | null }[] = [];
    for (let start = 0; start < names.length; start += 4) {
      const batch = names.slice(start, start + 4);
      reports.push(...(await Promise.all(batch.map(async (name) => ({ name, code: (await runCli(['report', '--format', 'json', name], { cwd: folder })).code })))));
    }
    for (const { name, code } of reports) expect(code !== 0, name).toBe(refusedByCheck.has(name));
  }, 180_000);
});
