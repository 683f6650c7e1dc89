import type { Rule } from '../../rule.js';
import placeholder from './placeholder.js';
import reviewDue from './review-due.js';
import unknownKey from './unknown-key.js';

export default [unknownKey, placeholder, reviewDue] as Rule[];
