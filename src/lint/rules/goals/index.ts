import type { Rule } from '../../rule.js';
import metric from './metric.js';
import present from './present.js';
import vagueWording from './vague-wording.js';

export default [present, metric, vagueWording] as Rule[];
