// Compiles schema/strategy-v1.json (generated from the zod schema by `smplan
// schema`) into a standalone validator with ajv: src/strategy/accepts-strategy.generated.js.
// `check` asks it first whether a file is valid; it answers without building
// zod's schema objects, which cost more at start than linting a whole file.
// zod stays the judge: every file it does not accept goes to zod, which words
// the problems (test/strategy/accepts-strategy.test.ts holds the two together).
// Run through `npm run schema`; a test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateValidator } from './validator-source.js';

const target = fileURLToPath(new URL('../src/strategy/accepts-strategy.generated.js', import.meta.url));
writeFileSync(target, generateValidator());
