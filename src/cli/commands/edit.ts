import type { Language } from '../../lint/rule.js';
import { UsageError } from '../errors.js';

export interface EditOptions {
  lang?: Language;
  answers?: string;
}

export async function edit(_section: string, _file: string, _options: EditOptions): Promise<number> {
  throw new UsageError('edit is not built yet');
}
