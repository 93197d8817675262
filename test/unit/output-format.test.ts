import feedParser from '@rowanmanning/feed-parser';
import { renderAtom } from '../../src/feeds/atom.ts';
import { csvCell, csvRecord, neutraliseFormula } from '../../src/lib/csv.ts';
import { escapeXml } from '../../src/lib/xml-escape.ts';

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', `"'\rCR"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a=b', 'a=b'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves numbers, and empties null, and ends records in CRLF', () => {
    expect(csvRecord([-1, 0.95, null, undefined, true, 'x'])).toBe('-1,0.95,,,true,x\r\n');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('XML escaping', () => {
  it('escapes markup and drops characters XML 1.0 forbids, keeping astral characters', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f\tg\nh')).toBe('abcdef\tg\nh');
    expect(escapeXml('형법 😀')).toBe('형법 😀');
  });

  it('renders an Atom document a feed parser reads back exactly', () => {
    const hostile = 'Tom & Jerry <b>"quoted"</b> \u0007bell ]]>';
    const xml = renderAtom({
      id: 'tag:statute-atlas,2026:feed/x',
      title: hostile,
      subtitle: 's',
      selfUrl: 'https://a.example/x.atom?a=1&b=2',
      pageUrl: 'https://a.example/x',
      updated: new Date('2026-01-02T03:04:05.678Z'),
      entries: [
        {
          id: 'tag:statute-atlas,2026:citation/1',
          title: hostile,
          language: 'ko',
          updated: new Date('2026-01-02T03:04:05Z'),
          published: null,
          link: 'https://a.example/reports/r#cite-1',
          relatedLink: null,
          authors: ['Daily NK'],
          categories: [{ term: 'law_described', label: 'Law described' }],
          summary: 'summary',
          content: '“quote”',
        },
      ],
    });
    expect(xml).toContain('<updated>2026-01-02T03:04:05Z</updated>');
    const feed = feedParser.parseFeed(xml);
    expect(feed.title).toBe('Tom & Jerry <b>"quoted"</b> bell ]]>');
    expect(feed.self).toBe('https://a.example/x.atom?a=1&b=2');
    expect(feed.items[0]).toMatchObject({
      id: 'tag:statute-atlas,2026:citation/1',
      title: 'Tom & Jerry <b>"quoted"</b> bell ]]>',
      content: '“quote”',
    });
    expect(feed.items[0]!.categories[0]).toMatchObject({ term: 'law_described', label: 'Law described' });
  });
});
