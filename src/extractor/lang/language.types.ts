/**
 * What the extractor knows about one Latin-script language (the CJK ones: cjk-language.types.ts), as
 * word lists. The patterns are compiled from these lists (lang/compile.ts), so a new form or a new
 * language is a data change: add its words here.
 * Words are literals, matched case-insensitively in Latin script; "." in a word is a literal dot.
 */
export interface LanguageData {
  code: string;

  /** Words that make the next number an article: "Article 60", "Art. 60", "Artikel 60", "§ 60". */
  articleWords: string[];
  /** The plural forms among them ("Articles 60-1" is two articles, "Article 60-1" one). */
  pluralArticleWords: string[];
  /** The article word after an ordinal: "dem 60. Artikel des Strafrechts". */
  ordinalArticleWords: string[];
  /** "section 56" counts as an article only when a law is named right after it. */
  sectionWords: string[];
  /** Article words read so only in a text of this language: German "Paragraph 60" (English reads it as a subpart). */
  ownTextArticleWords: string[];
  /** Determiners that make "article" a news article: "in an article 3 days ago". */
  newsArticleDeterminers: string[];
  /** Between a number and a paragraph number: "Article 40, Section 3", "Article 98 Clause 1". */
  paragraphWords: string[];
  /** Between a paragraph and an item number: "paragraph 1, item 3". */
  itemWords: string[];
  /** Units that make a number a count: "60 years", "12 people". */
  unitWords: string[];
  /** "60 and 64", "60 as well as 64". */
  listWords: string[];
  /** "19 to 26", "19 bis 26". */
  rangeWords: string[];
  /** Words linking an article to the law after it: "Article 5 of the Act", "Artikel 5 des Gesetzes". */
  lawLinks: string[];
  /** Number words: "Article Seven". Tens and "hundred" combine ("twenty-two", "two hundred"). */
  numberWords: Record<string, number>;

  /** The last word of a law's title: "Act", "Law", "Code", "Gesetz". */
  lawKindWords: string[];
  /** The end of a compound that names a law: "Staatssicherheitsgesetz", "Verfahrensregeln". */
  compoundLawEndings: string[];
  /** The end of a compound whose head is a law's name and which names a part of it: "Strafrechtsparagraf". */
  compoundPartEndings: string[];
  /** Nouns that name an instrument after "of the": "constitution", "resolution". */
  instrumentNouns: string[];
  /**
   * Kinds of international instrument whose titles go on after the kind word ("Convention on the
   * Rights of the Child", "Charter of the United Nations"); with a determiner and no title they refer
   * back to one ("Article 14 of the Covenant"), or stand for one the text does not name.
   */
  instrumentKinds: string[];
  /** Words opening such a title's tail: "on", "of", "against". */
  titleTailLinks: string[];
  /** Small words inside a title's tail: "Civil and Political Rights", "Cruel, Inhuman or Degrading". */
  titleTailJoiners: string[];
  /** Acronyms that name an instrument on their own: "ICCPR", "CRC". Matched case-sensitively. */
  instrumentAcronyms: string[];
  /**
   * Words only international instruments and their bodies use ("States Parties", "Rome Statute",
   * "No one shall be"): a bare number in a passage or under a title that uses them is an article of
   * such an instrument, never of the default law, even in a report about the DPRK.
   */
  instrumentVocabulary: string[];
  /** Anaphora: a determiner then a law noun ("the law", "this Act", "dieses Gesetzes"). */
  anaphorDeterminers: string[];
  anaphorModifiers: string[];
  anaphorNouns: string[];
  /** After a law noun, words that open its description: "the law against …", "a law on …". */
  descriptionLinks: string[];
  /** Words a description of a law may carry that say nothing of which law: "anti-", "rejecting". */
  descriptionStopWords: string[];
  /**
   * Words of a description as English words of the database's law names, so a title in this language
   * is read like an English one: "Gedankengut" → thought, "Kultursprache" → culture + language. A key
   * ending in "*" matches inside a longer word (German compounds), every such key the word holds.
   */
  descriptionEquivalents: Record<string, string[]>;
  /** Names every jurisdiction gives one of its laws: "criminal code", "constitution" — whose law it is comes from the context. */
  genericLawNames: string[];
  /**
   * Names every jurisdiction gives a law of one kind, by kind ("criminal-code": "Strafgesetzbuch",
   * "penal code", "형법"). A held law bearing one of them among its database names takes all the
   * others when the text gives them its jurisdiction: "des nordkoreanischen Strafgesetzbuches".
   */
  lawFamilies: Record<string, string[]>;
  /** Possessives meaning "the jurisdiction spoken of": "its", "the country's". */
  deicticWords: string[];
  /** Before a jurisdiction's name, words that leave it out: "countries other than North Korea". */
  exclusionBefore: string[];
  /** Words that may stand between a qualifier and a law name: "new", "revised". */
  neutralWords: string[];
  /** Determiners a qualified phrase does not start with: "the", "des". */
  determiners: string[];
  /** Adjectives between a jurisdiction or year and a law noun: "South Korean criminal courts", "2015 penal code". */
  lawAdjectives: string[];
  /** Anaphor nouns that refer back only to a code: "the code", "des Gesetzbuches". */
  codeNouns: string[];
  /** Words that open a title but are not part of it: "under", "the". */
  titleStopWords: string[];
  /** Institutions whose jurisdiction a marker before them states: "South Korean courts". */
  institutionWords: string[];
  /** "In South Korea, …": a locative that sets the jurisdiction of its sentence. */
  locativeWords: string[];
  /** short words a heading in capitals writes in capitals too, which are words, not acronyms ('LAW', 'OF') */
  shortWordsInCapitals: string[];
  /**
   * Around an institution, words that make it the source of a report rather than the forum of the
   * act ("according to South Korea's intelligence service", "… prosecutors said"): it then says
   * nothing of whose law the sentence speaks.
   */
  sourceBefore: string[];
  sourceAfter: string[];

  /** Words right before an offence name that make it a charge: "the crime of", "charged with". */
  offenceFramingBefore: string[];
  /** Words right after an offence name that make it a charge: "charges", "offence". */
  offenceFramingAfter: string[];
  /**
   * Offence words in other forms, as the concepts of the database's (English) offence names:
   * "spying" → espionage, "Grenzübertritt" → border + cross. A key ending in "*" matches inside a
   * longer word (German compounds: "Umsturz*" in "Umsturzversuche"). Other words count by their stem.
   */
  offenceEquivalents: Record<string, string[]>;
  /** Words that say the act was against the law ("illegally", "unerlaubt"): a name holding one is a charge. */
  wrongfulWords: string[];
  /** A charge or punishment before an offence named in other words: "sentenced … for", "wegen". */
  offenceCuesBefore: string[];
  /** Those of them that are verbs of a legal act done to a person, which reach the whole clause: "accused", "verurteilt". */
  offenceCuesReachingClause: string[];
  /** Words that open another clause, which such a cue does not reach into: "where", "but", "said". */
  /**
   * Objects that make an act another offence than its words name: smuggling a film or a drama is
   * bringing in culture the North bans (its culture laws), not the code's smuggling of goods.
   * Keyed by the English word of the act, as the offence names have it.
   */
  actObjectsElsewhere: Record<string, string[]>;
  clauseBreaks: string[];
  /** … or after it in its clause: "für schuldig befunden", "droht". */
  offenceCuesAfter: string[];
  /** Words of an offence name that carry no concept: "the", "of", "crime". */
  offenceStopWords: string[];
  /**
   * A state's secret agents ("spy", "operative"), and the prepositions that tie one to its state ("a spy
   * for North Korea"): a state does not try its own spies, so "a North Korean spy … espionage" is another's case.
   */
  agentWords: string[];
  agentPrepositions: string[];
  /** Who gives an agent orders, before the state's name: "on the orders of North Korea", "im Auftrag Nordkoreas" */
  agentOrdersBefore: string[];
  /** A state's intelligence service after its name: "working for South Korea's intelligence service" makes an agent. */
  intelligenceServices: string[];
  /**
   * Words of a penal provision ("punished", "reform through labour"): a quoted provision that opens with
   * its number and holds none of them ("Article 3: Everyone has the right to life …") is not the default code's.
   */
  penalWords: string[];
  /**
   * Abbreviations that name the statutes of the language's own country ("StGB", "StPO"), with that
   * country's jurisdiction code: unqualified and with no other jurisdiction around, they are its laws.
   */
  ownCodeAbbreviations: { jurisdiction: string | null; names: string[] };
  /**
   * The country whose own laws an unqualified name ("das Strafgesetzbuch", "§ 99") means when the
   * document says nothing of another: a text's language says where it was written. Null when the
   * language is written in many countries (English).
   */
  /**
   * Words of one legal system, by jurisdiction code: how its penalties, prisons and security organs
   * are named in this language ("징역" South Korea, "노동교화형" the North, "Freiheitsstrafe" Germany).
   * A text that uses them speaks of that system's law even when it names no country.
   */
  systemTerms: Record<string, string[]>;
  writersJurisdiction: string | null;
  /**
   * How the language abbreviates its statutes' kinds, as the last letters of the abbreviation
   * ("GVG", "AWV", "StPO": Gesetz, Verordnung, Ordnung). Right after an article number such a word
   * names the law the article belongs to ("§ 78 AWV"), though the text never spells it out.
   */
  lawAbbreviationEndings: string[];
  /** The article words after which such an abbreviation is read ("§"): after "Article 60" in English, "NGO" is no law. */
  abbreviatedLawArticleWords: string[];
  /** Short words frequent in running text of the language ("der", "und"): they tell its texts apart from others in Latin script. */
  commonWords: string[];
  /** Abbreviations whose dot does not end a sentence: "Art.", "No.", "U.S." (without the last dot). */
  abbreviations: string[];

  /** Month names and abbreviations, January first (several spellings per month allowed with "|"). */
  months: string[];
  /** After a year, a version: "the 2015 revised code", "2015 amendment", "2015 revidierten". */
  versionWords: string[];
  /** Before "in YEAR", a version: "revised in 2015", "geändert im Jahr 2015". */
  versionVerbs: string[];
  /** Between such a verb or noun and the year: "in", "of", "von", "aus dem Jahr". */
  versionPrepositions: string[];
  /** A noun before the preposition: "Fassung von 2015". */
  versionNouns: string[];
  /** Before a year, words that date the text cited rather than name a revision: "as of 2002", "Stand 2012". */
  asOfBefore: string[];
  /** Words after a count: "161 articles" — only used for CJK ("8장 161조로"). */
  countAfter: string[];
  /** Words before a count: "전 329조", "全329条". */
  countBefore: string[];
}
