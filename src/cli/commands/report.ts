import type { Language } from '../../lint/rule.js';
import { UsageError } from '../errors.js';

export interface ReportOptions {
  format: 'text' | 'markdown' | 'html' | 'json';
  outputFile?: string;
  lang?: Language;
  color?: boolean;
}

export async function report(_file: string, _options: ReportOptions): Promise<number> {
  throw new UsageError('report is not built yet');
}
