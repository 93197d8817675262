import { readFileSync } from 'node:fs';
import type { ExtractionContext, KnownVersion } from '../../../src/extractor/citation.types.ts';
import { extractCitations } from '../../../src/extractor/extract.ts';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/citations/context.json', import.meta.url), 'utf8'),
) as ExtractionContext;

function version(slug: string, inForceFrom: string | null, articles: [string, string | null][]): KnownVersion {
  const textStatus = articles.length ? 'partial' : 'reported_only';
  return { slug, inForceFrom, textStatus, articles: articles.map(([number, lineage]) => ({ number, lineage })) };
}

/** A code whose Article 10 means "old-crime" in 2000 and "new-crime" from 2010, renumbered to 11 … */
const small: ExtractionContext = {
  defaultLaw: 'kp-test-code',
  laws: [
    {
      slug: 'kp-test-code',
      jurisdiction: 'kp',
      title: 'Test Code',
      aliases: ['Criminal Code', '형법'],
      versions: [
        version('2000', '2000-01-01', [['10', 'old-crime']]),
        version('2010', '2010-01-01', [
          ['10', 'new-crime'],
          ['11', 'old-crime'],
        ]),
        version('2020', '2020-01-01', []),
        version('undated', null, [['12', 'new-crime']]),
      ],
    },
  ],
  offences: [
    { law: 'kp-test-code', lineage: 'old-crime', names: ['old crime'] },
    { law: 'kp-test-code', lineage: 'new-crime', names: ['new crime'] },
  ],
};

const first = (text: string, opts = {}, ctx = fixture) => extractCitations(text, ctx, opts)[0];

describe('version resolution order', () => {
  it.each([
    [
      'a stated version beats both dates',
      'Article 60 of the 2012 criminal code',
      { date: '2016-01-01', eventDate: '2016-01-01' },
      '2012',
      'stated_version',
    ],
    [
      'the event date beats the publication date',
      'Article 60',
      { date: '2016-01-01', eventDate: '2013-12-12' },
      '2012',
      'in_force_on_event',
    ],
    ['the publication date comes next', 'Article 60', { date: '2016-03-16' }, '2015', 'in_force_on_publication'],
    ['the latest version with articles comes last', 'Article 60', {}, '2015', 'latest'],
    ['a version starts on its in-force day', 'Article 60', { date: '2015-07-22' }, '2015', 'in_force_on_publication'],
    [
      'the day before belongs to the previous version',
      'Article 60',
      { date: '2015-07-21' },
      '2012',
      'in_force_on_publication',
    ],
    [
      '"the 2004 amendment" states a version',
      'Under the 2004 amendment, Article 59 covered conspiracy to overthrow the state.',
      {},
      '2004',
      'stated_version',
    ],
    ['a Korean year states a version', '2004년 개정 형법 제233조', { date: '2016-01-01' }, '2004', 'stated_version'],
    [
      'a German "Fassung vom" with a full date states a version',
      'Artikel 60 des Strafgesetzbuches in der Fassung vom 14. Mai 2012 bestraft den Umsturz.',
      { date: '2019-01-01' },
      '2012',
      'stated_version',
    ],
  ])('%s', (_name, text, opts, expectedVersion, resolution) => {
    expect(first(text, opts)).toMatchObject({ version: expectedVersion, resolution });
  });

  it('reads a stated year no version bears as the text in force that year, and says so', () => {
    const citation = first('2007년 개정 형법 제67조는 민족반역을 벌한다.', { date: '2016-01-01' });
    expect(citation).toMatchObject({ version: '2004' });
    expect(citation?.reason).toMatch(/stated version 2007 .* is not known; the one in force that year is used/);
  });

  it('skips a reported-only version in force and says so', () => {
    const citation = first('Article 222', { date: '2024-03-01' });
    expect(citation).toMatchObject({ version: '2015', resolution: 'in_force_on_publication' });
    expect(citation?.reason).toMatch(/2023 .*known only from reports.*used 2015/);
  });

  it('skips a stated reported-only version for an article and says so', () => {
    const citation = first('Article 222 of the 2022 revised criminal code', { date: '2019-01-01' });
    expect(citation).toMatchObject({ version: '2015', resolution: 'in_force_on_publication' });
    expect(citation?.reason).toMatch(/stated version 2022 is known only from reports/);
  });

  it('leaves undated versions to the latest rule', () => {
    // On 2030-01-01 the 2010 text is in force (2020 is known only from reports); we hold Article 12 only undated.
    const dated = first('Article 12', { date: '2030-01-01' }, small);
    expect(dated).toMatchObject({
      version: '2010',
      url: '/laws/kp-test-code/2010',
      resolution: 'in_force_on_publication',
    });
    expect(dated?.reason).toMatch(
      /Article 12 is not in our data: our text of kp-test-code 2010 is partial; it is known in undated/,
    );
    expect(first('Article 12', {}, small)).toMatchObject({ version: 'undated', resolution: 'latest' });
    // Undated, a number we do not hold anywhere goes to the latest dated version, not the undated one.
    expect(first('Article 13', {}, small)).toMatchObject({ version: '2010', resolution: 'latest' });
    expect(first('Article 13', {}, small)?.reason).toMatch(/undated: date not established/);
  });
});

describe('renumbering between versions', () => {
  it('keeps the version in force and names the numbering the offence follows, at lower confidence', () => {
    const plain = first('Article 60 of the criminal code', { date: '2016-05-01' });
    const renumbered = first('Under Art. 60 of the criminal code, terrorism carries the death penalty.', {
      date: '2016-05-01',
    });
    expect(plain).toMatchObject({ version: '2015', offence: 'state-overthrow-conspiracy' });
    expect(renumbered).toMatchObject({ version: '2015' });
    expect(renumbered!.confidence).toBeLessThan(plain!.confidence - 0.2);
    expect(renumbered?.reason).toMatch(/state-overthrow-conspiracy.*2015.*terrorism.*Article 60 in 2009/);
  });

  it('names the nearest older numbering first', () => {
    expect(first('Article 10 (old crime)', { date: '2015-01-01' }, small)?.reason).toMatch(/in 2000 \(different/);
    expect(first('Article 10 (new crime)', { date: '2015-01-01' }, small)).toMatchObject({ version: '2010' });
  });

  it('keeps the version but lowers confidence when no version matches the offence', () => {
    const citation = first('Article 64 (terrorism) of the criminal code', { date: '2016-01-01' });
    expect(citation).toMatchObject({ version: '2015' });
    expect(citation!.confidence).toBeLessThan(0.85);
    expect(citation?.reason).toMatch(/does not match the named offence terrorism \(terrorism is Article 61 there\)/);
  });

  it('raises confidence slightly when the named offence confirms the number', () => {
    const confirmed = first('Article 222 of the Criminal Code (illegal international communications)', {
      date: '2019-01-01',
    });
    const bare = first('Article 222 of the Criminal Code', { date: '2019-01-01' });
    expect(confirmed!.confidence).toBeGreaterThan(bare!.confidence);
  });
});

describe('articles our data lacks', () => {
  // Our texts are partial: a number we do not hold still belongs to the version in force, which is
  // resolved exactly as for a held article; the URL names the version page, there being no article page.
  it.each([
    [
      'a number not in the version',
      'Article 5 of the Criminal Code',
      { date: '2016-01-01' },
      '2015',
      'in_force_on_publication',
      /Article 5 is not in our data: our text of kp-criminal-code 2015 is partial$/,
    ],
    [
      'a number known only elsewhere',
      'Article 233 of the Criminal Code',
      { date: '2016-01-01' },
      '2015',
      'in_force_on_publication',
      /not in our data: .*2015 is partial; it is known in 2004, 2009/,
    ],
    [
      'a number on the event date',
      'Article 5 of the Criminal Code',
      { date: '2016-01-01', eventDate: '2010-06-01' },
      '2009',
      'in_force_on_event',
      /our text of kp-criminal-code 2009 is partial/,
    ],
    [
      'an undated text',
      'Article 5 of the Criminal Code',
      {},
      '2015',
      'latest',
      /our text of kp-criminal-code 2015 is partial/,
    ],
    [
      'a stated version',
      'Article 5 of the 2004 criminal code',
      { date: '2016-01-01' },
      '2004',
      'stated_version',
      /our text of kp-criminal-code 2004 is partial/,
    ],
    [
      'a stated version known only from reports',
      'Article 3 of the 2022 revised criminal code',
      { date: '2023-01-01' },
      '2022',
      'stated_version',
      /kp-criminal-code 2022 is known only from reports/,
    ],
    [
      'a law known only from reports',
      'Article 41 of the Youth Education Guarantee Act',
      { date: '2022-01-01' },
      '2021',
      'in_force_on_publication',
      /kp-youth-education-guarantee-act 2021 is known only from reports/,
    ],
  ])(
    'resolves %s to the version in force, linking the version page',
    (_name, text, opts, expectedVersion, resolution, reason) => {
      const citation = first(text, opts);
      const law = citation!.law!;
      expect(citation).toMatchObject({ version: expectedVersion, url: `/laws/${law}/${expectedVersion}`, resolution });
      expect(citation?.reason).toMatch(reason);
    },
  );

  it('is less sure of an article it does not hold than of one it holds', () => {
    const held = first('Article 60 of the Criminal Code', { date: '2016-01-01' });
    const lacking = first('Article 5 of the Criminal Code', { date: '2016-01-01' });
    expect(held).toMatchObject({ version: '2015', url: '/laws/kp-criminal-code/2015/articles/60' });
    expect(lacking!.confidence).toBeLessThan(held!.confidence);
  });
});

describe('unresolved citations', () => {
  it('keeps an article of a text dated before every version with version null, url null and a reason', () => {
    for (const text of ['Article 44', 'Article 60']) {
      const citation = first(text, { date: '1998-01-01' });
      expect(citation).toMatchObject({ version: null, url: null, resolution: 'unresolved' });
      expect(citation?.reason).toMatch(/the text is dated before every known version of kp-criminal-code/);
    }
  });
});

describe('urls', () => {
  it.each([
    ['an article', 'Article 222 of the Criminal Code', '/laws/kp-criminal-code/2015/articles/222'],
    [
      'a range',
      'Articles 34-38 of the anti-reactionary thought law',
      '/laws/kp-reactionary-ideology-and-culture-rejection-act/2020',
    ],
    ['a law with a stated version', "North Korea's 2015 revised criminal code", '/laws/kp-criminal-code/2015'],
    [
      'a law alone',
      'the Pyongyang Cultural Language Protection Act',
      '/laws/kp-pyongyang-cultural-language-protection-act',
    ],
  ])('links %s', (_name, text, url) => {
    expect(first(text, { date: '2021-06-01' })?.url).toBe(url);
  });

  it('links an undated version when no date is known and only it holds the article', () => {
    expect(first('Article 56 of the Administrative Penalties Law')?.url).toBe(
      '/laws/kp-administrative-penalties-law/post-2016/articles/56',
    );
  });

  it('percent-encodes article numbers that are not plain digits', () => {
    const ctx: ExtractionContext = {
      ...small,
      laws: [{ ...small.laws[0]!, versions: [version('2000', '2000-01-01', [['부칙 1', null]])] }],
    };
    expect(first('형법 부칙 1조', {}, ctx)?.url).toBe(
      `/laws/kp-test-code/2000/articles/${encodeURIComponent('부칙 1')}`,
    );
  });
});

describe('confidence calibration', () => {
  it('ranks an explicit law above a bare number above an anaphor', () => {
    const opts = { date: '2016-01-01' };
    const explicit = first('Article 60 of the Criminal Code', opts)!.confidence;
    const bare = first("North Korea's courts used Article 60.", opts)!.confidence;
    // "the law" of a text that names no law but under a title that does.
    const titled = { ...opts, context: { title: "North Korea's Criminal Code", summary: null } };
    const anaphor = first('Article 60 of the law', titled)!.confidence;
    expect(explicit).toBeCloseTo(0.95, 2);
    expect(bare).toBeCloseTo(0.8, 2);
    expect(anaphor).toBeLessThanOrEqual(0.75);
    expect(explicit).toBeGreaterThan(bare);
    expect(bare).toBeGreaterThan(anaphor);
  });

  it('binds a bare number to the law named last when that law has it', () => {
    const text =
      'The Reactionary Ideology and Culture Rejection Act was passed in December 2020. Article 32 bans South Korean speech.';
    expect(first(text, { date: '2021-01-20' })).toMatchObject({
      law: 'kp-reactionary-ideology-and-culture-rejection-act',
      article: '32',
      version: '2020',
    });
  });
});

describe('a year the cited text stood in ("as of 2002", "2002年当時", "2013년 현재")', () => {
  const cited = (text: string) =>
    extractCitations(text, fixture, { date: '2021-01-01' }).map((c) => [c.article, c.version, c.resolution]);

  it.each<[string, string]>([
    ['北朝鮮の刑法第59条(2005年当時)は国家転覆陰謀罪を定めていた。', '2004'],
    ['As of 2010, Article 233 of North Korea’s criminal code punished illegal border crossing.', '2009'],
    ['2013년 현재 북한 형법 제60조는 국가전복음모죄를 규정한다.', '2012'],
  ])('takes the version in force that year for %j', (text, expected) => {
    expect(cited(text)).toEqual([[expect.any(String), expected, 'stated_version']]);
  });

  it('still reads a revision year as that revision', () => {
    expect(cited('2012년 개정 북한 형법 제60조')).toEqual([['60', '2012', 'stated_version']]);
  });
});

describe("the header of a DPRK law's text", () => {
  it.each<[string, string]>([
    [
      '주체93(2004)년 4월 29일 최고인민회의 상임위원회 정령 제432호로 수정보충\n\n제1장 형법의 기본\n\n제59조 국가전복음모죄',
      '2004',
    ],
    [
      '2012.5.14 最高人民会議常任委員会政令第2490号(改正)\n\n朝鮮民主主義人民共和国刑法\n\n第60条 国家転覆陰謀罪',
      '2012',
    ],
  ])('states the version for the whole text: %j', (text, expected) => {
    const found = extractCitations(text, fixture, { date: '2021-01-01' }).filter((c) => c.article !== null);
    expect(found.map((c) => [c.version, c.resolution])).toEqual([[expected, 'stated_version']]);
  });
});
