import type { Language } from '../../lint/rule.js';
import { UsageError } from '../errors.js';

export interface InitOptions {
  lang?: Language;
  template?: string;
  listTemplates?: boolean;
  answers?: string;
  yes?: boolean;
  force?: boolean;
}

export async function init(_file: string, _options: InitOptions): Promise<number> {
  throw new UsageError('init is not built yet');
}
