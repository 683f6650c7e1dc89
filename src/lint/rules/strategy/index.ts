import type { Rule } from '../../rule.js';
import unknownKey from './unknown-key.js';

export default [unknownKey] as Rule[];
