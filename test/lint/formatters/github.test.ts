import { describe, expect, it } from 'vitest';
import github, { escapeData, escapeProperty } from '../../../src/lint/formatters/github.js';
import stylish from '../../../src/lint/formatters/stylish.js';
import { context, file, finding, MARKER_COLORS } from './fixtures.js';

const ANNOTATION = /^::(error|warning) /;

describe('github formatter', () => {
  it('escapes as @actions/core does', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('writes one annotation per finding, then the stylish report with commands stopped', () => {
    const results = [
      file(
        'plans/smplan.yaml',
        finding(),
        finding({ ruleId: 'audiences/needs', severity: 'warn', message: 'No needs: 100%, really.', line: 8, column: 3, endLine: 10, endColumn: 2 }),
        finding({ ruleId: null, messageId: 'unused', severity: 'warn', message: 'Unused.', line: 11, column: 1, endLine: 11, endColumn: 1 }),
      ),
      file('clean.smplan.yaml'),
    ];
    const report = github(results, context());
    const lines = report.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '::error file=plans/smplan.yaml,line=3,endLine=3,col=5,endColumn=12,title=goals/metric::Goal "leads" names no metric.',
      '::warning file=plans/smplan.yaml,line=8,endLine=10,col=3,endColumn=2,title=audiences/needs::No needs: 100%25, really.',
      '::warning file=plans/smplan.yaml,line=11,endLine=11,col=1,endColumn=1,title=disable-comment::Unused.',
    ]);
    const token = /^::stop-commands::(smplan-[0-9a-f]{64})$/.exec(lines[3]!)?.[1];
    expect(token).toBeDefined();
    expect(report.endsWith(`\n::${token}::\n`)).toBe(true);
    const stylishReport = stylish(results, context());
    expect(report).toBe(`${lines.slice(0, 3).join('\n')}\n::stop-commands::${token}\n${stylishReport}::${token}::\n`);
    // The stylish report starts with an empty line, so the annotations and the report stay apart.
    expect(lines[4]).toBe('');
  });

  it('passes the context on to the stylish report', () => {
    const results = [file('a.yaml', finding())];
    const report = github(results, context({ colors: MARKER_COLORS, language: 'de' }));
    expect(report).toContain(stylish(results, context({ colors: MARKER_COLORS, language: 'de' })));
    expect(report.split('\n')[0]).toBe('::error file=a.yaml,line=3,endLine=3,col=5,endColumn=12,title=goals/metric::Goal "leads" names no metric.');
  });

  it('prints nothing without findings', () => {
    expect(github([], context())).toBe('');
    expect(github([file('clean.smplan.yaml')], context())).toBe('');
  });

  it('escapes file paths and titles as properties, and clamps positions', () => {
    const report = github([file('a,b:c%d.yaml', finding({ line: 0, column: 0, endLine: 0, endColumn: 0 }))], context());
    expect(report.split('\n')[0]).toBe('::error file=a%2Cb%3Ac%25d.yaml,line=1,endLine=1,col=1,endColumn=1,title=goals/metric::Goal "leads" names no metric.');
  });

  it('lets no message start a workflow command of its own', () => {
    const hostile = [
      'literal %0A::error::injected',
      'raw\n::error::injected',
      'pair\r\n::warning file=x::injected',
      'esc \u001b[2J\u001b]0;title\u0007 done',
      '  ::error::indented and ##[error]legacy and ##[add-mask]secret',
    ];
    const results = [file('smplan.yaml', ...hostile.map((message, index) => finding({ message, line: index + 1 })))];
    const report = github(results, context());
    const lines = report.split('\n');

    expect(report).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    // Exactly one line per finding starts a command; the only others stop and resume command processing.
    const commandLines = lines.filter((line) => line.trimStart().startsWith('::'));
    expect(commandLines.filter((line) => ANNOTATION.test(line))).toHaveLength(hostile.length);
    expect(lines.slice(0, hostile.length).every((line) => ANNOTATION.test(line))).toBe(true);
    const token = /^::stop-commands::(smplan-[0-9a-f]{64})$/.exec(lines[hostile.length]!)?.[1];
    expect(commandLines.slice(hostile.length)).toEqual([`::stop-commands::${token}`, `::${token}::`]);
    expect(lines.at(-2)).toBe(`::${token}::`);
    // The token appears only in the stop and resume lines.
    expect(report.split(token!)).toHaveLength(3);

    expect(lines[0]).toBe('::error file=smplan.yaml,line=1,endLine=3,col=5,endColumn=12,title=goals/metric::literal %250A::error::injected');
    expect(lines[1]).toMatch(/::raw\\n::error::injected$/);
    expect(lines[2]).toMatch(/::pair\\r\\n::warning file=x::injected$/);
    expect(lines[3]).toMatch(/::esc \\x1b\[2J\\x1b\]0;title\\x07 done$/);
    // The report shows the same escaped text, one line per finding.
    expect(lines.filter((line) => /^ {2}\d+:\d+ {2}error/.test(line))).toHaveLength(hostile.length);
    expect(report).toContain('  2:5  error  raw\\n::error::injected  goals/metric');
  });

  it('keeps a hostile file path and legacy ##[ commands inside the stopped report', () => {
    const results = [
      file('::error::evil.smplan.yaml', finding()),
      file('sub/##[warning]x.smplan.yaml', finding({ message: '##[set-output name=a;]b', severity: 'warn' })),
    ];
    const report = github(results, context());
    const lines = report.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '::error file=%3A%3Aerror%3A%3Aevil.smplan.yaml,line=3,endLine=3,col=5,endColumn=12,title=goals/metric::Goal "leads" names no metric.',
      '::warning file=sub/##[warning]x.smplan.yaml,line=3,endLine=3,col=5,endColumn=12,title=goals/metric::##[set-output name=a;]b',
    ]);
    const token = /^::stop-commands::(\S+)$/.exec(lines[2]!)?.[1];
    const resume = lines.indexOf(`::${token}::`);
    expect(resume).toBe(lines.length - 2);
    // Every line that a runner could read as a command, other than the annotations, lies between stop and resume.
    const suspicious = lines.flatMap((line, index) => (line.trimStart().startsWith('::') || line.includes('##[') ? [index] : []));
    expect(suspicious.every((index) => index <= resume)).toBe(true);
    expect(suspicious.filter((index) => index > 2 && index < resume).length).toBeGreaterThan(0);
    expect(lines.slice(3, resume)).toContain('::error::evil.smplan.yaml');
    // The report cannot hold its own resume token.
    expect(lines.slice(3, resume).join('\n').toLowerCase()).not.toContain(token!.toLowerCase());
  });

  it('derives the resume token from the report, so it is stable yet differs between reports', () => {
    const one = github([file('a.yaml', finding())], context());
    const again = github([file('a.yaml', finding())], context());
    const other = github([file('b.yaml', finding())], context());
    const tokenOf = (report: string) => /::stop-commands::(\S+)/.exec(report)?.[1];
    expect(tokenOf(one)).toBe(tokenOf(again));
    expect(tokenOf(one)).not.toBe(tokenOf(other));
  });
});
