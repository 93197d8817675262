/**
 * Text for XML 1.0 documents (Atom feeds). Characters XML 1.0 forbids outright — C0 controls
 * other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF — cannot even be escaped, and one of them
 * in a report's pasted text would make every feed reader reject the whole document: drop them.
 */
const forbidden =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for element content and attribute values alike. */
export function escapeXml(value: string): string {
  return value.replace(forbidden, '').replace(/[&<>"']/g, (c) => entities[c]!);
}
