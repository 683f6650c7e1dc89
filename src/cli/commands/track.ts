import { UsageError } from '../errors.js';

export interface TrackOptions {
  date?: string;
  file: string;
  note?: string;
  replace?: boolean;
  from?: string;
}

export async function track(_goalId: string | undefined, _value: string | undefined, _options: TrackOptions): Promise<number> {
  throw new UsageError('track is not built yet');
}
