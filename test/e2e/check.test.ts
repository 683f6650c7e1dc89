/** `smplan check` end to end: the built CLI in temporary folders, as CI runs it. */
import { chmod, copyFile, mkdir, mkdtemp, readFile, readdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const TEMPLATE = new URL('../../templates/kiosk.en.yaml', import.meta.url);

const UNMEASURABLE = `smplan: 1
company: {name: Kiosk}
language: en
goals:
  - id: reach
    objective: More followers
`;

/** Text a malicious or careless author could put in a strategy. */
const HOSTILE = `smplan: 1
company: {name: "Evil\\r\\n::error file=x::pwned"}
language: en
goals:
  - id: evil
    objective: "%0A::error::injected \\u001b[31mred\\u001b[0m more followers\\r\\n::warning::second"
"x-\\u001b[31mred\\u001b]8;;https://example.com\\u0007": link
`;

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'smplan-check-'));
});

async function put(name: string, text: string | Buffer): Promise<string> {
  const path = join(folder, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
  return path;
}

const check = (args: string[], env?: Record<string, string | undefined>) => runCli(['check', ...args], { cwd: folder, env });

describe('smplan check exit codes', () => {
  it('passes a complete template silently with exit 0', async () => {
    await copyFile(TEMPLATE, join(folder, 'smplan.yaml'));
    const result = await check([]);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('fails with exit 1 on errors and reports them per file', async () => {
    await put('clients/a.smplan.yaml', UNMEASURABLE);
    await copyFile(TEMPLATE, join(folder, 'clients/b.smplan.yml'));
    await put('node_modules/x/smplan.yaml', 'not: checked');
    const result = await check([]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('clients/a.smplan.yaml');
    expect(result.stdout).not.toContain('clients/b.smplan.yml');
    // a goal without a KPI: its missing parts under one heading, each with severity and rule id
    expect(result.stdout).toMatch(/5:5\s+Goal "reach" – missing:\n(\s+(error|warning)\s+.+\n)*\s+error\s+metric \(kpi\.metric\)\s+goals\/metric\n/);
    expect(result.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?\)/);
  });

  it('exits 0 with warnings only, and 1 when they exceed --max-warnings', async () => {
    const text = (await readFile(TEMPLATE, 'utf8')).replace('  country: DE\n', '  country: DE\n  motto: fresh\n');
    await put('smplan.yaml', text);
    expect((await check([])).code).toBe(0);
    const strict = await check(['--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('exceed --max-warnings 0');
  });

  it('exits 2 for usage problems', async () => {
    expect((await check([])).code).toBe(2);
    expect((await check([])).stderr).toMatch(/no strategy files found/);
    expect((await check(['nothing-*.yaml'])).stderr).toMatch(/nothing-\*\.yaml: no files match/);
    expect((await check(['--format', 'xml'])).code).toBe(2);
    expect((await check(['--max-warnings', 'many'])).code).toBe(2);
    expect((await check(['--rule', 'goals/nope=off'])).stderr).toMatch(/"goals\/nope" is not a rule/);
    expect((await check(['--rule', 'goals/metric=loud'])).code).toBe(2);
  });

  it('reports an invalid SMPLAN_TODAY as a usage problem', async () => {
    await put('smplan.yaml', UNMEASURABLE);
    const result = await check([], { SMPLAN_TODAY: '2027-02-30' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/SMPLAN_TODAY is "2027-02-30"/);
  });
});

describe('bad input never crashes and never stops the other files', () => {
  it('gives each broken file one finding or one line, and still checks the rest', async () => {
    await put('syntax.smplan.yaml', 'smplan: 1\ncompany: [\n');
    await put('duplicate.smplan.yaml', 'smplan: 1\ncompany: {name: A}\nsmplan: 1\n');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(10).fill(`*${'abcdefghi'[index]}`).join(', ')}]`)];
    await put('bomb.smplan.yaml', bomb.join('\n'));
    await put('empty.smplan.yaml', '');
    await put('proto.smplan.yaml', 'smplan: 1\ncompany: {name: A}\n__proto__: {admin: true}\n');
    await put('binary.smplan.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    await put('huge.smplan.yaml', Buffer.alloc(50 * 1024 * 1024, 0x20));
    await mkdir(join(folder, 'folder.smplan.yaml'));
    await copyFile(TEMPLATE, join(folder, 'good.smplan.yaml'));

    const result = await check(['--format', 'json']);
    expect(result.code).toBe(2);
    const stderrLines = result.stderr.trimEnd().split('\n');
    expect(stderrLines).toEqual([
      'smplan: error: binary.smplan.yaml: is a binary file (NUL byte at offset 4); a strategy is a YAML text file',
      expect.stringMatching(/^smplan: error: huge\.smplan\.yaml: is 50\.0 MiB, more than a strategy can be/),
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const byFile = Object.fromEntries(JSON.parse(result.stdout).map((file: { filePath: string }) => [basename(file.filePath), file]));
    expect(Object.keys(byFile).sort()).toEqual(['bomb.smplan.yaml', 'duplicate.smplan.yaml', 'empty.smplan.yaml', 'good.smplan.yaml', 'proto.smplan.yaml', 'syntax.smplan.yaml']);
    const rulesOf = (name: string) => byFile[name].messages.map((message: { ruleId: string }) => message.ruleId);
    expect(rulesOf('syntax.smplan.yaml')).toContain('schema');
    expect(byFile['duplicate.smplan.yaml'].messages[0]).toMatchObject({ ruleId: 'schema', line: 3, column: 1 });
    expect(byFile['bomb.smplan.yaml'].messages[0].message).toMatch(/aliases/);
    expect(rulesOf('empty.smplan.yaml')).toEqual(['schema', 'schema']);
    expect(rulesOf('proto.smplan.yaml')).toContain('strategy/unknown-key');
    expect(byFile['good.smplan.yaml'].messages).toEqual([]);
  });

  it('names a missing file and a folder without strategies, and checks the others', async () => {
    await copyFile(TEMPLATE, join(folder, 'smplan.yaml'));
    await mkdir(join(folder, 'empty-folder'));
    const result = await check(['smplan.yaml', 'missing.yaml', 'empty-folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing.yaml: no such file or folder');
    expect(result.stderr).toContain('empty-folder: no strategy files');
  });

  it.runIf(process.getuid?.() === 0)('names a file it may not read (run as an unprivileged user)', async () => {
    await chmod(folder, 0o755);
    const path = await put('secret.smplan.yaml', UNMEASURABLE);
    await chmod(path, 0o000);
    const result = await runCli(['check', 'secret.smplan.yaml'], { cwd: folder, uid: 65534 });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('smplan: error: secret.smplan.yaml: permission denied; check who may read it');
  });

  it.runIf(process.getuid?.() !== 0)('names a file it may not read', async () => {
    const path = await put('secret.smplan.yaml', UNMEASURABLE);
    await chmod(path, 0o000);
    const result = await check(['secret.smplan.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('smplan: error: secret.smplan.yaml: permission denied; check who may read it');
  });
});

describe('formats', () => {
  beforeEach(async () => {
    await put('smplan.yaml', UNMEASURABLE);
  });

  it('json follows the ESLint shape', async () => {
    const result = await check(['--format', 'json']);
    expect(result.code).toBe(1);
    const [file] = JSON.parse(result.stdout);
    expect(file).toMatchObject({
      filePath: expect.stringMatching(/^\/.*\/smplan\.yaml$/),
      errorCount: expect.any(Number),
      fatalErrorCount: 0,
      warningCount: expect.any(Number),
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      suppressedMessages: [],
    });
    expect(await realpath(file.filePath)).toBe(await realpath(join(folder, 'smplan.yaml')));
    expect(file.messages[0]).toEqual({
      ruleId: expect.any(String),
      messageId: expect.any(String),
      severity: expect.any(Number),
      message: expect.any(String),
      line: expect.any(Number),
      column: expect.any(Number),
      endLine: expect.any(Number),
      endColumn: expect.any(Number),
    });
  });

  it.each(['sarif', 'junit', 'github', 'stylish'])('%s runs with exit 1 for a file with errors', async (format) => {
    const result = await check(['--format', format]);
    expect(result.code).toBe(1);
    expect(result.stdout.length).toBeGreaterThan(0);
  });

  it('writes the report atomically to --output-file and a summary to stdout', async () => {
    await put('out', 'a file where a folder should be');
    const blocked = await check(['--format', 'sarif', '--output-file', 'out/report.sarif']);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/^smplan: error: .*report\.sarif: /);
    await rm(join(folder, 'out'));
    const written = await check(['--format', 'sarif', '--output-file', 'out/report.sarif']);
    expect(written.code).toBe(1);
    expect(written.stdout).toMatch(/^1 file\(s\) checked: \d+ error\(s\), \d+ warning\(s\); report written to out\/report\.sarif\n$/);
    expect(JSON.parse(await readFile(join(folder, 'out/report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(await readdir(join(folder, 'out'))).toEqual(['report.sarif']);
  });

  it('--quiet reports errors only', async () => {
    const result = await check(['--quiet', '--format', 'json']);
    const severities = JSON.parse(result.stdout)[0].messages.map((message: { severity: number }) => message.severity);
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities)).toEqual(new Set([2]));
  });

  it('speaks German with --lang de and by the file language', async () => {
    expect((await check(['--lang', 'de'])).stdout).toMatch(/Ziel „reach“ – es fehlt:\n(\s+(Fehler|Warnung)\s+.+\n)*\s+Fehler\s+Kennzahl \(kpi\.metric\)\s+goals\/metric\n/);
    await put('smplan.yaml', UNMEASURABLE.replace('language: en', 'language: de'));
    expect((await check([])).stdout).toMatch(/Befunde/);
    expect((await check(['--lang', 'en'])).stdout).toMatch(/problems/);
  });
});

describe('untrusted text stays data', () => {
  beforeEach(async () => {
    await put('smplan.yaml', HOSTILE);
  });

  it('github output has exactly one workflow command per finding', async () => {
    const json = JSON.parse((await check(['--format', 'json'])).stdout);
    const findings = json[0].messages.length;
    const result = await check(['--format', 'github']);
    const lines = result.stdout.split('\n');
    const annotations = lines.filter((line) => /^::(error|warning) /.test(line));
    expect(annotations).toHaveLength(findings);
    for (const line of annotations) expect(line).toMatch(/^::(error|warning) file=smplan\.yaml,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[^:,]+::[^\r]*$/);
    // The stylish part that follows is fenced off, so nothing in it can start a command.
    const stop = lines.findIndex((line) => line.startsWith('::stop-commands::'));
    const token = lines[stop]!.slice('::stop-commands::'.length);
    expect(stop).toBe(findings);
    expect(lines.filter((line) => line.trimStart().startsWith('::'))).toEqual([...annotations, lines[stop], `::${token}::`]);
    expect(result.stdout).not.toMatch(/\r/);
    expect(result.stdout).not.toContain('\u001b');
  });

  it('stylish output has no raw control characters with colours off', async () => {
    const result = await check(['--no-color']);
    expect(result.stdout).toMatch(/\\x1b\[31mred/);
    // eslint-disable-next-line no-control-regex
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('escapes control characters in the names of files it cannot read', async () => {
    const result = await check(['no\u001bfile.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('smplan: error: no\\x1bfile.yaml: no such file or folder; check the path\n');
  });

  it('uses colours only when asked to', async () => {
    expect((await check([])).stdout).not.toContain('\u001b[');
    expect((await check([], { FORCE_COLOR: '1' })).stdout).toContain('\u001b[');
    expect((await check([], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toContain('\u001b[');
  });
});

describe('configuration and disable comments', () => {
  it('reads .smplanrc.yaml from the folder up to the repository root', async () => {
    await mkdir(join(folder, '.git'));
    await put('.smplanrc.yaml', 'rules:\n  goals/metric: off\n');
    await put('clients/.smplanrc.yml', 'rules:\n  goals/vague-wording: error\n');
    await put('clients/a.smplan.yaml', UNMEASURABLE);
    const json = JSON.parse((await check(['--format', 'json'])).stdout);
    const rules = json[0].messages.map((message: { ruleId: string; severity: number }) => `${message.ruleId}:${message.severity}`);
    expect(rules).not.toContain('goals/metric:2');
    expect(rules).toContain('goals/vague-wording:2');
    const flagged = JSON.parse((await check(['--format', 'json', '--rule', 'goals/metric=warn'])).stdout);
    expect(flagged[0].messages.map((message: { ruleId: string; severity: number }) => `${message.ruleId}:${message.severity}`)).toContain('goals/metric:1');
  });

  it('reads the config files of a strategy named by an absolute path from another folder', async () => {
    await mkdir(join(folder, '.git'));
    await put('clients/.smplanrc.yaml', 'rules:\n  goals/vague-wording: off\n');
    const strategy = await put('clients/a.smplan.yaml', UNMEASURABLE);
    const elsewhere = await mkdtemp(join(tmpdir(), 'smplan-elsewhere-'));
    const result = await runCli(['check', '--format', 'json', strategy], { cwd: elsewhere });
    expect(JSON.parse(result.stdout)[0].messages.map((message: { ruleId: string }) => message.ruleId)).not.toContain('goals/vague-wording');
    await rm(elsewhere, { recursive: true });
  });

  it('rejects a config with an unknown rule or severity, naming it', async () => {
    await put('smplan.yaml', UNMEASURABLE);
    await put('.smplanrc.yaml', 'rules:\n  goals/metrics: off\n');
    const result = await check([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.smplanrc\.yaml: "goals\/metrics" is not a rule/);
    await put('.smplanrc.yaml', 'rules:\n  goals/metric: [\n');
    expect((await check([])).stderr).toMatch(/\.smplanrc\.yaml:\d+:\d+: /);
    await put('strict.yaml', 'rules:\n  goals/metric: fatal\n');
    expect((await check(['--config', 'strict.yaml'])).stderr).toMatch(/strict\.yaml: rule "goals\/metric" is set to "fatal"; use off, warn or error/);
  });

  it('accepts a finding with a reason and reports directives without one or without effect', async () => {
    await put(
      'smplan.yaml',
      `smplan: 1
company: {name: Kiosk}
language: en
goals:
  # smplan-disable-next-line goals/metric, goals/target -- launch plan, KPI follows in January
  - id: reach
    objective: More followers
  # smplan-disable-next-line goals/baseline
  - id: leads
    kpi: {metric: Leads, source: CRM, target: 5, deadline: 2027-06-30}
# smplan-disable-next-line team/owner -- nothing here
`,
    );
    const [file] = JSON.parse((await check(['--format', 'json'])).stdout);
    const found = file.messages.map((message: { ruleId: string | null; line: number; messageId: string }) => `${message.line}:${message.ruleId ?? message.messageId}`);
    expect(found).not.toContain('6:goals/metric');
    expect(found).not.toContain('6:goals/target');
    expect(found).toContain('6:goals/deadline');
    expect(found).toContain('7:goals/vague-wording');
    expect(found).toContain('8:missing-reason');
    expect(found).toContain('10:goals/baseline');
    expect(found).toContain('11:unused');
  });
});

describe('discovery finds what the user has', () => {
  it('checks a symlinked strategy file and reports its findings', async () => {
    await mkdir(join(folder, 'real'));
    await writeFile(join(folder, 'real', 'source.yaml'), UNMEASURABLE);
    await symlink('real/source.yaml', join(folder, 'x.smplan.yaml'));
    const result = await runCli(['check', '--format', 'json'], { cwd: folder });
    expect(result.code).toBe(1);
    const [report] = JSON.parse(result.stdout) as { filePath: string; errorCount: number }[];
    expect(report!.filePath).toMatch(/^\/.*\/x\.smplan\.yaml$/); // the link's name, not its target's
    expect(report!.errorCount).toBeGreaterThan(0);
  });

  it('reports a strategy file it cannot read instead of skipping it (exit 2)', async () => {
    await writeFile(join(folder, 'smplan.yaml'), await readFile(TEMPLATE, 'utf8'));
    await symlink('missing.yaml', join(folder, 'gone.smplan.yaml'));
    const result = await runCli(['check'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/gone\.smplan\.yaml: no such file/);
  });
});

describe('--no-error-on-unmatched-pattern', () => {
  it('lets a pattern match nothing and checks the rest', async () => {
    await writeFile(join(folder, 'smplan.yaml'), await readFile(TEMPLATE, 'utf8'));
    expect((await runCli(['check', 'smplan.yaml', 'clients/*.smplan.yaml'], { cwd: folder })).code).toBe(2);
    const result = await runCli(['check', '--no-error-on-unmatched-pattern', 'smplan.yaml', 'clients/*.smplan.yaml'], { cwd: folder });
    expect(result.code, result.stderr).toBe(0);
  });
});

describe('--cache', () => {
  const cached = (args: string[] = [], env: Record<string, string> = {}) =>
    runCli(['check', '--format', 'json', '--cache', ...args], { cwd: folder, env: { SMPLAN_TODAY: '2027-01-01', ...env } });
  /** The files the last run linted rather than took from the cache, told by the cache file's entries changing. */
  const entries = async () => JSON.parse(await readFile(join(folder, '.smplancache'), 'utf8')).entries as Record<string, { hash: string; settings: string }>;

  beforeEach(async () => {
    await writeFile(join(folder, 'a.smplan.yaml'), await readFile(TEMPLATE, 'utf8'));
    await writeFile(join(folder, 'b.smplan.yaml'), UNMEASURABLE);
  });

  it('gives the same report from the cache as without it', async () => {
    const plain = await runCli(['check', '--format', 'json'], { cwd: folder });
    const first = await cached();
    const second = await cached();
    expect(first.stdout).toBe(plain.stdout);
    expect(second.stdout).toBe(plain.stdout);
    expect([first.code, second.code]).toEqual([plain.code, plain.code]);
  });

  it('lints a file again when it, a config file, the version or the day changes', async () => {
    await cached();
    const before = await entries();
    await writeFile(join(folder, 'b.smplan.yaml'), `${UNMEASURABLE}# edited\n`);
    await cached();
    let after = await entries();
    const key = (name: string) => Object.keys(after).find((path) => path.endsWith(name))!;
    expect(after[key('b.smplan.yaml')]!.hash).not.toBe(before[key('b.smplan.yaml')]!.hash);
    expect(after[key('a.smplan.yaml')]).toEqual(before[key('a.smplan.yaml')]);

    await writeFile(join(folder, '.smplanrc.yaml'), 'rules: {goals/metric: off}\n');
    const configured = await cached();
    expect(configured.stdout).not.toContain('goals/metric');
    after = await entries();
    expect(after[key('a.smplan.yaml')]!.settings).not.toBe(before[key('a.smplan.yaml')]!.settings);

    const tomorrow = await cached([], { SMPLAN_TODAY: '2027-01-02' });
    expect(tomorrow.code).toBe(configured.code);
    expect((await entries())[key('a.smplan.yaml')]!.settings).not.toBe(after[key('a.smplan.yaml')]!.settings);

    const cache = JSON.parse(await readFile(join(folder, '.smplancache'), 'utf8'));
    // A report made from another version's cache would be wrong: a cache of another version is not used.
    for (const entry of Object.values(cache.entries) as { result: { findings: unknown[] } }[]) entry.result.findings = [];
    await writeFile(join(folder, '.smplancache'), JSON.stringify({ ...cache, version: '0.0.0-other' }));
    const fresh = await cached([], { SMPLAN_TODAY: '2027-01-02' });
    expect(fresh.stdout).toBe(tomorrow.stdout);
  });

  it('ignores and rewrites a corrupt cache file, and keeps it where --cache-location says', async () => {
    await writeFile(join(folder, 'kept.json'), '{"format": 1, "entries": {"x": tru');
    const result = await cached(['--cache-location', 'kept.json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(await readFile(join(folder, 'kept.json'), 'utf8')).format).toBe(3);
  });

  it('uses the cached result only while nothing changed: a stale result is never reported', async () => {
    await cached();
    const cache = JSON.parse(await readFile(join(folder, '.smplancache'), 'utf8'));
    for (const entry of Object.values(cache.entries) as { result: { findings: unknown[] } }[]) entry.result.findings = [];
    await writeFile(join(folder, '.smplancache'), JSON.stringify(cache));
    await writeFile(join(folder, 'b.smplan.yaml'), `${UNMEASURABLE}# changed\n`);
    const result = await cached();
    expect(result.stdout).toContain('goals/metric');
  });
});

describe('--concurrency', () => {
  it('reports 2,000 files byte for byte alike in one thread and in several', async () => {
    const template = await readFile(TEMPLATE, 'utf8');
    await mkdir(join(folder, 'clients'));
    for (let index = 0; index < 2000; index++) {
      const text = index % 5 === 0 ? UNMEASURABLE : template.replace(/name: [^,}\n]+/, `name: Client ${index}`);
      await writeFile(join(folder, 'clients', `c${String(index).padStart(4, '0')}.smplan.yaml`), text);
    }
    const serial = await runCli(['check', '--concurrency', 'off'], { cwd: folder, timeoutMs: 120_000 });
    const parallel = await runCli(['check', '--concurrency', 'auto'], { cwd: folder, timeoutMs: 120_000 });
    const two = await runCli(['check', '--concurrency', '3', '--format', 'json'], { cwd: folder, timeoutMs: 120_000 });
    expect(serial.code).toBe(1);
    expect(parallel.stdout).toBe(serial.stdout);
    expect([parallel.code, parallel.stderr]).toEqual([serial.code, serial.stderr]);
    expect((JSON.parse(two.stdout) as unknown[]).length).toBe(2000);
  }, 180_000);

  it('refuses a count that is none', async () => {
    const result = await runCli(['check', '--concurrency', 'many'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--concurrency takes a whole number, auto or off/);
  });
});

describe('ESLint JSON: suppressed messages', () => {
  it('carries a finding a disable comment accepted, with its reason, and does not count it', async () => {
    await writeFile(
      join(folder, 'smplan.yaml'),
      (await readFile(TEMPLATE, 'utf8'))
        .replace(/^\s+baseline: 0\n/m, '')
        .replace(/^( {4})kpi:\n/m, '$1# smplan-disable-next-line goals/baseline -- unknown until launch\n$1kpi:\n'),
    );
    const result = await runCli(['check', '--format', 'json'], { cwd: folder });
    const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string }[]; suppressedMessages: { ruleId: string; suppressions: unknown[] }[]; warningCount: number }[];
    expect(report!.messages.map((message) => message.ruleId)).not.toContain('goals/baseline');
    expect(report!.suppressedMessages).toMatchObject([{ ruleId: 'goals/baseline', suppressions: [{ kind: 'directive', justification: 'unknown until launch' }] }]);
  });
});
