/** A YAML mapping as plain data: an object that is not a list. Without zod, so `init` can use it before zod loads. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
