import type { Colors } from '../../base/colors.js';
import type { FileResult } from '../finding.js';
import type { Language } from '../../base/message.js';
import type { Rule } from '../rule.js';

export interface FormatContext {
  colors: Colors;
  language: Language;
  /** Every rule, for formats that describe them (SARIF). */
  rules: readonly Rule[];
  version: string;
  /** The folder the results' paths are relative to (default: this process's); json reports absolute paths. */
  cwd?: string;
}

/** A formatter is pure: results in, report text out; colour is decided by the caller. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
