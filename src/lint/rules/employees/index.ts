import type { Rule } from '../../rule.js';
import guidelineTopics from './guideline-topics.js';
import guidelines from './guidelines.js';
import involvement from './involvement.js';

export default [guidelines, guidelineTopics, involvement] as Rule[];
