import { describe, expect, it } from 'vitest';
import junit from '../../../src/lint/formatters/junit.js';
import { context, file, finding } from './fixtures.js';

/** The text of the CDATA sections in `xml`, joined as an XML parser would read them. */
function cdataText(xml: string): string {
  return [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((match) => match[1]).join('');
}

/** The value of attribute `name` in the first element `tag`, entities decoded. */
function attribute(xml: string, tag: string, name: string): string | undefined {
  const element = new RegExp(`<${tag}\\b[^>]*>`).exec(xml)?.[0];
  const raw = element && new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
  return raw?.replace(/&(lt|gt|quot|apos|amp);/g, (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity]!);
}

describe('junit formatter', () => {
  it('writes one suite per file and one testcase per finding; errors fail, warnings pass with a note', () => {
    const report = junit(
      [
        file(
          'smplan.yaml',
          finding(),
          finding({ ruleId: 'audiences/needs', severity: 'warn', message: 'No needs.', line: 8, column: 3 }),
        ),
        file('team.smplan.yaml', finding({ ruleId: null, messageId: 'missing-reason', message: 'No reason.', line: 1, column: 1 })),
      ],
      context(),
    );
    expect(report).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="smplan" tests="3" failures="2" errors="0">',
        '  <testsuite name="smplan.yaml" tests="2" failures="1" errors="0">',
        '    <testcase classname="smplan.yaml" name="goals/metric at line 3:5">',
        '      <failure message="Goal &quot;leads&quot; names no metric." type="goals/metric"><![CDATA[smplan.yaml:3:5 error Goal "leads" names no metric. (goals/metric)]]></failure>',
        '    </testcase>',
        '    <testcase classname="smplan.yaml" name="audiences/needs at line 8:3">',
        '      <system-out><![CDATA[smplan.yaml:8:3 warning No needs. (audiences/needs)]]></system-out>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="team.smplan.yaml" tests="1" failures="1" errors="0">',
        '    <testcase classname="team.smplan.yaml" name="disable-comment at line 1:1">',
        '      <failure message="No reason." type="disable-comment"><![CDATA[team.smplan.yaml:1:1 error No reason. (disable-comment)]]></failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('gives a file without findings one passing testcase', () => {
    const report = junit([file('clean.smplan.yaml')], context());
    expect(report).toContain('<testsuites name="smplan" tests="1" failures="0" errors="0">');
    expect(report).toContain(
      '  <testsuite name="clean.smplan.yaml" tests="1" failures="0" errors="0">\n    <testcase classname="clean.smplan.yaml" name="smplan check"/>\n  </testsuite>',
    );
    expect(junit([], context())).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="smplan" tests="0" failures="0" errors="0">\n</testsuites>\n');
  });

  it('keeps testcase names unique within a suite', () => {
    const report = junit([file('a.yaml', finding({ message: 'one' }), finding({ message: 'two' }), finding({ message: 'three' }), finding({ ruleId: 'schema' }))], context());
    const names = [...report.matchAll(/<testcase [^>]*name="([^"]*)"/g)].map((match) => match[1]);
    expect(names).toEqual(['goals/metric at line 3:5', 'goals/metric at line 3:5 (2)', 'goals/metric at line 3:5 (3)', 'schema at line 3:5']);
    // Names repeat freely across suites: each file is its own suite.
    const twoFiles = junit([file('a.yaml', finding()), file('b.yaml', finding())], context());
    expect(twoFiles.match(/name="goals\/metric at line 3:5"/g)).toHaveLength(2);
  });

  it('escapes attributes, control characters and "]]>" in CDATA', () => {
    const message = `Bad "value" & <tag> isn't ]]> here\u0007 or\u0000 \ud800 \uffff.`;
    const filePath = `odd & "name" <x>'\u001b.yaml`;
    const report = junit([file(filePath, finding({ message }))], context());

    // Nothing XML 1.0 forbids is left raw (tab, LF and CR are allowed but none come from the data).
    expect(report).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/);
    const escapedMessage = `Bad "value" & <tag> isn't ]]> here\\x07 or\\x00 \\ud800 \\uffff.`;
    const escapedPath = `odd & "name" <x>'\\x1b.yaml`;

    expect(report).toContain('message="Bad &quot;value&quot; &amp; &lt;tag&gt; isn&apos;t ]]&gt; here\\x07 or\\x00 \\ud800 \\uffff."');
    expect(report).toContain('classname="odd &amp; &quot;name&quot; &lt;x&gt;&apos;\\x1b.yaml"');
    expect(attribute(report, 'failure', 'message')).toBe(escapedMessage);
    expect(attribute(report, 'testsuite', 'name')).toBe(escapedPath);
    expect(attribute(report, 'testcase', 'classname')).toBe(escapedPath);

    // "]]>" ends no CDATA section early: it is split, and the sections still read as the whole text.
    expect(report).toContain(']]]]><![CDATA[>');
    expect(cdataText(report)).toBe(`${escapedPath}:3:5 error ${escapedMessage} (goals/metric)`);
    // Outside CDATA no raw markup character from the data is left.
    const outside = report.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<[^<>]*>/g, '');
    expect(outside.trim()).toBe('');
  });
});
