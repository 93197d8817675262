/** The one place URLs are built (DESIGN.md "URL map"); views and services call these. */
const seg = encodeURIComponent;

export const urls = {
  home: () => '/',
  laws: () => '/laws',
  law: (law: string) => `/laws/${seg(law)}`,
  version: (law: string, version: string) => `/laws/${seg(law)}/${seg(version)}`,
  article: (law: string, version: string, number: string) => `/laws/${seg(law)}/${seg(version)}/articles/${seg(number)}`,
  articleOn: (law: string, number: string, on?: string) =>
    `/laws/${seg(law)}/articles/${seg(number)}${on ? `?on=${seg(on)}` : ''}`,
  search: (q?: string) => (q ? `/search?q=${seg(q)}` : '/search'),
  api: (path: string) => `/api${path === '/' ? '' : path}`,
};

export type Urls = typeof urls;
