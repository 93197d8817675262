import { readFileSync } from 'node:fs';
import type { ExtractionContext } from '../../../src/extractor/citation.types.ts';
import { extractCitations } from '../../../src/extractor/extract.ts';

/**
 * Korean, Japanese and Chinese offences named in other words than the database's, or without the
 * offence suffix (죄, 罪). Sentences written for these tests.
 */
const ctx = JSON.parse(
  readFileSync(new URL('../../fixtures/citations/context.json', import.meta.url), 'utf8'),
) as ExtractionContext;

const offences = (text: string, date = '2016-06-01') =>
  extractCitations(text, ctx, { date }).map((c) => [c.article, c.offence]);

describe('offence words of the language data, before the suffix', () => {
  it.each<[string, (string | null)[][]]>([
    ['북한 법원은 그 남성에게 마약 밀수·거래죄를 적용했다고 한다.', [['208', 'drug-trafficking']]],
    ['朝鲜当局对叛逃国外罪的处罚已经加重。', [['63', 'treason-against-the-fatherland']]],
  ])('reads %j as the offence its words name', (text, expected) => {
    expect(offences(text)).toEqual(expected);
  });

  it('does not read defection alone as the treason offence', () => {
    expect(offences('在朝鲜,叛逃被看作严重罪行。')).toEqual([]);
  });
});

describe('an act said to be unlawful (비법, 不法, 非法) in a sentence of a charge or a punishment', () => {
  it.each<[string, (string | null)[][]]>([
    [
      '보위부는 비법적으로 국경을 넘은 남성을 공개재판에 세워 노동교화형에 처했다.',
      [['221', 'illegal-border-crossing']],
    ],
    ['当局は、不法に国境を越えた女性に労働鍛錬刑を科したという。', [['221', 'illegal-border-crossing']]],
    [
      '该男子在庭上承认犯下间谍罪和非法入境。',
      [
        ['64', 'espionage'],
        ['221', 'illegal-border-crossing'],
      ],
    ],
    [
      '재판소는 그가 비법월경과 밀수 등 조국반역죄를 저질렀다며 사형을 선고했다.',
      [
        ['221', 'illegal-border-crossing'],
        ['199', 'smuggling'],
        ['63', 'treason-against-the-fatherland'],
      ],
    ],
  ])('reads %j as that offence', (text, expected) => {
    expect(offences(text)).toEqual(expected);
  });

  it('takes a state written onto the border word for whose border it is, not where the act was', () => {
    expect(offences('판결문은 그가 비법적으로 중국국경을 넘어간 범죄를 저질렀다고 밝혔다.')).toEqual([
      ['221', 'illegal-border-crossing'],
    ]);
  });

  it('reads nothing where no charge or punishment is spoken of', () => {
    expect(offences('这座小城早已成为非法越境人员的主要通道。')).toEqual([]);
  });

  it('reads no charge in an offender noun that names a class of people', () => {
    expect(offences('당국은 처벌을 강화하고 비법 월경자 수용소를 늘렸다.')).toEqual([]);
  });
});

describe('a framing word after a name written without its suffix', () => {
  it.each<[string, (string | null)[][]]>([
    ['平壌の法廷は、スパイの容疑で捕らえた男に重い刑を言い渡した。', [['64', 'espionage']]],
    ['朝鲜法院裁定,该男子间谍活动罪名成立。', [['64', 'espionage']]],
    ['소식통은 올해 들어 비법(불법) 월경에 대한 단속이 심해졌다고 말했다.', [['221', 'illegal-border-crossing']]],
  ])('reads %j as that offence', (text, expected) => {
    expect(offences(text)).toEqual(expected);
  });
});

describe('an offence named by its offender (자, 者)', () => {
  it.each<[string, (string | null)[][]]>([
    ['북한 형법에 따르면 이들은 ‘조국반역자’로 분류된다고 한다.', [['63', 'treason-against-the-fatherland']]],
    ['판사는 “조국을 배반하고 도망친 반역자들”이라며 사형을 선고했다.', [['63', 'treason-against-the-fatherland']]],
    ['朝鲜法院把这些人当作叛国者判处了死刑。', [['63', 'treason-against-the-fatherland']]],
  ])('reads %j as that offence', (text, expected) => {
    expect(offences(text)).toEqual(expected);
  });

  it('needs a held law or a charge, a trial or a punishment in the sentence', () => {
    expect(offences('그는 서울에서 자신을 조국반역자라고 부르는 사람들을 만났다.')).toEqual([]);
  });

  it('reads no offender in a verb ending (-고자)', () => {
    expect(offences('그들은 정권을 전복하고자 했다는 이유로 재판에 넘겨졌다.')).toEqual([]);
  });
});

describe('an attempt alleged before a Chinese charge in other words', () => {
  it('reads 企图 as a cue, like 被控', () => {
    expect(offences('朝鲜最高法院称,这名传教士企图推翻朝鲜政权。')).toEqual([['60', 'state-overthrow-conspiracy']]);
  });

  it('reads 试图, the other verb of attempt, the same way', () => {
    expect(offences('朝鲜法庭认定这名商人试图颠覆国家政权,判处死刑。')).toEqual([['60', 'state-overthrow-conspiracy']]);
    expect(offences('这名商人试图离开会场。')).toEqual([]);
  });
});

describe('what may stand between a CJK offence name and its frame', () => {
  it.each<[string, string[][]]>([
    ['북한은 선교사에게 국가전복음모행위 혐의를 적용했다.', [['60', 'state-overthrow-conspiracy']]],
    ["북한은 그에게 '간첩행위' 혐의를 씌웠다.", [['64', 'espionage']]],
    ['当局は男性らを「スパイ」の罪で処罰した。', [['64', 'espionage']]],
  ])('reads %j with the act noun, quote or possessive between', (text, expected) => {
    expect(offences(text)).toEqual(expected);
  });

  it('keeps an act noun that is a word of the name itself', () => {
    expect(offences('2012년 형법은 퇴폐적 행위죄에 2년 이하의 노동교화형을 정했다.')).toEqual([
      ['184', 'decadent-acts'],
    ]);
  });
});

describe('a Chinese charge framed by 因从事 … 而被', () => {
  it('reads the act after it', () => {
    expect(offences('这名传教士因从事颠覆活动而被判处无期徒刑。')).toEqual([['60', 'state-overthrow-conspiracy']]);
  });
});

describe('an adjective ending inside a CJK offence name', () => {
  it.each<[string, string[][]]>([
    [
      "그는 휴대전화로 남한과 통화해 '비법적인 국제통신죄'로 처벌받았다.",
      [['222', 'illegal-international-communications']],
    ],
    ['その男は不法的な国境出入罪で処罰された。', [['221', 'illegal-border-crossing']]],
  ])('reads %j as the name without it, a word of the name ("국제") no place', (text, expected) => {
    expect(offences(text)).toEqual(expected);
  });
});

describe('an act as the ground of an execution or arrest, without a word of charge', () => {
  it.each<[string, string[][]]>([
    ['그 남성은 마약 밀매로 공개처형됐다.', [['208', 'drug-trafficking']]],
    ['その男性は麻薬の密売で公開処刑された。', [['208', 'drug-trafficking']]],
  ])('reads %j', (text, expected) => {
    expect(offences(text)).toEqual(expected);
  });

  it('reads no act where a place stands before the particle', () => {
    expect(offences('その男性は韓国で逮捕された。')).toEqual([]);
  });
});

describe('growing opium and making drugs, and betraying the fatherland, in CJK words', () => {
  it.each<[string, string[][]]>([
    ['その男性は不法アヘン栽培・麻薬製造罪で起訴された。', [['206', 'drug-cultivation-manufacture']]],
    ["그는 '비법 아편재배, 마약제조죄'로 기소됐다.", [['206', 'drug-cultivation-manufacture']]],
    ['这名军官以背叛祖国行为论处,被判处死刑。', [['63', 'treason-against-the-fatherland']]],
  ])('reads %j', (text, expected) => {
    expect(offences(text)).toEqual(expected);
  });
});
