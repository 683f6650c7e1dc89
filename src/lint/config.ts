/**
 * Rule severities from `.smplanrc.yaml` files, looked up from each strategy's
 * folder upwards to the repository root (the folder holding `.git`), nearer
 * files overriding farther ones; then `--config`, then `--rule` flags.
 */
import { access } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import * as z from 'zod';
import { readTextFile } from '../strategy/files.js';
import { SEVERITY_SETTINGS, type SeveritySetting } from './rule.js';
import { RULE_IDS } from './rules/index.js';
import { UsageError } from '../cli/errors.js';

export type Severities = Map<string, SeveritySetting>;

const CONFIG_NAMES = ['.smplanrc.yaml', '.smplanrc.yml'];

const configSchema = z.strictObject({
  rules: z.record(z.string(), z.unknown()).optional(),
});

function checkSetting(source: string, ruleId: string, setting: unknown): SeveritySetting {
  if (!RULE_IDS.has(ruleId)) throw new UsageError(`${source}: "${ruleId}" is not a rule; \`smplan rules\` lists them`);
  if (!SEVERITY_SETTINGS.includes(setting as SeveritySetting)) {
    throw new UsageError(`${source}: rule "${ruleId}" is set to "${String(setting)}"; use off, warn or error`);
  }
  return setting as SeveritySetting;
}

/** Parses `--rule <id>=<severity>` flags. */
export function parseRuleFlags(flags: readonly string[]): Severities {
  const severities: Severities = new Map();
  for (const flag of flags) {
    const [ruleId = '', setting = ''] = flag.split('=');
    severities.set(ruleId, checkSetting(`--rule ${flag}`, ruleId, setting));
  }
  return severities;
}

export function readConfigFile(path: string, cwd: string): Severities {
  const text = readTextFile(path);
  const name = relative(cwd, path) || path;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { line, column } = error.mark ?? { line: 0, column: 0 };
    throw new UsageError(`${name}:${line + 1}:${column + 1}: ${error.reason}; fix the YAML of this config file`);
  }
  const parsed = configSchema.safeParse(data ?? {});
  if (!parsed.success) throw new UsageError(`${name}: a config file holds only \`rules: { <rule id>: off|warn|error }\``);
  const severities: Severities = new Map();
  for (const [ruleId, setting] of Object.entries(parsed.data.rules ?? {})) {
    severities.set(ruleId, checkSetting(name, ruleId, setting));
  }
  return severities;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Finds and merges the config files that apply to a strategy file, caching per folder. */
export class ConfigResolver {
  private readonly cache = new Map<string, Promise<Severities>>();

  constructor(
    private readonly cwd: string,
    /** `--config` and `--rule`, applied over what the files say. */
    private readonly overrides: Severities,
  ) {}

  severitiesFor(filePath: string): Promise<Severities> {
    return this.forFolder(dirname(join(this.cwd, filePath))).then((found) => new Map([...found, ...this.overrides]));
  }

  private forFolder(folder: string): Promise<Severities> {
    let pending = this.cache.get(folder);
    if (!pending) {
      pending = this.resolve(folder);
      this.cache.set(folder, pending);
    }
    return pending;
  }

  private async resolve(folder: string): Promise<Severities> {
    const isRoot = (await exists(join(folder, '.git'))) || dirname(folder) === folder;
    const inherited = isRoot ? new Map<string, SeveritySetting>() : await this.forFolder(dirname(folder));
    for (const name of CONFIG_NAMES) {
      const path = join(folder, name);
      if (await exists(path)) return new Map([...inherited, ...(await readConfigFile(path, this.cwd))]);
    }
    return inherited;
  }
}
