const SEPARATOR = ' … ';

interface Span {
  start: number;
  end: number;
}

/** Sentence spans of a text: Intl's segmenter, which knows 。 and 다. as well as full stops; never across a paragraph. */
export function sentencesOf(text: string, language: string): Span[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const spans: Span[] = [];
  let offset = 0;
  for (const paragraph of text.split('\n\n')) {
    for (const s of segmenter.segment(paragraph)) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const body = s.segment.trim();
      if (body) spans.push({ start: offset + s.index + lead, end: offset + s.index + lead + body.length });
    }
    offset += paragraph.length + 2;
  }
  return spans;
}

/**
 * What a public report quotes of an article: only the sentences that carry its citations, at
 * most two per citation (the one it starts in and, when it runs on, the next), in the article's
 * order, joined as the seeds join their passages. Null when nothing is cited.
 */
export function citedSentences(text: string, language: string, citations: Span[]): string | null {
  if (citations.length === 0) return null;
  const sentences = sentencesOf(text, language);
  const chosen = new Set<number>();
  for (const c of citations) {
    const i = sentences.findIndex((s) => c.start >= s.start && c.start < s.end);
    if (i === -1) continue;
    chosen.add(i);
    if (c.end > sentences[i]!.end && i + 1 < sentences.length) chosen.add(i + 1);
  }
  if (chosen.size === 0) return null;
  return [...chosen]
    .sort((a, b) => a - b)
    .map((i) => text.slice(sentences[i]!.start, sentences[i]!.end))
    .join(SEPARATOR);
}
