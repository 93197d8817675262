import { readFileSync } from 'node:fs';
import type { ExtractionContext } from '../../../src/extractor/citation.types.ts';
import { extractCitations } from '../../../src/extractor/extract.ts';
import { conceptsOf, stem } from '../../../src/extractor/extract-offence-concepts.ts';

const ctx = JSON.parse(
  readFileSync(new URL('../../fixtures/citations/context.json', import.meta.url), 'utf8'),
) as ExtractionContext;

type Brief = [law: string | null, article: string | null, offence: string | null];

function briefs(text: string): Brief[] {
  return extractCitations(text, ctx, { date: '2019-01-01' }).map((citation) => [
    citation.law,
    citation.article,
    citation.offence,
  ]);
}

const CC = 'kp-criminal-code';

describe('offence words: stems and equivalents', () => {
  it.each<[string, string]>([
    ['crossed', 'cross'],
    ['crossing', 'cross'],
    ['crossers', 'cross'],
    ['illegally', 'illegal'],
    ['smuggling', 'smuggl'],
    ['smuggler', 'smuggl'],
    ['acts', 'act'],
  ])('stems %j to %j', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('maps other words for the same act onto the database names’ concepts', () => {
    expect(conceptsOf('spying')).toEqual(conceptsOf('espionage'));
    expect(conceptsOf('Spionageverdacht')).toEqual(conceptsOf('espionage'));
    expect(conceptsOf('Grenzübertritts')).toEqual(expect.arrayContaining(conceptsOf('border')));
    expect(conceptsOf('the')).toEqual([]);
  });
});

describe('offence words: a charge named in other words', () => {
  it.each<[string, Brief[]]>([
    [
      'The woman was arrested after she had crossed the border illegally near Musan.',
      [[CC, '221', 'illegal-border-crossing']],
    ],
    ['A teacher was convicted of spying for Seoul and sentenced to ten years.', [[CC, '64', 'espionage']]],
    ['Two traders got five years of hard labour for smuggling copper into China.', [[CC, '199', 'smuggling']]],
    [
      'The prosecutor accused the pair of plotting to topple the government, spying and illegal entry.',
      [
        [CC, '60', 'state-overthrow-conspiracy'],
        [CC, '64', 'espionage'],
        [CC, '221', 'illegal-border-crossing'],
      ],
    ],
    ['Ein Bauer wurde in Nordkorea wegen angeblicher Spionage verurteilt.', [[CC, '64', 'espionage']]],
    ['Der Händler hatte die Staatsgrenze unerlaubt überschritten.', [[CC, '221', 'illegal-border-crossing']]],
    // A verb of a legal act reaches its whole clause, through a relative clause and a list of charges.
    [
      'North Korea accused him of being a missionary who plotted to topple the government.',
      [[CC, '60', 'state-overthrow-conspiracy']],
    ],
    [
      'North Korea charged her with bribing officials, forging permits and selling state secrets to a broker.',
      [[CC, '64', 'espionage']],
    ],
    // German: the accusation as a separable verb or a noun, the regime as what is overthrown.
    [
      'Das Gericht in Pjöngjang wirft dem Pastor einen Umsturzversuch gegen die Regierung vor.',
      [[CC, '60', 'state-overthrow-conspiracy']],
    ],
    [
      'Nordkorea stellte ihn wegen des Vorwurfs, das Regime stürzen zu wollen, vor Gericht.',
      [[CC, '60', 'state-overthrow-conspiracy']],
    ],
    // A database name said as a person's act.
    ['KCNA said his illegal border crossing had been proven in court.', [[CC, '221', 'illegal-border-crossing']]],
    // Any form of the verb of detention, and the act said to be against the law after it.
    [
      'Police in North Korea keep detaining traders for crossing the border at night.',
      [[CC, '221', 'illegal-border-crossing']],
    ],
    [
      'In North Korea crossing the border into China without a pass is illegal.',
      [[CC, '221', 'illegal-border-crossing']],
    ],
    [
      'In Nordkorea ist das Überqueren der Grenze ohne Passierschein verboten.',
      [[CC, '221', 'illegal-border-crossing']],
    ],
    ['Pjöngjang verurteilte ihn wegen „Taten zum Umsturz der Regierung“.', [[CC, '60', 'state-overthrow-conspiracy']]],
    [
      'The fisherman was executed as a traitor after his forced return.',
      [[CC, '63', 'treason-against-the-fatherland']],
    ],
    [
      'In Nordkorea gelten Rückkehrer als Verräter und müssen mit Lagerhaft rechnen.',
      [[CC, '63', 'treason-against-the-fatherland']],
    ],
    [
      'The pastor admitted that he had planned crimes aimed to topple the leadership.',
      [[CC, '60', 'state-overthrow-conspiracy']],
    ],
    [
      'Meeting the envoy was tantamount to state subversive plots and espionage, the agency said.',
      [
        [CC, '60', 'state-overthrow-conspiracy'],
        [CC, '64', 'espionage'],
      ],
    ],
    ['A nurse was arrested for crossing the river without a permit.', [[CC, '221', 'illegal-border-crossing']]],
    [
      'In Nordkorea gelten Rückkehrer\nals Verräter, heißt es im Bericht.',
      [[CC, '63', 'treason-against-the-fatherland']],
    ],
    ['The broker was jailed for drug dealing in Hyesan.', [[CC, '208', 'drug-trafficking']]],
    ['Der in Südkorea geborene Pastor wurde wegen Spionage verurteilt, meldete KCNA.', [[CC, '64', 'espionage']]],
    [
      'The students were punished for making phone calls abroad.',
      [[CC, '222', 'illegal-international-communications']],
    ],
  ])('cites %j', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it.each([
    'The code punishes crimes like bribery, espionage and arson with long terms.',
    'He was charged with theft, espionage and fraud.',
  ])('reads a charge later in a list whose first items we do not hold: %j', (text) => {
    expect(briefs(text)).toEqual([[CC, '64', 'espionage']]);
  });

  it.each([
    'Smuggling is everyday business on the river, traders say.',
    'He was arrested in a town where spying on neighbours is common.',
    'Die Flucht über den Fluss dauerte zwei Nächte.',
    'The series is about a spy who falls in love.',
    'Leaving without a permit is widely seen as an act of treason there.',
    'Her brother wanted to defect, she told the reporter.',
    'Crossing the border takes two hours on foot.',
    'Crossing the border at night is hard, and the guards are everywhere.',
    'Her book on illegal border crossing was published in Seoul.',
    'Police in North Korea arrested the driver, but smuggling across the river goes on.',
    'He was arrested for entering the hall without a ticket.',
  ])('takes a topic for no charge: %j', (text) => {
    expect(briefs(text)).toEqual([]);
  });

  it('lets a range take the offence named at its far end', () => {
    const found = extractCitations('Articles 183-184 punish decadent culture and decadent acts.', ctx, {
      date: '2019-01-01',
    });
    expect(found.map((citation) => [citation.article, citation.articleTo])).toEqual([['183', '184']]);
  });
});

describe('CJK offence names written a little differently', () => {
  it.each<[string, Brief[]]>([
    ['북한 재판소는 그에게 테로(테러)죄를 적용했다.', [[CC, '61', 'terrorism']]],
    ['북한 재판소는 그에게 파괴, 암해죄를 적용했다.', [[CC, '65', 'destruction-sabotage']]],
  ])('cites %j', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('offence words: whose offence', () => {
  it('takes an institution that reports the charge for a source, not the forum', () => {
    expect(briefs("According to South Korea's intelligence service, the colonel was executed for espionage.")).toEqual([
      [CC, '64', 'espionage'],
    ]);
    expect(briefs('South Korean prosecutors charged the activist with espionage.')).toEqual([]);
  });

  it('leaves an act placed in another country to that country’s law', () => {
    expect(briefs('Dozens of North Koreans who enter Russia unlawfully are sent back every year.')).toEqual([]);
  });

  it('keeps leaving the country across its border as the North’s offence', () => {
    expect(briefs('A miner was jailed in Onsong after he had illegally crossed the border into Russia.')).toEqual([
      [CC, '221', 'illegal-border-crossing'],
    ]);
  });
});

describe('German code abbreviations', () => {
  it('reads an unqualified § … StGB as the German code', () => {
    expect(
      extractCitations('Verrat von Staatsgeheimnissen steht unter Strafe (§ 95 StGB).', ctx, {}).map((c) => [
        c.law,
        c.lawName,
        c.article,
      ]),
    ).toEqual([[null, 'StGB', '95']]);
  });

  it('still reads the North’s code where the sentence names the North', () => {
    expect(briefs('In Nordkorea gilt § 63 StGB für Überläufer.')).toEqual([
      [CC, '63', 'treason-against-the-fatherland'],
    ]);
  });
});

describe("offence words: the charge against a state's own agent is another state's", () => {
  it.each<[string, Brief[]]>([
    ['A former North Korean spy was jailed in Seoul for espionage after he had contacted his handlers.', []],
    ['The two men met North Korean operatives in Beijing. A court later cleared them of espionage charges.', []],
    ['The engineer was convicted of spying for the North and of passing on military plans.', []],
    ['북한 공작원과 접촉한 혐의를 받은 회사원에게 간첩 혐의로 징역 3년이 선고됐다.', []],
    // An intelligence service that arrests is the forum, not the spy's employer.
    ["South Korea's National Intelligence Service arrested him for espionage last year.", []],
    ['한국 국정원은 그를 간첩 혐의로 체포했다.', []],
    ['Nordkoreas Geheimdienst nahm ihn wegen Spionage fest.', [[CC, '64', 'espionage']]],
    // The North's own trial of a spy sent against it stays its citation.
    ['North Korea sentenced the missionary to life for espionage on behalf of the South.', [[CC, '64', 'espionage']]],
    ['북한 최고재판소는 그에게 간첩 혐의로 무기노동교화형을 선고했다.', [[CC, '64', 'espionage']]],
    // Taking a state's orders makes one its agent, as its spies are.
    ['재판부는 "피고인이 북한의 지령을 받아 군사기밀을 수집했다"며 간첩죄를 인정했다.', []],
    ['The man was jailed for espionage on behalf of North Korea.', []],
    ['Der Mann soll im Auftrag Nordkoreas Spionage betrieben haben und wurde verurteilt.', []],
    ['北朝鮮の指令を受けてスパイ活動をした罪で男が起訴された。', []],
    // The North itself bringing a charge in a later sentence is its own case, whatever agents came before.
    [
      '법원은 북한 공작원 A씨에게 징역형을 선고했다. 한편 북한은 억류한 선교사에게 간첩 혐의를 적용했다.',
      [[CC, '64', 'espionage']],
    ],
    // Working for a state's intelligence service makes one its agent; its service arresting one does not.
    [
      'Die Frau soll für Südkoreas Geheimdienst gearbeitet haben. Nordkoreas Gericht verurteilte sie wegen Spionage.',
      [[CC, '64', 'espionage']],
    ],
  ])('%j', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('reads the agent in the title as speaking for the whole text', () => {
    const found = extractCitations('He was arrested in 1969 for espionage and served twenty years.', ctx, {
      date: '2010-01-01',
      context: { title: 'Former North Korean spy freed after twenty years', summary: null },
    });
    expect(found).toEqual([]);
  });
});

describe("an offence named beside the same country's constitution", () => {
  it('is the code’s offence, the constitution a slip', () => {
    expect(briefs('脱北者は、北朝鮮の憲法上の「祖国反逆罪」で処罰されると語った。')).toEqual([
      [CC, '63', 'treason-against-the-fatherland'],
    ]);
  });

  it("leaves an offence beside another country's law to that law", () => {
    expect(briefs('韓国の国家保安法上の「反国家団体構成罪」で起訴された。').filter(([law]) => law === CC)).toEqual([]);
  });
});

describe('the words of one offence name, taken from one item of a list', () => {
  it('does not join words of two items of a list into one name', () => {
    expect(briefs('The court tried the men for offences tied to drugs, gambling, and human trafficking.')).toEqual([]);
  });

  it('still reads the name in one item', () => {
    expect(briefs('He was charged with drug trafficking and prostitution.')).toEqual([[CC, '208', 'drug-trafficking']]);
    expect(briefs('She was arrested for trafficking drugs across the river.')).toEqual([
      [CC, '208', 'drug-trafficking'],
    ]);
  });
});

describe('flight, in German, is no unlawful crossing by itself', () => {
  it('reads "Flucht" as the offence only when the text says it was unlawful', () => {
    expect(briefs('Der Mann wurde wegen seiner Flucht nach China bestraft.')).toEqual([]);
    expect(briefs('Der Mann wurde wegen illegaler Flucht nach China bestraft.')).toEqual([
      [CC, '221', 'illegal-border-crossing'],
    ]);
  });
});

describe('German verdicts and trials that reach their clause', () => {
  it.each<[string, Brief[]]>([
    ['Der Student habe versucht zu spionieren, entschied das Gericht in Pjöngjang.', [[CC, '64', 'espionage']]],
    [
      'Der Mann wurde für schuldig befunden, einen Umsturz geplant zu haben.',
      [[CC, '60', 'state-overthrow-conspiracy']],
    ],
    [
      'Die Pastorin war vor Gericht gestellt worden, weil sie die Regierung in Pjöngjang stürzen wollte.',
      [[CC, '60', 'state-overthrow-conspiracy']],
    ],
    // High treason, in German usage, is the attempt on the state itself.
    ['Der Funktionär wurde in Nordkorea wegen Hochverrats hingerichtet.', [[CC, '60', 'state-overthrow-conspiracy']]],
  ])('%j', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('German court findings, grounds of arrest and drug compounds', () => {
  it.each<[string, Brief[]]>([
    [
      'Nach Ansicht des Gerichts wollte die Frau mit ihren Freunden die Regierung stürzen.',
      [[CC, '60', 'state-overthrow-conspiracy']],
    ],
    ['Der Haftgrund lautete „Spionage“.', [[CC, '64', 'espionage']]],
    [
      'Die Richter sahen es als erwiesen an, dass sie die Regierung stürzen wollten.',
      [[CC, '60', 'state-overthrow-conspiracy']],
    ],
    [
      'Nordkorea bestraft illegalen Opiumanbau und Drogenherstellung mit dem Tod.',
      [[CC, '206', 'drug-cultivation-manufacture']],
    ],
  ])('%j', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('a state’s agent named in the sentence after the charge', () => {
  it('makes the charge another state’s, in Chinese where names follow a preposition', () => {
    expect(briefs('韩国警方逮捕了涉嫌间谍活动的两名男子。据警方称,他们在朝鲜的指令下收集情报。')).toEqual([]);
  });
});

describe('defection in English words', () => {
  it('is no charge of treason by itself; a traitor is', () => {
    expect(briefs('The man was punished for defecting to the South.')).toEqual([]);
    expect(briefs('She was sentenced to death as a traitor to the fatherland.')).toEqual([
      [CC, '63', 'treason-against-the-fatherland'],
    ]);
  });
});

describe('smuggling banned culture', () => {
  it.each([
    'A man was sentenced to death for smuggling the South Korean series on USB drives.',
    'Er wurde wegen Schmuggels südkoreanischer Filme verurteilt.',
  ])('is no smuggling of goods: %j', (text) => {
    expect(briefs(text)).toEqual([]);
  });

  it('leaves the smuggling of goods the code’s smuggling', () => {
    expect(briefs('He was arrested for smuggling copper to China.')).toEqual([[CC, '199', 'smuggling']]);
  });
});

describe('leaving the country unlawfully, in German', () => {
  it('is illegal border crossing', () => {
    expect(briefs('Rückkehrer, die wegen illegaler Ausreise verurteilt werden, kommen in ein Arbeitslager.')).toEqual([
      [CC, '221', 'illegal-border-crossing'],
    ]);
  });
});
