import type { LanguageData } from './language.types.ts';

/** German ("Artikel 222 des nordkoreanischen Strafgesetzbuches", "dem 60. Artikel des Strafrechts"). */
export const de: LanguageData = {
  code: 'de',
  // "Paragraf 60" is how the press writes "§ 60" (not "Paragraph": word lists are shared with English, where it is a subpart).
  articleWords: ['artikel', 'artikels', 'artikeln', 'paragraf', 'paragrafen', 'paragraphen', 'paragrafs'],
  pluralArticleWords: ['artikeln', '§§', 'paragrafen', 'paragraphen'],
  ordinalArticleWords: ['artikel', 'artikels', 'artikeln'],
  // "§ 60": the section sign is how German (and US) statutes number their sections, never how a DPRK article is
  // written, so it counts only with a law named next to it ("§ 99 StGB", "§ 60 des … Strafgesetzbuches").
  sectionWords: ['§', '§§'],
  ownTextArticleWords: ['paragraph'],
  newsArticleDeterminers: ['einem', 'einen', 'ein', 'diesem', 'diesen'],
  paragraphWords: ['absatz', 'abs.', '§'],
  itemWords: ['nummer', 'nr.', 'satz', 'ziffer', 'ziff.'],
  unitWords: ['prozent', 'jahre', 'jahren', 'monate', 'monaten', 'menschen', 'personen'],
  listWords: ['und', 'sowie', 'oder'],
  rangeWords: ['bis'],
  lawLinks: ['des', 'der', 'im', 'aus'],
  numberWords: {},

  lawKindWords: [
    'Gesetz', 'Gesetzbuch', 'Strafgesetzbuch', 'Verfassung', 'Charta', 'Verordnung', 'Grundgesetz',
    // treaties: "der Sozialpakt", "des Paktes über wirtschaftliche Rechte", "das Übereinkommen gegen Folter"
    'Pakt', 'Pakts', 'Paktes', 'Konvention', 'Übereinkommen', 'Übereinkommens', 'Abkommen', 'Abkommens',
  ],
  // "Flüchtlingskonvention", "Antifolterkonvention", "Menschenrechtspakt": compounds that name a treaty
  compoundLawEndings: ['gesetz', 'gesetzbuch', 'ordnung', 'regeln', 'recht', 'konvention', 'pakt', 'abkommen', 'übereinkommen'],
  compoundPartEndings: ['paragraf', 'paragraph', 'paragrafen', 'paragraphen', 'artikel', 'bestimmung', 'bestimmungen', 'reform', 'novelle', 'änderung', 'revision'],
  instrumentNouns: ['gesetz', 'gesetzes', 'verfassung', 'charta', 'verordnung', 'resolution'],
  // German capitalises every noun ("Erklärung der Regierung"), so a title's tail cannot be told by case.
  instrumentKinds: [],
  titleTailLinks: [],
  titleTailJoiners: [],
  // the Refugee Convention and the European Convention on Human Rights, as German norm lists cite them ("GFK Art. 1 A")
  instrumentAcronyms: ['GFK', 'EMRK'],
  instrumentVocabulary: ['Vertragsstaat', 'Vertragsstaaten', 'Römisches Statut', 'Römischen Statuts', 'Internationaler Strafgerichtshof', 'Internationalen Strafgerichtshofs', 'Sicherheitsrat', 'Sicherheitsrats', 'Kapitel VII', 'Mitgliedstaaten', 'Mitgliedsstaaten'],
  anaphorDeterminers: ['dieses', 'des', 'desselben', 'jenes'],
  anaphorModifiers: ['neuen'],
  anaphorNouns: ['gesetzes', 'gesetzbuches', 'strafgesetzbuches'],
  descriptionLinks: ['gegen', 'über', 'zur', 'zum'],
  descriptionStopWords: [
    'gegen', 'ablehnung', 'über', 'anti', 'gesetz', 'gesetzes', 'von', 'zur', 'zum', 'eliminierung', 'beseitigung',
    'bekämpfung', 'zurückweisung', 'verbot', 'schutz',
  ],
  descriptionEquivalents: {
    'reaktionär*': ['reactionary'], 'gedanke*': ['thought'], 'ideologi*': ['ideology'], 'kultur*': ['culture'],
    'sprache*': ['language'], 'jugend*': ['youth'], 'erziehung*': ['education'], 'drogen*': ['drug'],
    'rauschgift*': ['drug'], 'pjöngjang*': ['pyongyang'],
  },
  genericLawNames: ['strafgesetzbuch', 'strafrecht', 'verfassung', 'grundgesetz', 'strafprozessordnung'],
  lawFamilies: {
    'criminal-code': ['strafgesetzbuch', 'strafgesetz', 'strafrecht', 'stgb'],
    constitution: ['verfassung', 'grundgesetz'],
    'criminal-procedure': ['strafprozessordnung', 'strafprozessrecht'],
  },
  deicticWords: ['seines', 'ihres', 'des landes', 'sein', 'seine', 'seinen', 'ihr', 'ihre', 'ihren'],
  exclusionBefore: ['ausgenommen', 'abgesehen von'],
  neutralWords: ['des', 'dem', 'der', 'den', 'die', 'das', 'neuen', 'revidierten', 'geänderten', 'aktuellen', 'geltenden'],
  determiners: ['des', 'dem', 'der', 'den', 'die', 'das'],
  lawAdjectives: [],
  codeNouns: ['gesetzbuch', 'gesetzbuches', 'strafgesetzbuch', 'strafgesetzbuches'],
  titleStopWords: ['das', 'die', 'der', 'des', 'dem', 'den', 'nach', 'laut', 'gemäß', 'im', 'in', 'und'],
  institutionWords: [
    'gericht', 'gerichte', 'gerichts', 'gerichten', 'gesetz', 'gesetze', 'justiz', 'staatsanwaltschaft', 'recht', 'rechts',
    'strafrecht', 'strafrechts', 'strafgesetzbuch', 'strafgesetzbuchs', 'strafgesetzbuches', 'behörden', 'polizei',
    'geheimdienst', 'geheimdienstes', 'nachrichtendienst', 'bundesanwaltschaft', 'oberlandesgericht', 'bundesgerichtshof',
  ],
  locativeWords: ['in'],
  shortWordsInCapitals: ['zur', 'zum', 'der', 'die', 'das', 'des', 'und', 'vom', 'von', 'für', 'über', 'neue'],
  sourceBefore: ['laut', 'nach angaben', 'zufolge', 'berichtete', 'teilte'],
  sourceAfter: ['sagte', 'teilte', 'berichtete', 'meldete', 'erklärte', 'bestätigte', 'zufolge'],

  offenceFramingBefore: ['wegen', 'des verbrechens', 'verurteilt wegen', 'angeklagt wegen'],
  offenceFramingAfter: [],
  offenceEquivalents: {
    'spionage*': ['espionage'], 'spionier*': ['espionage'], spion: ['espionage'], spione: ['espionage'],
    spionen: ['espionage'], 'umsturz*': ['overthrow', 'state'], sturz: ['overthrow', 'state'],
    // "das Regime … stürzen zu wollen": the verb, and the government it is done to
    stürzen: ['overthrow', 'state'], gestürzt: ['overthrow', 'state'], regime: ['state'], 'regierung*': ['state'],
    subversion: ['overthrow', 'state'], 'verschwörung*': ['conspire'],
    'grenzübertritt*': ['border', 'cross'], 'grenzüberschreitung*': ['border', 'cross'], 'grenze*': ['border'],
    'übertreten*': ['cross'], 'überschritten*': ['cross'], 'überschreiten*': ['cross'], 'überquer*': ['cross'],
    'einreise*': ['border', 'cross'], 'eingereist*': ['border', 'cross'], 'ausreise*': ['border', 'cross'],
    'ausgereist*': ['border', 'cross'], 'flucht*': ['border', 'cross'],
    'illegal*': ['illegal'], 'unerlaubt*': ['illegal'], 'widerrechtlich*': ['illegal'], 'verboten*': ['illegal'],
    'schmuggel*': ['smuggle'], 'schmuggl*': ['smuggle'], 'geschmuggelt*': ['smuggle'],
    'staatsverrat*': ['treason', 'fatherland'], 'staatsverräter*': ['treason', 'fatherland'],
    'vaterlandsverrat*': ['treason', 'fatherland'],
    // High treason is, in German usage, the attempt on the state's existence or order: its overthrow.
    'hochverrat*': ['overthrow', 'state'], 'landesverrat*': ['treason', 'fatherland'],
    // "Verräter", "Landesverräter": a defector is punished as a traitor to the fatherland.
    'verräter*': ['treason', 'fatherland'],
    'terror*': ['terrorism'],
    // Drugs: growing opium and making drugs, in compounds as German writes them ("Opiumanbau", "Drogenherstellung").
    'opium*': ['drug'], 'drogen*': ['drug'], 'anbau*': ['cultivation'], 'herstellung*': ['manufactur'],
    'opiumanbau*': ['drug', 'cultivation'], 'drogenherstellung*': ['drug', 'manufactur'],
  },
  wrongfulWords: ['illegal', 'illegale', 'illegalem', 'illegalen', 'illegaler', 'illegales', 'unerlaubt', 'unerlaubte', 'unerlaubten', 'unerlaubter', 'widerrechtlich'],
  offenceCuesBefore: [
    'wegen', 'verurteilt', 'verurteilte', 'angeklagt', 'beschuldigt', 'vorgeworfen', 'festgenommen', 'verhaftet',
    'bestraft', 'hingerichtet', 'zugegeben', 'gestand', 'gestanden',
    // a characterisation: "gelten als Verräter"
    'gelten', 'gilt', 'galten', 'galt',
    // the accusation itself: "wirft ihm … vor", "wegen des Vorwurfs, …"
    'wirft', 'warf', 'werfen', 'warfen', 'Vorwurf', 'Vorwurfs',
    // the verdict and the trial: "für schuldig befunden, … versucht zu haben", "vor Gericht gestellt, weil …"
    'schuldig', 'vor Gericht gestellt',
    // the court's view and the grounds of arrest: "soll nach Ansicht des Gerichts versucht haben, …", "Der Haftgrund lautete"
    'Ansicht des Gerichts', 'Auffassung des Gerichts', 'Haftgrund', 'als erwiesen',
  ],
  offenceCuesReachingClause: [
    'verurteilt', 'verurteilte', 'angeklagt', 'beschuldigt', 'vorgeworfen', 'festgenommen', 'verhaftet', 'bestraft',
    'hingerichtet', 'zugegeben', 'gestand', 'gestanden',
    'wirft', 'warf', 'werfen', 'warfen', 'Vorwurf', 'Vorwurfs', 'schuldig', 'vor Gericht gestellt',
    'Ansicht des Gerichts', 'Auffassung des Gerichts', 'als erwiesen',
  ],
  actObjectsElsewhere: {
    smuggling: ['Film', 'Filme', 'Filmen', 'Serie', 'Serien', 'Video', 'Videos', 'DVD', 'DVDs', 'USB', 'Musik', 'Bibel', 'Bibeln'],
  },
  clauseBreaks: ['wo', 'während', 'obwohl', 'aber', 'sagte', 'berichtete', 'dessen', 'deren'],
  offenceCuesAfter: ['verbrechen', 'straftat', 'straftaten', 'schuldig', 'vorgeworfen', 'angeklagt', 'verurteilt', 'bestraft', 'strafe', 'strafen', 'droht', 'drohen', 'drohe', 'zugegeben',
    // the court's finding after the act it found: "… habe versucht zu spionieren, entschied das Gericht"
    'entschied', 'urteilte', 'so die Richter', 'so das Gericht',
    // the act said to be against the law: "das Überqueren der Grenze ist verboten", "… ist strafbar"
    'verboten', 'strafbar', 'untersagt'],
  ownCodeAbbreviations: { jurisdiction: 'de', names: ['stgb', 'stpo'] },
  writersJurisdiction: 'de',
  systemTerms: {
    de: ['Freiheitsstrafe', 'Landgericht', 'Oberlandesgericht', 'Amtsgericht', 'Bundesgerichtshof', 'BGH', 'Generalbundesanwalt', 'Bundesanwaltschaft', 'Geldstrafe'],
    kp: ['Besserungsarbeit', 'Arbeitserziehung', 'Umerziehungslager', 'Staatssicherheitsministerium'],
  },
  lawAbbreviationEndings: ['G', 'GB', 'O', 'PO', 'V', 'VO'],
  abbreviatedLawArticleWords: ['§', '§§'],
  commonWords: ['der', 'die', 'das', 'und', 'nicht', 'ist', 'mit', 'von', 'dem', 'den', 'des', 'sich', 'auch', 'wurde', 'einer', 'eine', 'nach', 'wegen'],
  offenceStopWords: ['der', 'die', 'das', 'des', 'dem', 'den', 'und', 'oder', 'gegen', 'zum', 'zur', 'von'],
  penalWords: ['bestraft', 'Strafe', 'Strafen', 'Freiheitsstrafe', 'Todesstrafe', 'Besserungsarbeit', 'Arbeitserziehung', 'Verbrechen', 'Straftat', 'verurteilt', 'Geldstrafe'],
  agentWords: ['Spion', 'Spione', 'Spionin', 'Spioninnen', 'Spionen', 'spioniert', 'spionierte', 'spionierten', 'Agent', 'Agentin', 'Agenten'],
  agentPrepositions: ['für', 'aus'],
  agentOrdersBefore: ['im Auftrag', 'im Auftrag von', 'auf Befehl', 'auf Anweisung'],
  intelligenceServices: ['Geheimdienst', 'Geheimdienstes', 'Nachrichtendienst', 'Nachrichtendienstes'],
  abbreviations: ['abs', 'nr', 'art', 'bzw', 'vgl', 'ca', 'z.b', 'u.a', 'ff', 'ziff', 'anm'],

  months: [
    'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  ],
  versionWords: ['revidierten', 'geänderten', 'überarbeiteten', 'revidierte', 'geänderte'],
  versionVerbs: ['geändert', 'revidiert', 'verabschiedet', 'eingeführt', 'überarbeitet'],
  versionPrepositions: ['von', 'vom', 'aus dem jahr', 'aus', 'im jahr', 'im'],
  asOfBefore: ['Stand', 'Stand von', 'gültig im Jahr', 'in Kraft im Jahr'],
  versionNouns: ['fassung', 'revision', 'novelle'],
  countAfter: [],
  countBefore: [],
};
