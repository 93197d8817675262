/** The part of citeproc-js (CommonJS, untyped) the cite tests use. */
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string);
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [Record<string, unknown>, string[]];
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
