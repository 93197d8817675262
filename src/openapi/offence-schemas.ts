import { arr, bool, int, npath, nstr, nullable, obj, page, path, ref, str, strEnum } from './json-schema.ts';

/** Schemas of the offence pages, the in-force page and the glossary (src/offences, src/laws/in-force.service.ts). */
const cellState = strEnum('this', 'present', 'absent', 'unknown', 'reported_only', 'repealed');
const datePicker = obj({ action: path, value: str }, [], 'A plain GET form: "as in force on" a date.');
const link = obj({ label: str, url: path });

export const offenceSchemas = {
  DatePicker: datePicker,
  ArticleCounts: obj(
    { offenceReports: int, versionReports: int, text: str },
    [],
    'Published reports with a confirmed citation of the offence under any version’s number, and of this article’s number among them. Home, offence pages and feeds use the same figures.',
  ),
  SearchedFor: nullable(obj({ q: str, url: path }, [], 'Set when the search box jumped here: the text search for the same query.')),
  OffencePage: page({
    law: obj({ slug: str, title: str, titleKo: nstr, url: path, lineageUrl: path }),
    offence: obj({ slug: str, name: str, nameKo: nstr, note: nstr, aliases: arr(obj({ name: str, lang: str })), url: path }),
    latest: nullable(obj({ label: str, versionSlug: str, url: path })),
    numbers: arr(obj({ label: str, versionSlug: str, url: path })),
    on: nullable(
      obj({
        date: str,
        dateText: str,
        version: nullable(obj({ slug: str, label: str, url: path })),
        state: nullable(cellState),
        article: nullable(link),
        explanation: str,
      }),
    ),
    versions: arr(
      obj({
        slug: str,
        label: str,
        url: path,
        inForceText: str,
        textStatus: strEnum('full_text', 'partial', 'reported_only'),
        textStatusLabel: str,
        state: cellState,
        stateLabel: str,
        explanation: nstr,
        relation: nstr,
        note: nstr,
        inForceOnDate: bool,
        articles: arr(obj({ number: str, label: str, heading: nstr, url: path, ladder: arr(ref('LadderStep')), ladderSentence: nstr, ladderGaps: arr(str), reports: int })),
      }),
    ),
    counts: obj({ offenceReports: int, text: str }),
    penaltyHistory: ref('PenaltyHistory'),
    citedBy: ref('CitedBy'),
    feedUrl: path,
    feedTitle: str,
    datePicker,
    searchedFor: ref('SearchedFor'),
  }),
  InForcePage: page({
    law: obj({ slug: str, title: str, url: path }),
    from: obj({ label: str, versionSlug: str, url: path, offenceName: nstr, offenceNameKo: nstr, offenceUrl: npath }),
    on: str,
    onText: str,
    inForce: obj({ slug: str, label: str, url: path, inForceText: str, textStatus: str, textStatusLabel: str }),
    state: cellState,
    explanation: str,
    note: nstr,
    lastKnown: nullable(obj({ label: str, versionSlug: str, versionLabel: str, url: path, isLater: bool })),
    datePicker,
  }),
  GlossaryPage: page({
    kinds: arr(obj({ key: str, term: str, ko: nstr, koSouth: nstr, renderings: arr(str), explanation: str, url: path })),
    tiers: arr(obj({ key: str, term: str, ko: nstr, koSouth: nstr, renderings: arr(str), explanation: str })),
  }),
};
