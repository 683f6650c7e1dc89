/** `smplan schema`: the JSON Schema of format v1, the same as schema/strategy-v1.json. */
import { strategyJsonSchema } from '../../strategy/schema.js';
import { EXIT } from '../errors.js';

export function schema(): number {
  process.stdout.write(`${JSON.stringify(strategyJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
