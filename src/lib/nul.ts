/**
 * PostgreSQL text cannot hold U+0000, so input carrying it is refused at the edge with the line
 * it is on, instead of failing inside a query. Returns the 1-based line, or null when absent.
 */
export function lineOfNul(text: string): number | null {
  const at = text.indexOf('\u0000');
  return at === -1 ? null : text.slice(0, at).split('\n').length;
}

export const NUL_MESSAGE = 'contains a NUL character (U+0000), which cannot be stored';

/**
 * Whether any string in parsed data holds U+0000. Iterative, with an explicit stack: data can be
 * as deep as its source allows, and a recursive walk would overflow the call stack first.
 */
export function containsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true;
    } else if (Array.isArray(item)) {
      for (const child of item) stack.push(child);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) stack.push(key, child);
    }
  }
  return false;
}
