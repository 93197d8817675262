import { articleLabel, articleSortKey } from '../../src/lib/article-number.ts';
import { formatTerm } from '../../src/lib/penalty-format.ts';
import { buildLadder, ladderSentence } from '../../src/lib/penalty-ladder.ts';

const p = (tier: string, kind: string, min: number | null, max: number | null, group = 1) => ({
  tier,
  alternative_group: group,
  kind,
  min_months: min,
  max_months: max,
});

describe('penalty ladder', () => {
  it('phrases Article 222 the way a researcher reads it', () => {
    const ladder = buildLadder([
      p('basic', 'disciplinary_labor', null, 12),
      p('grave', 'fixed_term_correctional_labor', null, 60),
    ]);
    expect(ladderSentence(ladder)).toBe(
      'Up to 1 year of disciplinary labor (로동단련형); in grave cases up to 5 years of correctional labor (로동교화형)',
    );
  });

  it('joins alternatives with "or" and cumulative groups with "together with"', () => {
    const ladder = buildLadder([
      p('especially_grave', 'confiscation', null, null, 2),
      p('especially_grave', 'unlimited_term_correctional_labor', null, null, 1),
      p('especially_grave', 'death', null, null, 1),
      p('basic', 'fixed_term_correctional_labor', 60, 120),
    ]);
    expect(ladder.map((s) => s.tier)).toEqual(['basic', 'especially_grave']);
    expect(ladderSentence(ladder)).toBe(
      '5 to 10 years of correctional labor (로동교화형); in especially grave cases life-term correctional labor (무기로동교화형) or the death penalty (사형), together with confiscation of property (재산몰수형)',
    );
  });

  it.each([
    [null, 12, 'up to 1 year'],
    [60, 120, '5 to 10 years'],
    [120, null, 'at least 10 years'],
    [6, 18, '6 months to 1 year 6 months'],
    [null, null, ''],
  ])('formats a term from %s to %s months as "%s"', (min, max, expected) => {
    expect(formatTerm(min, max)).toBe(expected);
  });
});

describe('article numbers', () => {
  it('sorts text numbers numerically, sub-articles after their article, supplementary provisions last', () => {
    const numbers = ['부칙 1', '222', '60-1', '9', '60', '61'];
    expect([...numbers].sort((a, b) => articleSortKey(a) - articleSortKey(b))).toEqual([
      '9',
      '60',
      '60-1',
      '61',
      '222',
      '부칙 1',
    ]);
  });

  it('labels supplementary provisions in words', () => {
    expect(articleLabel('222')).toBe('Article 222');
    expect(articleLabel('부칙 1')).toBe('Supplementary Provisions, Article 1');
  });
});
