const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#34;': '"', '&#39;': "'" };

/** The text a reader sees: tags dropped, EJS's entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|#34|#39);/g, (m) => entities[m] ?? m)
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:])/g, '$1');
}
