import { type Brief, briefs, CC } from './law-briefs.ts';

/**
 * Whose a bare or pointed number is when the text names no law for it, or names it where the
 * extractor must look further: no law named at all, a quoted provision, another legal system's words,
 * an instrument's language, a country merely named, a law named in the title. Sentences written for these tests.
 */

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
