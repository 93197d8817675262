/** A route parameter as one string (Express 5 gives wildcard parameters as arrays of segments). */
export function param(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join('/') : (value ?? '');
}
