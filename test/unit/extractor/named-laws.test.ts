import { type Brief, briefs, CC, extract } from './law-briefs.ts';

/**
 * Which law a name means when the database does not list that name: a generic name in another
 * language ("Strafgesetzbuch"), a constitution, an international instrument, a law named only in
 * the title, a name that the text itself shows to be a slip. Sentences written for these tests.
 */

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

describe('agreements between states named as instruments', () => {
  it.each<[string, string]>([
    ['Under Article 3 of the Agreed Framework, the reactor was to be frozen.', 'the Agreed Framework'],
    ['북한은 9·19 군사합의 제2조를 파기했다.', '9·19 군사합의'],
    ['朝鲜宣布不再遵守停战协定第5条。', '停战协定'],
  ])('keeps %j to the agreement', (text, name) => {
    expect(briefs(text).map(([law, lawName]) => [law, lawName])).toEqual([
      [null, expect.stringContaining(name.split(' ').at(-1)!)],
    ]);
  });
});

describe("a law's supplementary provisions", () => {
  it('are no mention of the law itself: they are an instrument of their own', () => {
    expect(briefs('2006年,朝鲜颁布了新的刑法附则,规定多项罪名可判处死刑。')).toEqual([]);
    expect(briefs('북한은 2007년 형법 부칙을 채택했다.')).toEqual([]);
  });

  it('leave the law named on its own elsewhere a mention', () => {
    expect(briefs('朝鲜的刑法规定了多项罪名。')).toEqual([[CC, null, null, null]]);
  });
});

describe('a known name that opens a longer title', () => {
  it.each<[string, Brief[]]>([
    [
      'Article 2 of the Criminal Law Supplementary Regulations of the DPRK imposes the death penalty.',
      [[null, 'Criminal Law Supplementary Regulations', '2', null]],
    ],
    [
      'Under the Criminal Law Enforcement Rules, Article 5 applies.',
      [[null, 'Criminal Law Enforcement Rules', '5', null]],
    ],
  ])('names another law in %j', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('leaves the known name followed by an article its own', () => {
    expect(briefs('The DPRK Criminal Law, Article 60, punishes conspiracy.')).toEqual([[CC, null, '60', null]]);
    expect(briefs('The Criminal Code Article 60 is cited.')).toEqual([[CC, null, '60', null]]);
  });
});

describe("a title's name starts at its own first word", () => {
  it.each<[string, string]>([
    ['According to the Labour Law, Article 5 applies.', 'Labour Law'],
    ['Under the Military Service Enforcement Rules, Article 5 applies.', 'Military Service Enforcement Rules'],
  ])('not at the sentence opening before it: %j', (text, name) => {
    expect(briefs(text)).toEqual([[null, name, '5', null]]);
  });
});

describe("the South's intelligence service", () => {
  it('speaks of its legal system, as its courts do', () => {
    expect(briefs('국정원은 A씨를 형법 제98조 위반 혐의로 체포했다.')).toEqual([[null, '형법', '98', null]]);
    expect(briefs('보위부는 A씨를 형법 제98조 위반 혐의로 체포했다.')).toEqual([[CC, null, '98', null]]);
  });
});

describe('words ending in the law character that are no laws', () => {
  it('leaves a singing style a singing style', () => {
    expect(briefs('第45条は、韓国の唱法をまねて歌った者を罰すると定めている。')).toEqual([[CC, null, '45', null]]);
  });
});

describe('treaties in German', () => {
  it.each<[string, string]>([
    [
      'Gemäß Art. 33 der Flüchtlingskonvention darf niemand in einen Verfolgerstaat zurückgeschickt werden.',
      'Flüchtlingskonvention',
    ],
    ['Artikel 12 des Paktes über die Freizügigkeit schützt das Recht, jedes Land zu verlassen.', 'Paktes'],
  ])('are laws of their own, not the default code: %j', (text, name) => {
    expect(briefs(text).map(([law, lawName]) => [law, lawName?.includes(name) ?? false])).toEqual([[null, true]]);
  });
});
