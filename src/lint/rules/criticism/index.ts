import type { Rule } from '../../rule.js';
import deleting from './deleting.js';
import escalation from './escalation.js';
import noResponse from './no-response.js';
import responseTime from './response-time.js';
import scenarios from './scenarios.js';
import slowResponse from './slow-response.js';

export default [responseTime, slowResponse, escalation, scenarios, deleting, noResponse] as Rule[];
