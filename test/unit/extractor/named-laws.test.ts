import { readFileSync } from 'node:fs';
import type { ExtractedCitation, ExtractionContext, ExtractOptions } from '../../../src/extractor/citation.types.ts';
import { extractCitations } from '../../../src/extractor/extract.ts';

/**
 * Which law a name means when the database does not list that name: a generic name in another
 * language ("Strafgesetzbuch"), a constitution, an international instrument, a law named only in
 * the title, a name that the text itself shows to be a slip. Sentences written for these tests.
 */
const ctx = JSON.parse(
  readFileSync(new URL('../../fixtures/citations/context.json', import.meta.url), 'utf8'),
) as ExtractionContext;

const CC = 'kp-criminal-code';

type Brief = [law: string | null, lawName: string | null, article: string | null, articleTo: string | null];

const extract = (text: string, opts: ExtractOptions = { date: '2019-03-01' }): ExtractedCitation[] =>
  extractCitations(text, ctx, opts);
const briefs = (text: string, opts?: ExtractOptions): Brief[] =>
  extract(text, opts).map((c) => [c.law, c.lawName, c.article, c.articleTo]);

describe('a generic name the database does not list, said of a jurisdiction whose law of that kind it holds', () => {
  it.each<[string, Brief[]]>([
    ['Die Richter stützten sich auf Artikel 64 des nordkoreanischen Strafgesetzbuches.', [[CC, null, '64', null]]],
    ['Pjöngjang hat sein Strafgesetzbuch 2012 überarbeitet; § 221 betrifft die Grenze.', [[CC, null, '221', null]]],
    ['Das nordkoreanische Strafgesetzbuch kennt keine Pressefreiheit.', [[CC, null, null, null]]],
  ])('binds %j to the held law of that kind', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('leaves the same name of another jurisdiction unheld', () => {
    expect(briefs('Das südkoreanische Strafgesetzbuch regelt in Artikel 250 den Mord.')).toEqual([
      [null, 'südkoreanische Strafgesetzbuch', '250', null],
    ]);
  });
});

describe('a constitution named by its generic name alone', () => {
  it.each<[string, Brief[]]>([
    [
      "Pyongyang's constitution, in Article 67, promises freedom of the press.",
      [[null, "Pyongyang's constitution", '67', null]],
    ],
    [
      'Die nordkoreanische Verfassung garantiert in Artikel 68 die Religionsfreiheit.',
      [[null, 'nordkoreanische Verfassung', '68', null]],
    ],
  ])('keeps %j out of the criminal code', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('a law name the text itself shows to be a slip', () => {
  it('follows the offence named with the number to the held law of the same jurisdiction', () => {
    const text =
      "A defector recalled that North Korea's constitution punishes phone calls abroad under Article 222, the crime of illegal international communications.";
    expect(briefs(text)).toEqual([[CC, null, '222', null]]);
  });

  it('does not move an article of another jurisdiction', () => {
    const text =
      'Under the South Korean constitution, Article 222, the crime of illegal international communications, would be void.';
    expect(briefs(text).filter(([law]) => law === CC)).toEqual([]);
  });
});

const RIC = 'kp-reactionary-ideology-and-culture-rejection-act';
const PCL = 'kp-pyongyang-cultural-language-protection-act';

describe('a held law named in a reworded or translated title', () => {
  it.each<[string, Brief[]]>([
    ['朝鲜当局依据《抵制反动思想文化法》第二十九条判刑。', [[RIC, null, '29', null]]],
    ['「反動思想文化の排除に関する法律」第28条は流布を罰する。', [[RIC, null, '28', null]]],
    [
      'Article 12 of the youth education guaranteeing law sets duties.',
      [['kp-youth-education-guarantee-act', null, '12', null]],
    ],
  ])('binds %j to that law', (text, expected) => {
    expect(briefs(text, { date: '2022-01-01' })).toEqual(expected);
  });

  it('binds bare ranges to the law a long title names, jurisdiction and all', () => {
    const context = { title: '朝鲜民主主义人民共和国抵制反动思想文化法全文', summary: null };
    expect(briefs('第一条至第五条规定立法目的。第二十九条规定了刑罚。', { date: '2022-01-01', context })).toEqual([
      [RIC, null, '1', '5'],
      [RIC, null, '29', null],
    ]);
    const japanese = { title: '反動思想文化の排除に関する法律の全文', summary: null };
    expect(briefs('第1条から第6条までは目的を定める。', { date: '2022-01-01', context: japanese })).toEqual([
      [RIC, null, '1', '6'],
    ]);
  });

  it('does not take a title that shares only a few characters for the law', () => {
    expect(briefs('文化財保護法第3条は文化財の定義を置く。').map(([law]) => law)).toEqual([null]);
  });
});

describe('CJK ranges and quoted names', () => {
  it.each<[string, Brief[]]>([
    ['平壌文化語保護法は、58条から前述の60条までで重い罰を定める。', [[PCL, null, '58', '60']]],
    ['평양문화어보호법 제58조부터 위의 제60조까지가 처벌 조항이다.', [[PCL, null, '58', '60']]],
    ['依照朝鲜《刑法》第二百二十一条，他被判刑。', [[CC, null, '221', null]]],
  ])('reads %j as one citation of the law named with it', (text, expected) => {
    expect(briefs(text, { date: '2023-06-01' })).toEqual(expected);
  });

  it('keeps the quoted name in the quote', () => {
    expect(extract('依照朝鲜《刑法》第二百二十一条，他被判刑。')[0]?.asWritten).toBe('《刑法》第二百二十一条');
  });
});

describe('international instruments', () => {
  it.each<[string, Brief[]]>([
    [
      'Pyongyang joined the International Covenant on Economic, Social and Cultural Rights long ago; Article 11 of the Covenant covers food.',
      [[null, 'International Covenant on Economic, Social and Cultural Rights', '11', null]],
    ],
    [
      'The Convention against Torture is one treaty North Korea never signed. Its drafters put the ban in Article 2 of the Convention.',
      [[null, 'Convention against Torture', '2', null]],
    ],
    [
      'Observers quoted the Universal Declaration of Human Rights at the hearing. Article 9 forbids arbitrary arrest.',
      [[null, 'Universal Declaration of Human Rights', '9', null]],
    ],
    ['The CEDAW, in its Article 6, asks states to end trafficking in women.', [[null, 'CEDAW', '6', null]]],
    [
      'The delegation said its report to the Committee follows the Convention, art. 12 on the views of the child first.',
      [[null, 'the Convention', '12', null]],
    ],
    [
      'Returns are governed by a treaty (Protocol on Cooperation in the Border Regions, Art 3).',
      [[null, 'Protocol on Cooperation in the Border Regions', '3', null]],
    ],
  ])('binds %j to the instrument, not to the criminal code', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('lets "the Covenant" refer back only to a covenant', () => {
    const text =
      'North Korea revised its Criminal Code in 2015 and reported on the Covenant on Civil and Political Rights. Article 7 of the Covenant bans torture.';
    expect(briefs(text).filter(([, , article]) => article === '7')).toEqual([
      [null, 'Covenant on Civil and Political Rights', '7', null],
    ]);
  });

  it('still binds "its Article N" after a named held law to that law', () => {
    expect(briefs("North Korea's Criminal Code, in its Article 64, defines espionage.")).toEqual([
      [CC, null, '64', null],
    ]);
  });
});

describe('a bare range in the sentence after a related law was named', () => {
  it.each<[string, Brief[]]>([
    [
      '북한은 형법도 손질했다. 평양문화어보호법은 괴뢰말투를 금지한다. 그중 33~35조가 공개비판을 다룬다.',
      [
        [CC, null, null, null],
        [PCL, null, '33', '35'],
      ],
    ],
    [
      '北朝鮮は刑法も手直しした。平壌文化語保護法は南の言葉遣いを禁じる。第33条から第35条までが公開批判を定める。',
      [
        [CC, null, null, null],
        [PCL, null, '33', '35'],
      ],
    ],
    [
      '朝鲜也调整了刑法。平壤文化语保护法禁止南方腔调。第58至60条规定了处罚。',
      [
        [CC, null, null, null],
        [PCL, null, '58', '60'],
      ],
    ],
  ])('binds the range in %j to the law of the sentence before', (text, expected) => {
    expect(briefs(text, { date: '2023-06-01' })).toEqual(expected);
  });

  it('still binds a number two sentences on to the law that holds it', () => {
    const text = '평양문화어보호법이 채택됐다. 당국은 단속을 강화했다. 형법 제221조도 함께 적용된다.';
    expect(briefs(text, { date: '2023-06-01' }).filter(([, , article]) => article !== null)).toEqual([
      [CC, null, '221', null],
    ]);
  });

  it('takes the range tail into the citation', () => {
    expect(extract('平壌文化語保護法の58から60条までが罰則だ。', { date: '2023-06-01' })[0]?.asWritten).toBe(
      '平壌文化語保護法の58から60条まで',
    );
  });
});

describe("the South's criminal act in a story about a South Korean court", () => {
  it.each<string>([
    '대구지법 형사11부는 형법 제250조를 적용해 피고인에게 징역 20년을 선고했다.',
    '광주고법은 항소를 기각했다. 재판부는 형법 제347조의 사기죄가 성립한다고 봤다.',
    '창원지방검찰청은 형법 제355조 횡령 혐의로 회사 대표를 기소했다.',
  ])('keeps 형법 in %j out of the DPRK code', (text) => {
    const found = extract(text);
    expect(found.filter((c) => c.article !== null).map((c) => [c.law, c.lawName, c.jurisdiction])).toEqual([
      [null, '형법', 'kr'],
    ]);
  });

  it('still reads 형법 in a story about the North as its code', () => {
    expect(briefs('북한 중앙재판소는 형법 제60조를 적용했다고 조선중앙통신이 전했다.')).toEqual([
      [CC, null, '60', null],
    ]);
  });
});

describe('a year in brackets after a law name', () => {
  it('states the version the text is of', () => {
    const found = extract("North Korea's Criminal Code (2004) lists the offence in Article 233.", {
      date: '2016-01-01',
    });
    expect(found.map((c) => [c.law, c.article, c.version])).toEqual([[CC, '233', '2004']]);
  });

  it('does so in a title given as context', () => {
    const context = { title: 'Criminal Code of the DPRK (2009), an unofficial translation', summary: null };
    const found = extract('Article 233. A person who crosses the border illegally shall be punished.', {
      date: '2016-01-01',
      context,
    });
    expect(found.map((c) => [c.law, c.article, c.version])).toEqual([[CC, '233', '2009']]);
  });
});

describe('German citations with the law right after the number', () => {
  it.each<[string, Brief[]]>([
    ['Die Anklage stützte sich auf Art. 64 StGB der DVRK.', [[CC, null, '64', null]]],
    ['Nach § 221 Strafgesetzbuch Nordkoreas wird der Grenzübertritt bestraft.', [[CC, null, '221', null]]],
  ])('binds %j to the law named after it', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
    expect(extract(text)[0]?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("does not read the next citation's law into a Korean one", () => {
    expect(briefs('그는 북한 형법 제233조 청년교양보장법 제41조 위반으로 처벌됐다.', { date: '2022-01-01' })).toEqual([
      [CC, null, '233', null],
      ['kp-youth-education-guarantee-act', null, '41', null],
    ]);
  });
});

describe('a German compound whose head is a law name', () => {
  it('names the law', () => {
    expect(briefs('Pjöngjang hat mit einer Strafrechtsnovelle die Strafen für Grenzgänger erhöht.')).toEqual([
      [CC, null, null, null],
    ]);
  });

  it('is no law when the head is none', () => {
    expect(briefs('Die Verkehrsreform in Nordkorea kam nicht voran.')).toEqual([]);
  });
});

describe('a bare number right after a law referred to but named out of view', () => {
  it('is not given to the default law', () => {
    expect(
      briefs(
        'Nordkorea hat ein neues Gesetz. Der Sender erläutert einen Teil des Gesetzes. Demnach lautet Artikel 12: Wer spricht, wird bestraft.',
      ),
    ).toEqual([]);
  });

  it('still goes to the default law when the reference is further back', () => {
    expect(
      briefs(
        'Der Sender erläutert einen Teil des Gesetzes.\n\nIn Nordkorea verurteilte ein Gericht ihn nach Artikel 64.',
      ),
    ).toEqual([[CC, null, '64', null]]);
  });
});

describe('a German country adjective before its law or its organs', () => {
  it.each([
    'Nach südkoreanischem Recht ist Spionage nach Artikel 98 strafbar.',
    'Die südkoreanische Polizei nahm ihn wegen Spionage fest.',
  ])('reads %j as the South speaking, not the North', (text) => {
    expect(briefs(text).filter(([law]) => law === CC)).toEqual([]);
  });
});

describe('an article pointed at a law no one named', () => {
  it.each<[string, Brief[]]>([
    // "법 제N조" with no law before it: the law was named where the text does not reach.
    ['법 제12조에 따라 신고한 사람은 그 범위에서 접촉할 수 있다.', []],
    // A bill's own articles ("안 제N조") are the amended law's, never the default code's.
    ['신고 절차를 간소화하려는 것임(안 제5조의2 및 제17조).', []],
    ['개정안 제3조는 위반자에 대한 과태료를 높였다.', []],
  ])('does not guess the default law for %j', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('still binds them to the law named before them, or in the title', () => {
    expect(briefs('국가보안법은 찬양을 처벌한다. 법 제7조가 그 근거다.')).toEqual([[null, '국가보안법', '7', null]]);
    expect(briefs('북한 형법은 지난해 개정되었다. 법 제60조는 국가전복음모죄를 정한다.')).toEqual([
      [CC, null, '60', null],
    ]);
    expect(
      briefs('법 제58조는 처벌을 정한다.', {
        date: '2023-06-01',
        context: { title: '평양문화어보호법 전문 공개', summary: null },
      }),
    ).toEqual([['kp-pyongyang-cultural-language-protection-act', null, '58', null]]);
  });
});

describe('a quoted provision that opens with its number', () => {
  it.each<[string, Brief[]]>([
    ['Article 12: All citizens enjoy freedom of speech and of the press.', []],
    ['The text reads:\nArticle 40. The state shall provide free medical care to all working people.', []],
    ['| Article 88. | The cabinet is the administrative organ of the state. |', []],
  ])('leaves a provision with no penal words unbound: %j', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it.each<[string, Brief[]]>([
    [
      'Article 222: A person who makes illegal international calls shall be punished with up to one year of labour.',
      [[CC, null, '222', null]],
    ],
    ['제63조: 조국을 배반한 자는 5년 이상의 노동교화형에 처한다.', [[CC, null, '63', null]]],
  ])('keeps a penal provision as the default code’s: %j', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('does not touch a number cited in running text', () => {
    expect(briefs('North Korea cites Article 12 when it arrests preachers.')).toEqual([[CC, null, '12', null]]);
  });
});

describe("a bare number in a sentence that speaks another system's words", () => {
  it.each<[string, Brief[]]>([
    ['大阪の裁判所は第235条に基づき懲役2年を言い渡した。', []],
    ['The activist was indicted under Article 7 after his return from Pyongyang.', []],
  ])('guesses no default law for %j', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it("keeps the default law where the sentence also speaks the North's words", () => {
    expect(briefs('北朝鮮の裁判所は第63条に基づき労働教化刑10年を言い渡した。')).toEqual([[CC, null, '63', null]]);
  });
});

describe("the South's supreme court named in Japanese or Chinese", () => {
  it.each<[string, Brief[]]>([
    ['韓国の大法院は第250条の解釈について判断を示した。', []],
    ['韩国大法院援引第250条驳回了上诉。', []],
  ])('leaves %j to the South', (text, expected) => {
    expect(briefs(text).filter(([law]) => law !== null)).toEqual(expected);
  });
});

describe('a bare number where the Security Council or a foreign legislature acts', () => {
  it.each<[string, Brief[]]>([
    ['Acting under Chapter VII, Article 42, the Security Council may authorise force.', []],
    ["Japan's Diet passed the bill; Article 4 sets up a fund for the victims.", []],
  ])('guesses no default law for %j', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("a treaty body citing its treaty's article in brackets", () => {
  it('leaves "(art. N)" to the treaty, though the reviewed country is named beside it', () => {
    const text =
      'The Committee regrets that the State party returns DPRK nationals without any screening of their claims (art. 3).';
    expect(briefs(text)).toEqual([]);
  });

  it('reads the CAT as the Convention against Torture', () => {
    expect(briefs('Non-refoulement is also written into the CAT (Article 3), the rapporteur said.')).toEqual([
      [null, 'CAT', '3', null],
    ]);
  });

  it('keeps a bracketed number in a DPRK passage that speaks of no treaty', () => {
    expect(briefs('North Korea punishes unauthorised calls abroad (Article 222).')).toEqual([[CC, null, '222', null]]);
  });
});

describe('a bare number where the text sanctions or reviews the North under a treaty', () => {
  it('leaves it to the instrument though the North is named beside it', () => {
    expect(
      briefs(
        "The resolution condemns North Korea's missile launch. Under Article 41, Member States must freeze the assets.",
      ),
    ).toEqual([]);
  });
});

describe('a country named in passing in an earlier sentence', () => {
  it("yields to what the document is about (the South's supreme court)", () => {
    expect(
      briefs(
        '대법원은 북한 체제를 찬양한 글을 올린 혐의로 기소된 C씨의 상고를 기각했다. 원심은 제7조 제1항 위반을 인정했다.',
      ),
    ).toEqual([]);
  });

  it('still gives a DPRK document the default code', () => {
    expect(briefs('북한은 지난해 공개재판을 열었다. 재판소는 제63조를 적용했다.')).toEqual([[CC, null, '63', null]]);
  });
});

describe("a law of the writer's country in a story of the North's spies", () => {
  it("reads the generic code as the South's, not the North's", () => {
    expect(briefs('검찰은 그가 북한 공작원에게 군사기밀을 넘겼다며 형법 제98조 간첩죄를 적용했다.')).toEqual([
      [null, '형법', '98', null],
    ]);
  });
});

describe('a two-syllable law name after a country', () => {
  it('reads "북한 가족법" as a law the database does not hold, and binds bare numbers to it from the title', () => {
    expect(briefs('북한 가족법 제8조는 자유결혼을 규정한다.')).toEqual([[null, '북한 가족법', '8', null]]);
    expect(
      briefs('제9조 결혼은 남자 18살, 녀자 17살부터 할 수 있다.', {
        date: '2013-01-01',
        context: { title: '조선민주주의인민공화국 가족법', summary: null },
      }),
    ).toEqual([[null, '조선민주주의인민공화국 가족법', '9', null]]);
  });

  it('still reads a two-syllable word before 법 as no law', () => {
    expect(briefs('북한 방법으로는 제3조를 읽을 수 없다.').filter(([, name]) => name === '북한 방법')).toEqual([]);
  });
});

describe("a bill's title and a German norm list", () => {
  it('binds the articles of a bill named in the title to the bill', () => {
    const found = briefs('第五章 支援の原則(第十八条・第十九条)', {
      date: '2006-06-01',
      context: { title: '拉致被害者の支援に関する法律案', summary: null },
    });
    expect(found.map(([law, , article]) => [law, article])).toEqual([
      [null, '18'],
      [null, '19'],
    ]);
  });

  it('reads GFK as the Refugee Convention', () => {
    expect(briefs('Normen: GFK Art. 33 Abs. 1, AufenthG § 60 Abs. 5').map(([law]) => law)).not.toContain(CC);
  });
});

describe('"its Article N" after a law named in an earlier sentence', () => {
  it('points to that law, not to a country named in between', () => {
    expect(
      briefs(
        "Russia's Migration Law governs foreigners. North Koreans caught in Russia are deported under its Article 18.",
      ),
    ).toEqual([[null, "Russia's Migration Law", '18', null]]);
  });
});
