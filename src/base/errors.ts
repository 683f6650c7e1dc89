/** A usage, configuration or I/O problem: one line, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
