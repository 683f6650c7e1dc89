/** A YAML mapping as plain data: an object that is not a list. Without zod, so `init` can use it before zod loads. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets a key with defineProperty, so that a key named `__proto__` stays data instead of setting the prototype. */
export function defineEntry(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
