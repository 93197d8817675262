/** Statute Atlas paths for a citation (DESIGN.md, "URL map"). */

function segment(value: string): string {
  return encodeURIComponent(value);
}

/** `/laws/{law}/{version}/articles/{article}`, `/laws/{law}/{version}` or `/laws/{law}`. */
export function citationUrl(law: string, version: string | null, article: string | null): string {
  if (version === null) return `/laws/${segment(law)}`;
  const base = `/laws/${segment(law)}/${segment(version)}`;
  return article === null ? base : `${base}/articles/${segment(article)}`;
}
