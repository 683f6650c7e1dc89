/**
 * Rule severities from `.smplanrc.yaml` files, looked up from each strategy's
 * folder upwards to the repository root (the folder holding `.git`), nearer
 * files overriding farther ones; then `--config`, then `--rule` flags.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { readTextFile } from '../strategy/files.js';
import { isMapping } from '../strategy/mapping.js';
import { SEVERITY_SETTINGS, type SeveritySetting } from './rule.js';
import { RULE_IDS } from './rules/index.js';
import { UsageError } from '../base/errors.js';

export type Severities = Map<string, SeveritySetting>;

const CONFIG_NAMES = ['.smplanrc.yaml', '.smplanrc.yml'];

/**
 * `rules: { <id>: <severity> }` and nothing else. Checked by hand: the shape is
 * one mapping deep, and zod would cost every `check` its start-up time.
 */
function ruleSettings(data: unknown): Record<string, unknown> | undefined {
  if (!isMapping(data) || Object.keys(data).some((key) => key !== 'rules')) return undefined;
  if (data.rules === undefined || data.rules === null) return {};
  return isMapping(data.rules) ? data.rules : undefined;
}

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
  // The same reader as the strategies, so a config file is valid YAML exactly when a strategy would be.
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new UsageError(`${name}:${line}:${col}: ${error.message.split('\n', 1)[0]}; fix the YAML of this config file`);
  }
  const rules = ruleSettings(document.toJS({ maxAliasCount: 100 }) ?? {});
  if (!rules) throw new UsageError(`${name}: a config file holds only \`rules: { <rule id>: off|warn|error }\``);
  const severities: Severities = new Map();
  for (const [ruleId, setting] of Object.entries(rules)) {
    severities.set(ruleId, checkSetting(name, ruleId, setting));
  }
  return severities;
}

/** Finds and merges the config files that apply to a strategy file, caching per folder. */
export class ConfigResolver {
  /** What the config files of a folder say. */
  private readonly cache = new Map<string, Severities>();
  /** The same with the overrides applied: one map per folder as the user sees it, not one per file. */
  private readonly effective = new Map<string, Severities>();

  constructor(
    private readonly cwd: string,
    /** `--config` and `--rule`, applied over what the files say. */
    private readonly overrides: Severities,
  ) {}

  /** `filePath` as `check` shows it, relative to the working folder or absolute. */
  severitiesFor(filePath: string): Severities {
    const shownFolder = dirname(filePath);
    let severities = this.effective.get(shownFolder);
    if (!severities) {
      severities = new Map([...this.forFolder(resolve(this.cwd, shownFolder)), ...this.overrides]);
      this.effective.set(shownFolder, severities);
    }
    return severities;
  }

  private forFolder(folder: string): Severities {
    let found = this.cache.get(folder);
    if (!found) {
      found = this.resolve(folder);
      this.cache.set(folder, found);
    }
    return found;
  }

  private resolve(folder: string): Severities {
    const isRoot = existsSync(join(folder, '.git')) || dirname(folder) === folder;
    const inherited: Severities = isRoot ? new Map() : this.forFolder(dirname(folder));
    const path = CONFIG_NAMES.map((name) => join(folder, name)).find((candidate) => existsSync(candidate));
    return path ? new Map([...inherited, ...readConfigFile(path, this.cwd)]) : inherited;
  }
}
