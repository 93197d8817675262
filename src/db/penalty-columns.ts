/** A penalty as every page shows it (one rung of an article's ladder): the columns its queries select. */
export const penaltyColumns = [
  'penalty.tier',
  'penalty.alternative_group',
  'penalty.kind',
  'penalty.min_months',
  'penalty.max_months',
  'penalty.note',
] as const;
