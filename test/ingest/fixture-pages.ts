/**
 * Article pages shaped like news outlets' (header, navigation, JSON-LD, OpenGraph, share links,
 * related stories, footer). The stories are our own writing, made up for these tests.
 */
export interface FixtureArticle {
  path: string;
  lang: string;
  charset: 'utf-8' | 'euc-kr';
  title: string;
  /** as the page declares it (JSON-LD datePublished or article:published_time) */
  published: string;
  author: string;
  site: string;
  paragraphs: string[];
  alternates?: { lang: string; path: string }[];
  /** put the date in JSON-LD (true) or in OpenGraph meta only */
  jsonLd: boolean;
}

export const EN_TRIAL: FixtureArticle = {
  path: '/news/en/border-county-phone-trial',
  lang: 'en',
  charset: 'utf-8',
  title: 'Border county holds public trial over smuggled phones',
  published: '2024-03-05T09:30:00+09:00',
  author: 'Kim Min-ji',
  site: 'Example Daily',
  jsonLd: true,
  alternates: [{ lang: 'ko', path: '/news/ko/border-county-phone-trial' }],
  paragraphs: [
    // The only offence the story names is in the next sentence: the tests count one suggestion per article.
    'Authorities in a northern border county held a public trial last week for three residents who sold mobile phones brought in from China, a source in the region told our reporter.',
    'The source said the court cited Article 222 of the Criminal Code, which covers illegal international communications, and sentenced one defendant to five years of correctional labor.',
    'Residents were summoned to watch the hearing at a local stadium. Officials warned that anyone caught making calls abroad would face the same punishment.',
    'Similar trials have been reported in other provinces this year, though the figures could not be independently confirmed.',
  ],
};

export const KO_TRIAL: FixtureArticle = {
  path: '/news/ko/border-county-phone-trial',
  lang: 'ko',
  charset: 'euc-kr',
  title: '국경 지역 군에서 휴대전화 밀매 주민 공개재판',
  published: '2024-03-06T08:00:00+09:00',
  author: '김민지',
  site: '예시일보',
  jsonLd: false,
  alternates: [{ lang: 'en', path: '/news/en/border-county-phone-trial' }],
  paragraphs: [
    // As in the English: what they did, not a charge ('밀수 … 판매한 혐의' is one, smuggling, and the extractor reads it).
    '북부 국경 지역의 한 군에서 지난주 중국에서 들여온 휴대전화를 판 주민 세 명에 대한 공개재판이 열렸다고 현지 소식통이 전했다.',
    '소식통에 따르면 재판소는 불법국제통신죄를 규정한 북한 형법 제222조를 적용해 한 명에게 5년의 노동교화형을 선고했다.',
    '주민들은 지역 경기장에 동원돼 재판을 지켜봤으며, 당국은 외국과 통화하다 적발되면 같은 처벌을 받을 것이라고 경고했다.',
    '이 같은 내용은 독자적으로 확인되지 않았다.',
  ],
};

export const JA_SPY: FixtureArticle = {
  path: '/news/ja/former-teacher-verdict',
  lang: 'ja',
  charset: 'utf-8',
  title: '北朝鮮の裁判所、元教員にスパイ罪で有罪判決',
  published: '2024-05',
  author: '山田花子',
  site: 'サンプル新聞',
  jsonLd: true,
  paragraphs: [
    '北朝鮮北部の裁判所が先月、元教員の男性に有罪判決を言い渡したと現地の情報筋が伝えた。',
    '情報筋によると、裁判では北朝鮮刑法第64条(スパイ罪)が適用され、男性には長期の労働教化刑が言い渡された。',
    '当局は住民を集めて判決文を読み上げ、外国との接触を厳しく戒めたという。この情報は独自に確認できていない。',
  ],
};

export const EN_SUBVERSION: FixtureArticle = {
  path: '/news/en/subversion-charge-lecture',
  lang: 'en',
  charset: 'utf-8',
  title: 'Lecture warns workers of subversion charges',
  published: '2023-11-20',
  author: 'Lee Jun-ho',
  site: 'Example Daily',
  jsonLd: true,
  paragraphs: [
    'Factory workers in a provincial city were ordered to attend a lecture on state security earlier this month, according to a worker who was present.',
    'The lecturer read out Article 60 of the Criminal Code on conspiracy to overthrow the state and said that watching foreign dramas in groups could be treated as preparation for it.',
    'The worker said the audience was told to report neighbours who kept memory cards. No sentences were announced at the meeting.',
  ],
};

/** A page that states no date at all: the feed's item date stands in. */
export const EN_UNDATED: FixtureArticle = {
  path: '/news/en/undated-border-notice',
  lang: 'en',
  charset: 'utf-8',
  title: 'Notice on border crossings read out at district meetings',
  published: '',
  author: 'Staff reporter',
  site: 'Example Daily',
  jsonLd: false,
  paragraphs: [
    'District officials read out a notice on unauthorised border crossings at neighbourhood meetings, according to two residents.',
    'The notice said those caught would be punished under Article 221 of the Criminal Code and that their families would be watched.',
    'Residents said the notice was the third of its kind this season.',
  ],
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page as an outlet would serve it: chrome around the story, metadata in the head. */
export function articleHtml(a: FixtureArticle, origin: string): string {
  const url = `${origin}${a.path}`;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    datePublished: a.published,
    inLanguage: a.lang,
    author: [{ '@type': 'Person', name: a.author }],
    publisher: { '@type': 'Organization', name: a.site },
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
  };
  const alternates = (a.alternates ?? [])
    .map((x) => `<link rel="alternate" hreflang="${x.lang}" href="${origin}${x.path}">`)
    .join('\n    ');
  return `<!doctype html>
<html lang="${a.lang}">
  <head>
    <meta charset="${a.charset}">
    <title>${esc(a.title)} | ${esc(a.site)}</title>
    <link rel="canonical" href="${url}">
    ${alternates}
    <link rel="alternate" type="application/rss+xml" title="${esc(a.site)}" href="${origin}/feed.xml">
    <meta property="og:type" content="article">
    <meta property="og:title" content="${esc(a.title)}">
    <meta property="og:site_name" content="${esc(a.site)}">
    <meta property="og:url" content="${url}">
    ${a.jsonLd ? `<script type="application/ld+json">${JSON.stringify(ld)}</script>` : `${a.published ? `<meta property="article:published_time" content="${a.published}">` : ''}\n    <meta name="author" content="${esc(a.author)}">`}
  </head>
  <body>
    <header class="site-header"><a href="/">${esc(a.site)}</a>
      <nav><ul><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li><li><a href="/society">Society</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
    </header>
    <main>
      <article class="story">
        <h1 class="headline">${esc(a.title)}</h1>
        <p class="byline">${esc(a.author)}${a.published ? ` · <time datetime="${a.published}">${a.published}</time>` : ''}</p>
        <div class="share"><a href="#">Share</a> <a href="#">Print</a></div>
        <div class="story-body">
          ${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n          ')}
        </div>
      </article>
      <aside class="related"><h2>Related</h2><ul><li><a href="/news/1">Market prices rise again</a></li><li><a href="/news/2">Rail line reopens</a></li></ul></aside>
    </main>
    <footer><p>© ${esc(a.site)}. All rights reserved.</p><a href="/about">About</a> <a href="/contact">Contact</a></footer>
  </body>
</html>`;
}

/** A site's section page: links and chrome, no story. */
export function menuHtml(origin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sections | Example Daily</title></head>
<body><header><nav><ul><li><a href="${origin}/politics">Politics</a></li><li><a href="${origin}/economy">Economy</a></li></ul></nav></header>
<main><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></main><footer>© Example Daily</footer></body></html>`;
}

export function rssFeed(origin: string, paths: string[]): string {
  const items = paths.map(
    (p, i) => `    <item>
      <title>Item ${i + 1}</title>
      <link>${origin}${p}</link>
      <guid isPermaLink="true">${origin}${p}</guid>
      <pubDate>Tue, 05 Mar 2024 0${i}:00:00 +0900</pubDate>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Example Daily — North Korea</title>
    <link>${origin}/</link>
    <description>Reports from Example Daily</description>
${items.join('\n')}
  </channel>
</rss>`;
}

export function atomFeed(origin: string, paths: string[]): string {
  const entries = paths.map(
    (p, i) => `  <entry>
    <title>Entry ${i + 1}</title>
    <id>tag:example.org,2024:${i}</id>
    <link rel="alternate" type="text/html" href="${origin}${p}"/>
    <updated>2024-05-0${i + 1}T00:00:00Z</updated>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Daily (Atom)</title>
  <id>tag:example.org,2024:feed</id>
  <updated>2024-05-01T00:00:00Z</updated>
${entries.join('\n')}
</feed>`;
}
