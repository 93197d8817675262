import type { LanguageData } from './language.types.ts';

/** German ("Artikel 222 des nordkoreanischen Strafgesetzbuches", "dem 60. Artikel des Strafrechts"). */
export const de: LanguageData = {
  code: 'de',
  articleWords: ['artikel', 'artikels', 'artikeln', '§', '§§'],
  pluralArticleWords: ['artikeln', '§§'],
  ordinalArticleWords: ['artikel', 'artikels', 'artikeln'],
  sectionWords: [],
  newsArticleDeterminers: ['einem', 'einen', 'ein', 'diesem', 'diesen'],
  paragraphWords: ['absatz', 'abs.', '§'],
  itemWords: ['nummer', 'nr.', 'satz'],
  unitWords: ['prozent', 'jahre', 'jahren', 'monate', 'monaten', 'menschen', 'personen'],
  listWords: ['und', 'sowie', 'oder'],
  rangeWords: ['bis'],
  lawLinks: ['des', 'der', 'im', 'aus'],
  numberWords: {},

  lawKindWords: ['Gesetz', 'Gesetzbuch', 'Strafgesetzbuch', 'Verfassung', 'Charta', 'Verordnung', 'Grundgesetz'],
  compoundLawEndings: ['gesetz', 'gesetzbuch', 'ordnung', 'regeln', 'recht'],
  instrumentNouns: ['gesetz', 'gesetzes', 'verfassung', 'charta', 'verordnung', 'resolution'],
  anaphorDeterminers: ['dieses', 'des', 'desselben', 'jenes'],
  anaphorModifiers: ['neuen'],
  anaphorNouns: ['gesetzes', 'gesetzbuches', 'strafgesetzbuches'],
  descriptionLinks: ['gegen', 'über', 'zur', 'zum'],
  genericLawNames: ['strafgesetzbuch', 'strafrecht', 'verfassung', 'grundgesetz', 'strafprozessordnung'],
  deicticWords: ['seines', 'ihres', 'des landes', 'sein', 'seine', 'seinen', 'ihr', 'ihre', 'ihren'],
  neutralWords: ['des', 'dem', 'der', 'den', 'die', 'das', 'neuen', 'revidierten', 'geänderten', 'aktuellen', 'geltenden'],
  titleStopWords: ['das', 'die', 'der', 'des', 'dem', 'den', 'nach', 'laut', 'gemäß', 'im', 'in', 'und'],
  institutionWords: ['gericht', 'gerichte', 'gesetz', 'gesetze', 'justiz', 'staatsanwaltschaft'],
  locativeWords: ['in'],

  offenceFramingBefore: ['wegen', 'des verbrechens', 'verurteilt wegen', 'angeklagt wegen'],
  offenceFramingAfter: [],
  abbreviations: ['abs', 'nr', 'art', 'bzw', 'vgl', 'ca', 'z.b', 'u.a'],

  months: [
    'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  ],
  versionWords: ['revidierten', 'geänderten', 'überarbeiteten', 'revidierte', 'geänderte'],
  versionVerbs: ['geändert', 'revidiert', 'verabschiedet', 'eingeführt', 'überarbeitet'],
  versionPrepositions: ['von', 'aus dem jahr', 'aus', 'im jahr', 'im'],
  versionNouns: ['fassung', 'revision', 'novelle'],
  countAfter: [],
  countBefore: [],
};
