import { type LineageArticleRow, lineageCells } from '../../src/laws/lineage-cells.ts';
import { toVersionViews } from '../../src/laws/laws.view-models.ts';
import { NOT_RECORDED, buildPenaltyHistory, penaltyChart } from '../../src/laws/penalty-history.ts';
import { buildLadder, unrecordedTiers } from '../../src/lib/penalty-ladder.ts';

const version = (id: number, slug: string, from: string, text: 'partial' | 'reported_only' = 'partial') => ({
  id,
  slug,
  label: `Code ${slug}`,
  adopted_on: from,
  effective_from: null,
  in_force_from: from,
  amending_instrument: null,
  text_status: text,
  source_url: null,
  note: null,
  article_count: null,
});
const versions = toVersionViews('code', [
  version(1, '1999', '1999-01-01'),
  version(2, '2004', '2004-01-01'),
  version(3, '2015', '2015-01-01'),
  version(4, '2023', '2023-01-01', 'reported_only'),
]);
const article = (id: number, versionId: number, number: string, relation: string | null = null): LineageArticleRow => ({
  id,
  number,
  heading: null,
  version_id: versionId,
  relation,
  step_note: null,
});

describe('lineage cells', () => {
  it('tells not-yet-existing, number-unknown, text-unavailable and repealed apart', () => {
    const cells = lineageCells(
      'code',
      versions,
      null,
      [article(10, 2, '193', 'new'), article(11, 3, '183', 'renumbered')],
      [{ version_id: 4, relation: 'repealed', note: 'Gone.' }],
    );
    expect(cells.map((c) => `${c.versionSlug}:${c.state}:${c.label}`)).toEqual([
      '1999:absent:Did not exist yet',
      '2004:present:Art. 193',
      '2015:present:Art. 183',
      '2023:repealed:Repealed',
    ]);
    expect(cells[3]!.note).toBe('Gone.');
    const unknown = lineageCells('code', versions, 3, [article(11, 3, '183')]);
    expect(unknown.map((c) => c.state)).toEqual(['unknown', 'unknown', 'this', 'reported_only']);
  });
});

describe('penalty history', () => {
  const p = (versionId: number, tier: string, max: number | null, kind = 'fixed_term_correctional_labor') => ({
    version_id: versionId,
    tier,
    kind,
    min_months: null,
    max_months: max,
  });

  it('lists and draws a tier without a figure as not recorded, never as absent', () => {
    const rows = buildPenaltyHistory(versions.slice(1, 3), [p(2, 'basic', 24), p(2, 'grave', 60), p(3, 'grave', 120)]);
    expect(rows.map((r) => [r.versionSlug, r.basic, r.grave, r.especiallyGrave])).toEqual([
      ['2004', 'up to 2 years', 'up to 5 years', NOT_RECORDED],
      ['2015', NOT_RECORDED, 'up to 10 years', NOT_RECORDED],
    ]);
    const bars = penaltyChart(rows).bars;
    expect(bars).toHaveLength(6);
    expect(bars.filter((b) => !b.recorded).map((b) => b.label)).toEqual(['?', '?', '?']);
  });

  it('keeps a version whose penalties are all unrecorded, and has no history with a single version', () => {
    const rows = buildPenaltyHistory(versions.slice(1, 3), [p(3, 'grave', 120)]);
    expect(rows[0]).toMatchObject({ versionSlug: '2004', penaltiesRecorded: false, basic: NOT_RECORDED });
    expect(buildPenaltyHistory(versions.slice(2, 3), [p(3, 'grave', 120)])).toEqual([]);
  });
});

describe('ladder gaps', () => {
  it('names the tiers below the heaviest recorded one that have no penalty', () => {
    const ladder = buildLadder([
      { tier: 'grave', alternative_group: 1, kind: 'fixed_term_correctional_labor', min_months: 60, max_months: 120 },
    ]);
    expect(unrecordedTiers(ladder)).toEqual(['Basic offence']);
    expect(unrecordedTiers(buildLadder([]))).toEqual([]);
  });
});
