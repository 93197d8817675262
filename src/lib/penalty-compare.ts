import { describePenalty, formatMonths, tierNames } from './penalty-format.ts';

/** Compares a reported punishment with the article's penalty ladder. Pure. */
export interface StatutePenalty {
  tier: string;
  kind: string;
  min_months: number | null;
  max_months: number | null;
}

export interface ReportedPenalty {
  kind: string;
  tier: string | null;
  min_months: number | null;
  max_months: number | null;
}

export interface PenaltyComparison {
  verdict: 'within' | 'exceeds' | 'not_provided' | 'no_statute_data';
  reported: string;
  message: string;
}

const tierOrder = ['basic', 'grave', 'especially_grave'];
const tierPhrase = (tier: string) =>
  tier === 'basic' ? 'the basic offence' : `${(tierNames[tier] ?? tier).toLowerCase()}`;

/** A sentence is a term, not a ceiling: "5 years of correctional labor", unless a range is given. */
function describeReported(r: ReportedPenalty): string {
  const single = r.min_months === null || r.max_months === null || r.min_months === r.max_months;
  const term = r.max_months ?? r.min_months;
  return single && term !== null
    ? describePenalty({ kind: r.kind, min_months: term, max_months: term })
    : describePenalty(r);
}

export function comparePenalty(reported: ReportedPenalty, statute: StatutePenalty[]): PenaltyComparison {
  const text = describeReported(reported);
  const reportedText = text.charAt(0).toUpperCase() + text.slice(1);
  if (statute.length === 0) {
    return {
      verdict: 'no_statute_data',
      reported: reportedText,
      message: 'the article’s penalties are not recorded, so it cannot be compared',
    };
  }
  const sameKind = statute.filter((p) => p.kind === reported.kind && (!reported.tier || p.tier === reported.tier));
  if (sameKind.length === 0) {
    return {
      verdict: 'not_provided',
      reported: reportedText,
      message: `the article does not provide ${describePenalty({ ...reported, min_months: null, max_months: null })}${reported.tier ? ` for ${tierPhrase(reported.tier)}` : ''}`,
    };
  }
  const term = reported.max_months ?? reported.min_months;
  if (term === null)
    return {
      verdict: 'within',
      reported: reportedText,
      message: `a penalty the article provides (${tierPhrase(sameKind[0]!.tier)})`,
    };
  const sorted = [...sameKind].sort((a, b) => tierOrder.indexOf(a.tier) - tierOrder.indexOf(b.tier));
  const fitting = sorted.find((p) => p.max_months === null || term <= p.max_months);
  if (fitting) {
    const bound = fitting.max_months === null ? 'the statutory range' : 'the statutory maximum';
    return { verdict: 'within', reported: reportedText, message: `within ${bound} for ${tierPhrase(fitting.tier)}` };
  }
  const highest = sorted.at(-1)!;
  return {
    verdict: 'exceeds',
    reported: reportedText,
    message: `exceeds the statutory maximum of ${formatMonths(highest.max_months!)} for ${tierPhrase(highest.tier)}`,
  };
}
