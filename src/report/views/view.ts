import type { Colors } from '../../base/colors.js';
import type { Language } from '../../base/message.js';
import type { ReportModel } from '../model.js';

export interface ReportContext {
  /** Decided by the caller (flag, NO_COLOR, terminal); only the text view uses it. */
  colors: Colors;
  language: Language;
}

/** A view is pure: the report model in, the report text out. */
export type ReportView = (model: ReportModel, context: ReportContext) => string;
