import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('smplan schema', () => {
  it('prints exactly the JSON Schema shipped at schema/strategy-v1.json', async () => {
    const shipped = await readFile(new URL('../../schema/strategy-v1.json', import.meta.url), 'utf8');
    const { code, stdout } = await runCli(['schema']);
    expect(code).toBe(0);
    expect(stdout).toBe(shipped);
  });

  it('describes the input shape in draft 2020-12', async () => {
    const schema = JSON.parse((await runCli(['schema'])).stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['smplan', 'company']);
    expect(schema.properties.goals.items.properties.kpi.properties.deadline).toMatchObject({ type: 'string', format: 'date' });
    expect(schema.properties.team.properties.executive_sponsor.description).toMatch(/backing from the top/);
  });
});
