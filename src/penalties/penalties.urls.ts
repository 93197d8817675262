/** Penalty-browse URLs; the filter lives in the query string. */

const seg = encodeURIComponent;

export interface PenaltyFilter {
  law?: string | undefined;
  version?: string | undefined;
  max?: string | undefined;
}

/** `/penalties/death?law=kp-criminal-code&version=2015`: the penalty ladders link here. */
export function penaltiesUrl(kind: string, filter: PenaltyFilter = {}): string {
  const params = new URLSearchParams();
  if (filter.law) params.append('law', filter.law);
  if (filter.law && filter.version) params.append('version', filter.version);
  if (filter.max) params.append('max', filter.max);
  const qs = params.toString();
  return `/penalties/${seg(kind)}${qs ? `?${qs}` : ''}`;
}
