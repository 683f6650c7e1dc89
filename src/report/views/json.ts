/**
 * The stable shape for scripts: raw numbers (nothing rounded), ROI as a ratio
 * (0.25 means +25 %), null where a value is unknown and `missing` saying why.
 */
import { toJson } from '../model.js';
import type { ReportView } from './view.js';

const json: ReportView = (model) => `${JSON.stringify(toJson(model), null, 2)}\n`;

export default json;
