/** `smplan schema`: the JSON Schema of format v1, the same as schema/strategy-v1.json. */
import { strategyJsonSchema } from '../../strategy/json-schema.js';
import { EXIT } from '../errors.js';
import { writeOut } from '../output.js';

export function schema(): number {
  writeOut(`${JSON.stringify(strategyJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
