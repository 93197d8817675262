import {
  type PenaltyLike,
  type Tier,
  describePenalty,
  koreanKindName,
  tierNames,
  tierOrder,
} from './penalty-format.ts';

export interface LadderAlternative {
  text: string;
  ko: string | null;
  kind: string;
  minMonths: number | null;
  maxMonths: number | null;
  note: string | null;
}

export interface LadderStep {
  tier: Tier;
  tierName: string;
  /** groups are cumulative ("and"); alternatives inside a group are "or" */
  groups: LadderAlternative[][];
  sentence: string;
}

const tierLead: Record<string, string> = {
  basic: '',
  grave: 'in grave cases ',
  especially_grave: 'in especially grave cases ',
};

function phrase(groups: LadderAlternative[][]): string {
  return groups
    .map((alternatives) => alternatives.map((a) => (a.ko ? `${a.text} (${a.ko})` : a.text)).join(' or '))
    .join(', together with ');
}

/** Groups penalties by tier and alternative group, and phrases each tier as a sentence part. */
export function buildLadder(penalties: PenaltyLike[]): LadderStep[] {
  const steps: LadderStep[] = [];
  for (const tier of tierOrder) {
    const inTier = penalties.filter((p) => p.tier === tier);
    if (inTier.length === 0) continue;
    const groupIds = [...new Set(inTier.map((p) => p.alternative_group))].sort((a, b) => a - b);
    const groups = groupIds.map((g) =>
      inTier
        .filter((p) => p.alternative_group === g)
        .map((p) => ({
          text: describePenalty(p),
          ko: koreanKindName(p.kind),
          kind: p.kind,
          minMonths: p.min_months,
          maxMonths: p.max_months,
          note: p.note ?? null,
        })),
    );
    steps.push({
      tier,
      tierName: tierNames[tier] ?? tier,
      groups,
      sentence: `${tierLead[tier] ?? ''}${phrase(groups)}`,
    });
  }
  return steps;
}

/** "Up to 1 year of disciplinary labor (로동단련형); in grave cases up to 5 years of correctional labor (로동교화형)" */
export function ladderSentence(steps: LadderStep[]): string {
  const text = steps.map((s) => s.sentence).join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Tiers below the heaviest recorded one that have no recorded penalty: a grave case implies a
 * basic one, so such a tier exists and its penalty is simply not in our sources.
 */
export function unrecordedTiers(steps: LadderStep[]): string[] {
  if (steps.length === 0) return [];
  const top = Math.max(...steps.map((s) => tierOrder.indexOf(s.tier)));
  return tierOrder
    .slice(0, top)
    .filter((t) => !steps.some((s) => s.tier === t))
    .map((t) => tierNames[t] ?? t);
}
