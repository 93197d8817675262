/**
 * What the extractor knows about one CJK language (Korean, Japanese, Chinese), as word lists, as
 * language.types.ts holds it for the Latin-script ones; the patterns are compiled from these lists.
 */

/** A language written with article numbers between an ordinal prefix and a counter: 제60조, 第60条. */
export interface CjkLanguageData {
  code: string;
  /** Characters only this language's texts use (Hangul, kana; Chinese: Han), as a character-class body: they tell its texts apart. */
  script: string;
  /** As for Latin languages: whose laws an unqualified "형법", "刑法" means when the document names no other country. */
  writersJurisdiction: string | null;
  /** As for Latin languages: words of one legal system, by jurisdiction code. */
  systemTerms: Record<string, string[]>;
  /** "제", "第" */
  ordinalPrefix: string[];
  /** "조", "条", "條" */
  articleCounters: string[];
  /** "의" in 제60조의2, "の" in 第60条の2 */
  subArticleLinks: string[];
  /** characters after the counter that make another word: 조선, 조직, 条件, 条約 */
  notArticleAfter: string;
  paragraphCounters: string[];
  itemCounters: string[];
  chapterCounters: string[];
  /** "부칙": supplementary provisions, numbered apart */
  supplementaryWords: string[];
  /** gaps that make two article tokens a range: "부터", "から", "~" */
  rangeGaps: string[];
  /** between a range gap and the second end, words pointing back to it: "33条から上述の35条" */
  rangeGapFillers: string[];
  /** after the range end: "까지", "まで" */
  rangeTails: string[];
  /** gaps that make two article tokens a list: "및", "、" */
  listGaps: string[];
  /** money after the counter (조 is also "trillion"): "원", "억" */
  moneyAfter: string[];
  /** whether a counter without the ordinal prefix reads as an article ("183조", "刑法60条") */
  bareCounter: 'always' | 'after-law' | 'never';

  /** the last characters of a law's title: 법, 법률, 法 */
  lawKindWords: string[];
  /** 불법, 방법: words ending like a law that are not one */
  notLaws: string[];
  /** particles that may follow a law word: 형법은, 형법상 */
  lawParticles: string[];
  /** Han characters that may follow a law word ("刑法第60条", "国家保安法違反"); any other makes a compound (法機関) */
  lawFollowers: string[];
  /** 동법, 같은 법, 同法 */
  anaphors: string[];
  /** As for Latin languages: words only international instruments use ("締約国"). */
  instrumentVocabulary: string[];
  /** right before an article, a word that refers to a law named nearby: "법 제27조", "同第21条" */
  articleAnaphors: string[];
  genericLawNames: string[];
  /**
   * Names every jurisdiction gives a law of one kind, by kind ("criminal-code": "Strafgesetzbuch",
   * "penal code", "형법"). A held law bearing one of them among its database names takes all the
   * others when the text gives them its jurisdiction: "des nordkoreanischen Strafgesetzbuches".
   */
  lawFamilies: Record<string, string[]>;
  deicticWords: string[];
  /** After a jurisdiction's name, words that leave it out: "북한 외의 국가", "北朝鮮以外の国". */
  exclusionAfter: string[];
  /**
   * Right after a jurisdiction's name, words that make it where someone was headed ("한국행을 시도하다",
   * "韓国行き"): a defector bound for the South says nothing of whose law the passage speaks.
   */
  destinationAfter: string[];
  /** Characters after such a word that make another word: 한국행정 (administration), not 한국행. */
  notDestinationAfter: string;
  /**
   * Single Han characters that may stand right before a jurisdiction's name of two or more characters
   * (prepositions and conjunctions: "在朝鮮的指令下", "對朝鮮", "和韓國"); any other Han character before
   * it makes the name part of a longer word ("在日朝鮮人").
   */
  beforeNameCharacters: string;
  neutralWords: string[];
  /** "한국에서는", "의 경우": after a jurisdiction name, they set the jurisdiction of the sentence */
  locativeSuffixes: string[];
  /** "법원", "검찰", "裁判所" after a jurisdiction name */
  institutionWords: string[];
  /** after "N장 M조", what makes it a provision ("1장 2조는") rather than a count ("8장 161조로") */
  citedParticles: string[];
  /** after an article count: "161조로 구성" */
  countAfter: string[];
  /** after a number and counter with no ordinal prefix, words that make it a count on their own: "18条からなり", "41조로 구성" */
  countAfterAlone: string[];
  /** before an article count: "총 303조", "全329条" */
  countBefore: string[];
  /** a version stated with a year: "2015년 개정", "2015年改正" */
  yearWords: string[];
  monthWords: string[];
  dayWords: string[];
  /** "북한의 형법", "北朝鮮の刑法" */
  possessives: string[];
  /** "행위", "行為": the act, written between an offence's name and its framing ("국가전복음모행위 혐의") */
  offenceActNouns: string[];
  /** Adjective endings a name may carry inside it and mean the same without: "비법적인 국제통신죄" is 비법국제통신죄 */
  adjectiveEndingsInNames: string[];
  /** Inside a long title, words joining its parts: "남북관계 발전에 관한 법률" */
  titleConnectors: string[];
  /** After "X조에서 Y조", what makes it a change of count ("161조에서 303조로") rather than a range */
  changeParticles: string[];
  /** The counter of an order's number: "정령 제1028호", "命令第1028号". */
  orderCounters: string[];
  /** After a year, words that date the text cited: "2002年当時", "2023년 현재". */
  asOfAfter: string[];
  versionWords: string[];
  /** offence names end in it: 국가전복음모죄, 不法国際通信罪 */
  offenceSuffixes: string[];
  /** characters after that suffix that make another word: 죄질, 죄명, 罪名 */
  notOffenceAfter: string;
  /** right after an offence name, words that make it a charge: "간첩 혐의로", "スパイ容疑" */
  offenceFramingAfter: string[];
  /**
   * Words of an offence as English words of the database's offence names ("転覆" → subversion,
   * "出入境" → border crossing): a name before the suffix written in other words ("非法出入境罪",
   * "政権の転覆を図った罪") names the offence whose concepts its words hold, as for Latin languages.
   */
  offenceTerms: Record<string, string[]>;
  /** Right before an offence written in such words, a charge: "被控阴谋颠覆政府", "涉嫌间谍活动". */
  offenceCuesBefore: string[];
  /**
   * Words of a charge, a trial or a punishment ("사형에 처한다", "労働鍛錬刑", "判处"): in their sentence, an
   * offence named without its suffix ("비법적으로 국경을 넘어", "不法に国境を越えた者") is a charge, as is one
   * in a sentence that names a held law. Without them it may be a topic ("非法越境人员的主要通道").
   */
  offenceSentenceCues: string[];
  /**
   * The one who commits an act, after it: 월경자, 反逆者. Before another noun the person names a class of
   * people ("비법 월경자 통제구역"), not a charge.
   */
  offenderSuffixes: string[];
  /** Characters before that suffix that make it another word: "-고자" (intending to: "전복하고자"). */
  notOffenderBefore: string;
  /** As for Latin languages, a state's secret agents right after its name: "북한 공작원", "北朝鮮の工作員". */
  agentWords: string[];
  /** The orders an agent takes, after the state's name and maybe its agency: "북한 보위부 지령", "北朝鮮の指令" */
  agentOrderWords: string[];
  /** As for Latin languages, the words of a penal provision: "처한다", "労働教化刑に処する". */
  penalWords: string[];
}
