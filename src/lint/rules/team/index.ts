import type { Rule } from '../../rule.js';
import coordination from './coordination.js';
import costs from './costs.js';
import executiveSponsor from './executive-sponsor.js';
import hours from './hours.js';
import owner from './owner.js';

export default [owner, executiveSponsor, hours, coordination, costs] as Rule[];
