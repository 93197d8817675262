import { readFileSync } from 'node:fs';
import type { ExtractionContext } from '../../../src/extractor/citation.types.ts';
import { extractCitations } from '../../../src/extractor/extract.ts';
import { scoreSystemTerms } from '../../../src/extractor/extract-system-terms.ts';

const ctx = JSON.parse(
  readFileSync(new URL('../../fixtures/citations/context.json', import.meta.url), 'utf8'),
) as ExtractionContext;

const bound = (text: string, title?: string) =>
  extractCitations(text, ctx, { date: '2020-01-01', context: title ? { title, summary: null } : undefined }).map(
    (citation) => [citation.law, citation.jurisdiction, citation.article],
  );

describe('legal-system vocabulary', () => {
  it('gives one point per distinct word of a system, two at most', () => {
    expect(scoreSystemTerms('3년 이하의 징역 또는 징역형')).toEqual(new Map([['kr', 1]]));
    expect(scoreSystemTerms('징역, 자격정지, 선고유예')).toEqual(new Map([['kr', 2]]));
    expect(scoreSystemTerms('노동교화형 5년, 교화소')).toEqual(new Map([['kp', 2]]));
    expect(scoreSystemTerms('eine Freiheitsstrafe vom Landgericht')).toEqual(new Map([['de', 2]]));
    expect(scoreSystemTerms('a dirt road to the district courthouse')).toEqual(new Map());
  });

  it('reads an unqualified criminal law as the system its penalties belong to', () => {
    expect(bound('형법 제250조는 사람을 살해한 자를 사형, 무기 또는 5년 이상의 징역에 처하도록 한다.')).toEqual([
      [null, 'kr', '250'],
    ]);
    expect(bound('형법 제250조를 어긴 그는 노동교화형 10년을 받았다.')).toEqual([['kp-criminal-code', 'kp', '250']]);
  });

  it("reads the Criminal Act beside the South's security statute as the South's, in Korean and Japanese", () => {
    expect(bound('검찰은 국가보안법이 아니라 형법 제98조를 적용했다.')).toEqual([[null, 'kr', '98']]);
    expect(bound('検察は国家保安法ではなく刑法98条を適用した。', '北朝鮮の工作員事件')).toEqual([[null, 'kr', '98']]);
  });

  it("reads the South's criminal procedure as the South's, in Korean and Japanese", () => {
    expect(bound('검사는 형법 제99조를 들어 피의자를 구속기소했다.')).toEqual([[null, 'kr', '99']]);
    expect(bound('재판부는 간첩 혐의를 받던 피고인에게 무죄를 선고했다.')).toEqual([]);
    expect(bound('男は刑法第96条の疑いで送検された。')).toEqual([[null, 'jp', '96']]);
  });

  it("reads the South's criminal procedure in English as the South's", () => {
    expect(scoreSystemTerms('indicted on espionage charges; a request for recusal')).toEqual(new Map([['kr', 2]]));
    expect(bound('Five unionists were indicted on espionage charges after a request for recusal.')).toEqual([]);
  });

  it('lets the system its words belong to outweigh a country merely named in the sentence', () => {
    expect(bound('북한 공작원을 만난 혐의로 구속기소된 회사원에게 형법 제99조가 적용됐다.')).toEqual([
      [null, 'kr', '99'],
    ]);
    expect(bound('北朝鮮のために情報を集めた男に、地裁は刑法第96条を適用した。')).toEqual([[null, 'jp', '96']]);
    expect(bound('북한 형법 제99조에 따라 노동교화형이 선고됐다.')).toEqual([['kp-criminal-code', 'kp', '99']]);
  });

  it("reads a bill before the South's legislature as amending the South's Criminal Act", () => {
    expect(bound('의원들이 낸 개정안은 형법 제98조의 처벌 대상을 넓힌다.')).toEqual([[null, 'kr', '98']]);
    expect(bound('적국을 위한 행위만 벌하는 형법 제98조를 고치자는 목소리가 있다.')).toEqual([[null, 'kr', '98']]);
    expect(bound('判决援引刑法第322条,认定被告偷越国(边)境。')).toEqual([[null, 'cn', '322']]);
  });

  it("reads a country's legislature amending a criminal law as that country's law, whatever offence it names", () => {
    expect(bound('韩国国会上周修改刑法第87条,扩大叛乱罪的处罚范围。')).toEqual([[null, 'kr', '87']]);
    expect(bound('한국 국회는 간첩죄를 다루는 형법 제98조 개정안을 통과시켰다.')).toEqual([[null, 'kr', '98']]);
    expect(
      bound("South Korea's National Assembly voted to amend Article 98 of the Criminal Act on espionage."),
    ).toEqual([[null, 'kr', '98']]);
  });

  it('does not read a country the sentence leaves out as the one it speaks of', () => {
    expect(bound('개정안이 통과되면 북한 외의 나라를 위한 간첩죄도 형법으로 처벌된다.')).toEqual([]);
    expect(bound('북한 외무성은 형법 제60조를 언급했다.')).toEqual([['kp-criminal-code', 'kp', '60']]);
  });

  it('keeps a DPRK report that names the North on its own code', () => {
    expect(bound('북한 형법 제60조와 국가보안법 제7조')).toEqual([
      ['kp-criminal-code', 'kp', '60'],
      [null, 'kr', '7'],
    ]);
  });
});

describe("the agency that sends a state's agent", () => {
  it("is no word of that state's legal system: the agent's trial is the other state's", () => {
    expect(bound('북한 보위부 지령을 받고 잠입한 남성이 형법 제98조 위반으로 재판에 넘겨졌다.')).toEqual([
      [null, 'kr', '98'],
    ]);
  });

  it('still speaks for its state where it acts itself', () => {
    expect(bound('보위부는 그 남성을 형법 제98조 위반으로 재판에 넘겼다.')).toEqual([['kp-criminal-code', 'kp', '98']]);
  });
});

describe("the South's ministries and procedure", () => {
  it.each([
    '통일부는 "제9조에 따라 방북 승인을 받아야 한다"고 밝혔다.',
    '검찰은 A씨에게 징역 5년을 구형했다. 검찰은 제98조를 적용했다.',
    'The Unification Ministry said visits to the North require approval under Article 9.',
  ])('make a bare number in %j none of the North’s code', (text) => {
    expect(bound(text).filter(([law]) => law !== null)).toEqual([]);
  });
});
