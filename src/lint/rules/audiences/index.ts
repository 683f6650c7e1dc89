import type { Rule } from '../../rule.js';

export default [] as Rule[];
