/**
 * `smplan schema`: the JSON Schema of format v1, the same as schema/strategy-v1.json.
 * Generated here rather than beside the schema, so that only this command loads
 * zod's JSON Schema generator.
 */
import * as z from 'zod/mini';
import { strategySchema } from '../../strategy/schema.js';
import { EXIT } from '../errors.js';
import { writeOut } from '../output.js';

/** The JSON Schema (draft 2020-12) of what people write: defaults stay optional. */
export function strategyJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(strategySchema, { io: 'input', target: 'draft-2020-12' });
  return { $schema, $id: 'https://smplan.dev/schema/strategy-v1.json', ...schema };
}

export function schema(): number {
  writeOut(`${JSON.stringify(strategyJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
