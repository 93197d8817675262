import iconv from 'iconv-lite';
import { forbiddenAddressReason } from '../../src/ingest/address-guard.ts';
import { normalizedText } from '../../src/ingest/article-read.ts';
import { decodeBody } from '../../src/ingest/charset.ts';
import { citedSentences } from '../../src/ingest/excerpt.ts';
import { looksLikeFeed } from '../../src/ingest/feed-read.ts';
import { partialDateOf, primaryLanguage } from '../../src/ingest/page-metadata.ts';

describe('the SSRF guard', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['::1', 'a loopback address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['10.20.30.40', 'a private-network address'],
    ['172.16.0.1', 'a private-network address'],
    ['192.168.1.1', 'a private-network address'],
    ['169.254.169.254', 'a link-local address (where cloud metadata services answer)'],
    ['fe80::1', 'a link-local address (where cloud metadata services answer)'],
    ['fd00:ec2::254', 'a private-network address (IPv6 unique local)'],
    ['0.0.0.0', 'the unspecified address'],
    ['100.64.0.1', 'a carrier-grade NAT address'],
  ])('refuses %s as %s', (address, reason) => {
    expect(forbiddenAddressReason(address)).toBe(reason);
  });

  it.each(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '8.8.8.8'])('lets public %s through', (address) => {
    expect(forbiddenAddressReason(address)).toBeNull();
  });
});

describe('charsets', () => {
  const korean =
    '<html><head><meta charset="euc-kr"><title>형법 제60조</title></head><body>국가전복음모죄</body></html>';
  it('reads EUC-KR declared only in <meta charset>', () => {
    expect(decodeBody(iconv.encode(korean, 'euc-kr'), 'text/html')).toBe(korean);
  });
  it('prefers the Content-Type header', () => {
    const bytes = iconv.encode(korean.replace('euc-kr', 'utf-8'), 'euc-kr');
    expect(decodeBody(bytes, 'text/html; charset=EUC-KR')).toContain('국가전복음모죄');
  });
  it('reads the XML prolog of a feed', () => {
    const xml = '<?xml version="1.0" encoding="Shift_JIS"?><rss><channel><title>刑法第60条</title></channel></rss>';
    expect(decodeBody(iconv.encode(xml, 'shift_jis'), 'application/rss+xml')).toBe(xml);
  });
  it('falls back to UTF-8', () => {
    expect(decodeBody(Buffer.from('<p>北朝鮮</p>'), '')).toBe('<p>北朝鮮</p>');
  });
});

describe('page metadata', () => {
  it.each([
    ['2024-03-05T09:30:00+09:00', '2024-03-05'],
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-05', '2024-05'],
    ['2024', '2024'],
    ['2024.3.5 10:00', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05'],
    ['sometime', null],
  ])('reads the date %s with its own precision as %s', (value, expected) => {
    expect(partialDateOf(value)).toBe(expected);
  });
  it.each([
    ['en-US', 'en'],
    ['ko_KR', 'ko'],
    ['ja', 'ja'],
    ['', null],
  ])('reads the language %s as %s', (value, expected) => {
    expect(primaryLanguage(value)).toBe(expected);
  });
  it('tells a feed from a page', () => {
    expect(looksLikeFeed('', '<?xml version="1.0"?>\n<rss version="2.0">')).toBe(true);
    expect(looksLikeFeed('application/atom+xml', '<feed>')).toBe(true);
    expect(looksLikeFeed('text/html', '<?xml version="1.0"?><rss>')).toBe(false);
    expect(looksLikeFeed('', '<!doctype html><html>')).toBe(false);
  });
  it('folds spacing, case and punctuation for the duplicate hash', () => {
    expect(normalizedText('Article 60,  of the Code.')).toBe(normalizedText('article 60 of the code'));
  });
});

describe('the public excerpt', () => {
  const text =
    'First sentence here. The court cited Article 60 of the Criminal Code. Then it adjourned.\n\n북한 형법 제222조가 적용됐다. 다른 문장이다.';
  it('quotes only the sentences that carry citations, in order', () => {
    const a = text.indexOf('Article 60');
    const k = text.indexOf('형법 제222조');
    expect(
      citedSentences(text, 'en', [
        { start: k, end: k + 8 },
        { start: a, end: a + 10 },
      ]),
    ).toBe('The court cited Article 60 of the Criminal Code. … 북한 형법 제222조가 적용됐다.');
  });
  it('takes the next sentence too when a citation runs on into it, never more', () => {
    const a = text.indexOf('Code.');
    expect(citedSentences(text, 'en', [{ start: a, end: a + 12 }])).toBe(
      'The court cited Article 60 of the Criminal Code. … Then it adjourned.',
    );
  });
  it('is empty without citations', () => {
    expect(citedSentences(text, 'en', [])).toBeNull();
  });
});
