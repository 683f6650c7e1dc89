/** bin/smplan.cjs keeps V8's code cache in the temporary folder on Node 20; it must never change what runs. */
import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';


/** Node 22+ has its own compile cache, which bin/smplan.cjs uses instead. */
const nodeCachesItself = 'enableCompileCache' in module;

describe.skipIf(nodeCachesItself)('the compile cache of Node 20', () => {
  it('is written on the first run, and the run after it gives the same results', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'smplan-cache-'));
    await copyFile(new URL('../../templates/kiosk.en.yaml', import.meta.url), join(temp, 'smplan.yaml'));
    const env = { TMPDIR: temp };
    const first = await runCli(['check', '--format', 'json'], { cwd: temp, env });
    const [folder] = await readdir(join(temp, 'smplan-compile-cache'));
    const written = await readdir(join(temp, 'smplan-compile-cache', folder!));
    expect(written.some((name) => /^cli\.js-\d+-[a-z0-9]+\.bin$/.test(name))).toBe(true);
    expect(written.some((name) => /^check-[A-Z0-9]{8}\.js\.bin$/.test(name))).toBe(true);
    const second = await runCli(['check', '--format', 'json'], { cwd: temp, env });
    expect(second).toEqual(first);
    expect(first.code).toBe(0);
  });

  it('is not written with SMPLAN_NO_COMPILE_CACHE=1', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'smplan-cache-'));
    const result = await runCli(['--version'], { env: { TMPDIR: temp, SMPLAN_NO_COMPILE_CACHE: '1' } });
    expect(result.code).toBe(0);
    expect(await readdir(temp)).toEqual([]);
  });
});
