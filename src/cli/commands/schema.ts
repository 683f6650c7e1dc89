/**
 * `smplan schema`: the JSON Schema of format v1, the same as
 * schema/strategy-v1.json. With `--write`, a copy in the repository
 * (`.smplan/strategy-v1.json`) and a modeline pointing at it in every strategy
 * below the folder, so editors find the schema without smplan in node_modules.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { escapeControlCharacters } from '../../base/message.js';
import { discoverStrategyFiles } from '../../lint/discover.js';
import { readTextFile } from '../../strategy/files.js';
import { strategyJsonSchema } from '../../strategy/json-schema.js';
import { relativeReference, repositoryRoot, SCHEMA_COPY, withModeline, writeSchemaCopy } from '../../strategy/schema-copy.js';
import { writeStrategyFile } from '../../strategy/write.js';
import { EXIT } from '../errors.js';
import { confirm, writeOut } from '../output.js';

export async function schema(options: { write?: string | true } = {}): Promise<number> {
  if (options.write === undefined) {
    writeOut(`${JSON.stringify(strategyJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  }
  const folder = resolve(options.write === true ? '.' : options.write);
  const copy = join(repositoryRoot(folder), ...SCHEMA_COPY);
  writeSchemaCopy(copy);
  const { files } = await discoverStrategyFiles([], folder, { allowUnmatched: true });
  let changed = 0;
  for (const file of files) {
    const path = resolve(folder, file);
    const text = readTextFile(path);
    const updated = withModeline(text, relativeReference(dirname(path), copy));
    if (updated === text) continue;
    await writeStrategyFile(path, updated, { text });
    changed++;
  }
  confirm(() =>
    writeOut(`${escapeControlCharacters(`${relative(process.cwd(), copy) || copy} written; ${changed} of ${files.length} strategy files now point at it`)}\n`),
  );
  return EXIT.ok;
}
