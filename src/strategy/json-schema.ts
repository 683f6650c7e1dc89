/**
 * The JSON Schema of format v1, generated from the zod schema: what
 * `smplan schema` prints and schema/strategy-v1.json holds. Its own module, so
 * that only what asks for it loads zod's JSON Schema generator.
 */
import * as z from 'zod/mini';
import { strategySchema } from './schema.js';

/** The JSON Schema (draft 2020-12) of what people write: defaults stay optional. */
export function strategyJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(strategySchema, { io: 'input', target: 'draft-2020-12' });
  return { $schema, $id: 'https://smplan.dev/schema/strategy-v1.json', ...schema };
}
