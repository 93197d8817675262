/**
 * PostgreSQL text cannot hold U+0000, so input carrying it is refused at the edge with the line
 * it is on, instead of failing inside a query. Returns the 1-based line, or null when absent.
 */
export function lineOfNul(text: string): number | null {
  const at = text.indexOf('\u0000');
  return at === -1 ? null : text.slice(0, at).split('\n').length;
}

export const NUL_MESSAGE = 'contains a NUL character (U+0000), which cannot be stored';
