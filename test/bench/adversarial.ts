/**
 * Hostile inputs for the citation extractor: long runs of the pieces its patterns look for. The
 * property test (test/unit/extractor/backtracking.test.ts) checks they finish; the benchmark
 * reports how long the worst of them takes.
 */
export const SIZE = 100_000;

/** Pieces that drive the patterns: keywords, numbers, connectors, law and offence names, scripts. */
export const FRAGMENTS = [
  'Article ', 'Articles ', 'Art. ', 'article', '§', 'section ', 'paragraph ', 'Artikel ', '60. ', 'Article Seven ',
  '제', '조', '제60조', '의', '항', '호', '부칙 ', '에서 ', '까지', '第', '条', '六十', '項', 'から', '〜', 'ㆍ', '・',
  '1', '22', '222', '2015', '2015년 ', '1,000', '0', '.1', '(', ')', '((', '))', '-', '–', '~', ',', '、',
  ' and ', ' to ', ' of the ', ' of ', ' ', '  ', '\n', '\t', '.', '. ', "'s", '’', '「', '」',
  'Criminal Code', 'criminal law', '형법', '刑法', 'Strafrechts', 'the law', 'this Act', '이 법', '동법', '同法', '법 ',
  "North Korea's ", 'South Korea', 'South Korean law', 'In Russia, ', '한국에서는 ', '북한 ', '北', '서울중앙지법',
  'revised ', 'amended in ', 'in ', 'the 2004 amendment', 'crime of ', 'charged with ', 'charges of ', '죄', '罪',
  'illegal international communications', '비법국제통신죄', '비법(불법) 국제통신죄', 'terrorism', '国家転覆陰謀罪',
  'Aaaa ', 'A', 'National Security Act', 'Act', 'Law', 'Law on ', 'against ', '법', '法', '法律', '가나다', '共和国',
  'No. ', 'Order No. 1028', '8장 ', '161조로 ', '全', '4章', '2020. 12. 29. ', 'language law', 'Rejection Act',
];

export function repeatTo(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
}

export const ADVERSARIAL: [string, string][] = [
  ['digits', repeatTo('1234567890')],
  ['Article Article …', repeatTo('Article ')],
  ['Article 1 Article 1 …', repeatTo('Article 1 ')],
  ['a list that never ends', `Articles ${repeatTo('1, ')}`],
  ['number words', repeatTo('Article twenty-two and ')],
  ['제제제 …', repeatTo('제')],
  ['1조1조 …', repeatTo('1조')],
  ['chapter counts', repeatTo('8장 161조로 ')],
  ['nested parentheses', repeatTo('((((1))))')],
  ['open parentheses', repeatTo('(')],
  ['dashes', repeatTo('-–—~')],
  ['ranges', repeatTo('1-')],
  ['whitespace', repeatTo(' \t\n\u00a0\u3000')],
  ['capitalised words', repeatTo('Aaaa Bbbb Cccc ')],
  ['title words and connectors', repeatTo('Aaaa of the Bbbb to Cccc ')],
  ['one long word', repeatTo('A')],
  ['hangul', repeatTo('가나다라마바사')],
  ['han', repeatTo('漢字仮名交')],
  ['offence suffixes', repeatTo('가나다죄 ')],
  ['law names', repeatTo('Criminal Code Article 60 of the law ')],
  ['law words and articles in one sentence', repeatTo('형법 1조, ')],
  ['many sentences, one paragraph', repeatTo('형법. 1조. ')],
  ['qualifiers', repeatTo("the North Korea's 2015 revised ")],
  ['markers in one sentence', repeatTo('in 한국에서는 ')],
  ['version statements', repeatTo('revised in amended on ')],
  ['kanji law names', repeatTo('共和国刑法第')],
  ['spaced hangul', repeatTo('비 법 국 제 ')],
  ['dotted dates', repeatTo('2020. 12. ')],
  ['descriptions', repeatTo('the law against reactionary thought and the language law ')],
  ["agents and their agencies", repeatTo('북한 보위부 지령을 받은 공작원 ')],
  ['offence names with adjective endings', repeatTo('비법적인 국제통신죄로 ')],
  ['forums at the verb', repeatTo('A Chinese court sentenced him in Seoul for illegally crossing, ')],
];
