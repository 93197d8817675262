import type { LanguageData } from './language.types.ts';

/** English as reports write it ("Article 60 of the Criminal Code", "Arts 34-38 of the law"). */
export const en: LanguageData = {
  code: 'en',
  articleWords: ['article', 'articles', 'art.', 'arts.', 'art', 'arts'],
  pluralArticleWords: ['articles', 'arts.', 'arts', 'sections', 'secs.'],
  ordinalArticleWords: [],
  sectionWords: ['section', 'sections', 'sec.', 'secs.'],
  ownTextArticleWords: [],
  newsArticleDeterminers: [
    'a', 'an', 'this', 'that', 'news', 'his', 'her', 'their', 'our', 'same', 'previous', 'earlier', 'recent',
    'another', 'opinion',
  ],
  paragraphWords: ['paragraph', 'para.', 'para', 'clause', 'section', 'sec.', 'subsection'],
  itemWords: ['item', 'subparagraph', 'sub-paragraph', 'point', 'clause'],
  unitWords: [
    '%', 'percent', 'per cent', 'percentage points', 'year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks',
    'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'people', 'person', 'persons', 'other',
    'others', 'more', 'time', 'times', 'won', 'yuan', 'dollar', 'dollars', 'usd', 'kg', 'km', 'ton', 'tons', 'th',
    'st', 'nd', 'rd', 'case', 'cases', 'member', 'members', 'defector', 'defectors', 'women', 'men', 'children',
    'page', 'pages', 'chapter', 'chapters', 'article', 'articles', 'provision', 'provisions', 'clauses',
  ],
  listWords: ['and', 'or', '&', 'as well as'],
  rangeWords: ['to', 'through', 'thru', 'till', 'until'],
  lawLinks: ['of', 'in'],
  numberWords: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  },

  lawKindWords: [
    'Act', 'Law', 'Code', 'Covenant', 'Convention', 'Constitution', 'Declaration', 'Charter', 'Statute', 'Treaty',
    'Protocol', 'Ordinance', 'Decree', 'Regulation', 'Regulations', 'Agreement', 'Accord', 'Accords', 'Resolution',
    'Rules', 'Guidelines', 'Framework', 'Statement',
  ],
  compoundLawEndings: [],
  compoundPartEndings: [],
  instrumentNouns: [
    'constitution', 'covenant', 'convention', 'charter', 'treaty', 'protocol', 'decree', 'ordinance', 'agreement',
    'accord', 'accords', 'resolution', 'rules', 'regulation', 'regulations', 'guidelines', 'bylaws', 'directive',
    'statute', 'statutes',
  ],
  instrumentKinds: ['Convention', 'Covenant', 'Declaration', 'Charter', 'Statute', 'Protocol', 'Treaty'],
  titleTailLinks: ['on', 'of', 'against', 'for', 'relating to', 'concerning', 'regarding'],
  titleTailJoiners: ['and', 'or', 'of', 'the', 'on', 'in', 'to', 'for', 'against', 'from', 'all', 'their'],
  instrumentVocabulary: [
    'State Party', 'States Parties', 'Rome Statute', 'International Criminal Court', 'ICC', 'Universal Declaration',
    'Everyone has the right', 'No one shall be', 'High Contracting Parties',
    // the Security Council acts under the Charter: "under Chapter VII, Article 41"
    'Security Council', 'Chapter VII', 'Member States', 'member state',
  ],
  instrumentAcronyms: ['CAT', 'ICCPR', 'ICESCR', 'UDHR', 'CRC', 'UNCRC', 'CEDAW', 'CRPD', 'UNCAT', 'ICERD', 'CERD', 'UNTOC', 'ICPPED'],
  anaphorDeterminers: ['the', 'this', 'that', 'its', 'said', 'same', 'above', 'aforementioned', 'present'],
  anaphorModifiers: ['new', 'revised', 'amended'],
  anaphorNouns: ['law', 'act', 'code', 'legislation', 'statute'],
  descriptionLinks: [
    'on', 'against', 'banning', 'prohibiting', 'for', 'regarding', 'concerning', 'rejecting', 'eliminating',
    'to protect', 'protecting', 'guaranteeing', 'to guarantee', 'to prevent', 'preventing', 'to reject', 'to eliminate',
    // What a law does, said right after it: "the 2020 law bans 'reactionary ideology and culture'".
    'bans', 'prohibits', 'outlaws', 'outlawing', 'that bans', 'that prohibits', 'which bans', 'which prohibits',
  ],
  // Translators render the same verb of a title many ways (배격: rejection, exclusion, denunciation …).
  descriptionStopWords: [
    'against', 'anti', 'rejecting', 'eliminating', 'elimination', 'rejection', 'banning', 'prohibiting', 'regarding',
    'concerning', 'about', 'exclusion', 'excluding', 'denunciation', 'denouncing', 'repudiation', 'repudiating',
    'combating', 'combatting', 'removal', 'removing', 'eradication', 'eradicating', 'resistance', 'resisting',
    'opposing', 'opposition', 'suppression', 'suppressing', 'countering',
    // 'drug-related crimes' are drug crimes: the modifier adds no word of the title.
    'related',
  ],
  descriptionEquivalents: {},
  genericLawNames: [
    'criminal code', 'criminal law', 'penal code', 'penal law', 'criminal act', 'constitution', 'criminal procedure law',
    'code of criminal procedure', 'civil code', 'family law',
  ],
  lawFamilies: {
    'criminal-code': ['criminal code', 'criminal law', 'penal code', 'penal law', 'criminal act'],
    constitution: ['constitution'],
    'criminal-procedure': ['criminal procedure law', 'code of criminal procedure', 'criminal procedure code'],
  },
  deicticWords: ["its", "the country's", "the regime's", "the state's", "the nation's"],
  // Not "except" or "besides": "every state except North Korea" singles the North out.
  exclusionBefore: ['other than', 'apart from', 'excluding'],
  neutralWords: [
    'the', 'a', 'an', 'this', 'that', 'new', 'newly', 'current', 'revised', 'amended', 'old', 'former', 'existing',
    'updated', 'so-called', 'latest', 'previous', 'earlier', 'same',
  ],
  determiners: ['the', 'a', 'an', 'this', 'that'],
  lawAdjectives: ['criminal', 'penal'],
  codeNouns: ['code'],
  titleStopWords: [
    'the', 'this', 'that', 'a', 'an', 'such', 'said', 'new', 'under', 'in', 'by', 'of', 'and', 'or', 'on', 'for',
    'with', 'to', 'from', 'as', 'at', 'its', 'his', 'her', 'their', 'both', 'while', 'unlike', 'according',
  ],
  institutionWords: [
    'law', 'laws', 'act', 'acts', 'code', 'codes', 'legislation', 'court', 'courts', 'statute', 'statutes', 'judge',
    'judges', 'prosecutor', 'prosecutors', 'criminal law', 'criminal code', 'penal code', 'criminal act', 'police',
    'district court', 'central district court', 'high court', 'supreme court', 'prosecutors office', "prosecutors' office",
    'intelligence service', 'national intelligence service', 'constitution', 'constitutional court', 'legal system',
    'authorities', 'national assembly', 'parliament', 'legislature', 'diet', 'national diet', 'congress',
    'unification ministry', 'ministry of unification',
  ],
  locativeWords: ['in', 'under'],
  shortWordsInCapitals: ['law', 'laws', 'act', 'acts', 'code', 'of', 'the', 'on', 'and', 'for', 'in', 'to', 'a', 'an', 'new'],
  sourceBefore: ['according to', 'citing', 'quoted by', 'told'],
  sourceAfter: ['said', 'says', 'told', 'reported', 'reports', 'announced', 'revealed', 'confirmed', 'believes', 'claimed', 'added'],

  offenceFramingBefore: [
    'crime of', 'crimes of', 'offence of', 'offences of', 'offense of', 'offenses of', 'charge of', 'charges of',
    'count of', 'counts of', 'crime such as', 'crimes such as', 'crime like', 'crimes like', 'crime as', 'charged with', 'convicted of',
    'accused of', 'guilty of', 'indicted for', 'sentenced for', 'punished for', 'arrested for', 'prosecuted for',
    'executed for', 'tried for', 'detained for', 'charged with the crime of', 'convicted of the crime of',
    'accused of the crime of', 'tantamount to', 'amounting to', 'amount to',
    // the act of a person: "his illegal border-crossing", "their espionage"
    'his', 'her', 'their',
  ],
  offenceFramingAfter: ['crime', 'crimes', 'charge', 'charges', 'offence', 'offences', 'offense', 'offenses'],
  offenceEquivalents: {
    spy: ['espionage'], spies: ['espionage'], spied: ['espionage'], spying: ['espionage'],
    overturn: ['overthrow'], overturning: ['overthrow'], topple: ['overthrow', 'state'], toppling: ['overthrow', 'state'],
    toppled: ['overthrow', 'state'],
    overthrew: ['overthrow'], overthrown: ['overthrow'], overthrowing: ['overthrow'], subvert: ['overthrow', 'state'],
    subverting: ['overthrow', 'state'], subversion: ['overthrow', 'state'],
    conspiracy: ['conspire'], conspiring: ['conspire'], conspired: ['conspire'], conspire: ['conspire'],
    plot: ['plot'], plots: ['plot'], plotted: ['plot'], plotting: ['plot'],
    government: ['state'], regime: ['state'],
    entry: ['border', 'cross'], enter: ['border', 'cross'], entered: ['border', 'cross'], entering: ['border', 'cross'],
    hopping: ['cross', 'illegal'], hopper: ['cross', 'illegal'], hoppers: ['cross', 'illegal'],
    unlawful: ['illegal'], unlawfully: ['illegal'], illicit: ['illegal'], illicitly: ['illegal'], illegally: ['illegal'],
    unauthorised: ['illegal'], unauthorized: ['illegal'],
    // A traitor is one who commits treason against the fatherland ("treason" alone stays unsettled between
    // the fatherland and the nation). Not "defect": reports say a defector "faced punishment for defecting"
    // of flight, a friend "who defected", far more often than they name the charge.
    traitor: ['treason', 'fatherland'], traitors: ['treason', 'fatherland'],
    // Fleeing is leaving across the border unlawfully; the border rivers are the border.
    flee: ['border', 'cross', 'illegal'], fled: ['border', 'cross', 'illegal'], fleeing: ['border', 'cross', 'illegal'],
    river: ['border'],
    // Calls and phones to the outside world are the code's international communications.
    phone: ['communication'], phones: ['communication'], telephone: ['communication'], cellphone: ['communication'],
    cellphones: ['communication'], call: ['communication'], calls: ['communication'], outside: ['international'],
    foreign: ['international'], overseas: ['international'], abroad: ['international'],
    // Drug dealing is trafficking, taking drugs is using them.
    dealing: ['traffick'], dealer: ['traffick'], dealers: ['traffick'], selling: ['traffick'], sold: ['traffick'],
    narcotics: ['drug'], methamphetamine: ['drug'], meth: ['drug'], opium: ['drug'], heroin: ['drug'],
    using: ['use'], used: ['use'], taking: ['use'], took: ['use'],
    // Toppling and subverting need no object: the state is what they are done to.
    subversive: ['overthrow'], subverted: ['overthrow', 'state'],
    // Gathering or stealing state secrets is the code's espionage; trespassing is entering unlawfully.
    secret: ['espionage'], secrets: ['espionage'], trespass: ['border', 'cross', 'illegal'],
    trespassing: ['border', 'cross', 'illegal'], trespassed: ['border', 'cross', 'illegal'],
  },
  wrongfulWords: ['illegal', 'illegally', 'unlawful', 'unlawfully', 'illicit', 'illicitly'],
  offenceCuesBefore: [
    'sentenced', 'sentencing', 'convicted', 'convicting', 'charged', 'charging', 'accused', 'accusing', 'guilty',
    'arrested', 'arresting', 'punished', 'punishes', 'punish', 'punishing', 'jailed', 'imprisoned', 'indicted',
    'prosecuted', 'executed', 'detained', 'tried', 'admitted', 'confessed', 'condemned',
    // the other forms of those verbs, and a law's own verbs: "detaining women for …", "criminalizes leaving …"
    'detaining', 'detains', 'detain', 'arrests', 'jailing', 'executing', 'imprisoning', 'prosecuting', 'convicts',
    'criminalizes', 'criminalises', 'criminalized', 'criminalised', 'criminalize', 'criminalise', 'penalizes',
    'penalises', 'penalized', 'penalised', 'prohibits', 'outlaws', 'bans',
    // a characterisation: "branded traitors", "regarded as spies"
    'branded', 'deemed', 'regarded',
    // the act named as a crime: "crimes aimed to topple …"
    'crime', 'crimes', 'offence', 'offences', 'offense', 'offenses',
    // a penalty right before "for": "five years of hard labour for …", "harsh sentences for …"
    'labour', 'labor', 'prison', 'imprisonment', 'sentence', 'sentences', 'jail', 'execution', 'penalty', 'punishment',
  ],
  offenceCuesReachingClause: [
    'sentenced', 'sentencing', 'convicted', 'convicting', 'charged', 'charging', 'accused', 'accusing', 'arrested',
    'arresting', 'punished', 'jailed', 'imprisoned', 'indicted', 'prosecuted', 'executed', 'detained', 'detaining',
    'tried', 'admitted', 'confessed', 'condemned', 'guilty',
  ],
  actObjectsElsewhere: {
    smuggling: [
      'drama', 'dramas', 'film', 'films', 'movie', 'movies', 'series', 'show', 'shows', 'video', 'videos', 'DVD',
      'DVDs', 'USB', 'USBs', 'K-pop', 'music', 'songs', 'Bible', 'Bibles',
    ],
  },
  clauseBreaks: ['where', 'when', 'while', 'whereas', 'although', 'though', 'but', 'since', 'said', 'says', 'told', 'whose', 'which'],
  offenceCuesAfter: [
    'charge', 'charges', 'crime', 'crimes', 'offence', 'offences', 'offense', 'offenses',
    // the act said to be against the law: "crossing the border … is illegal", "smuggling … is harshly penalized"
    'illegal', 'unlawful', 'punishable', 'punished', 'penalized', 'penalised', 'prohibited', 'forbidden', 'banned',
    'outlawed', 'criminalized', 'criminalised',
  ],
  ownCodeAbbreviations: { jurisdiction: null, names: [] },
  writersJurisdiction: null,
  systemTerms: {
    us: ['U.S.C.', 'USC', 'federal court', 'district court', 'Justice Department', 'Department of Justice', 'grand jury'],
    // The South's criminal procedure (indictment, recusal, suspended sentences), as 기소, 집행유예 in ko.ts:
    // a trial the North holds is not reported in those words. Not "prosecutors" (the North has them too).
    kr: ['indicted', 'indictment', 'recusal', 'suspended sentence', 'Unification Ministry', 'Ministry of Unification'],
    kp: ['correctional labor', 'correctional labour', 'reform through labor', 'reform through labour', 'labor training', 'labour training', 'kyohwaso', 'kwanliso', 'Bowibu', 'Ministry of State Security', "Ministry of People's Security", 'Workers\' Party'],
  },
  lawAbbreviationEndings: [],
  abbreviatedLawArticleWords: [],
  commonWords: ['the', 'and', 'of', 'to', 'is', 'was', 'with', 'for', 'that', 'by', 'on', 'from', 'has', 'have', 'were', 'which'],
  offenceStopWords: [
    'the', 'a', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'for', 'against', 'by', 'with', 'crime', 'crimes', 'offence',
    'offense', 'charge', 'charges',
  ],
  penalWords: ['punish', 'punished', 'punishable', 'punishment', 'penalty', 'penalties', 'labour', 'labor', 'imprisonment', 'prison', 'sentenced', 'sentence', 'death', 'fine', 'fined', 'crime', 'crimes', 'criminal', 'offence', 'offense', 'offences', 'offenses', 'guilty', 'liable'],
  agentWords: ['spy', 'spies', 'operative', 'operatives', 'infiltrator', 'infiltrators', 'spying', 'spied'],
  agentPrepositions: ['for', 'from', 'of'],
  agentOrdersBefore: [
    'on the orders of', 'on orders from', 'under orders from', 'on instructions from', 'under instructions from',
    'at the behest of', 'on behalf of',
  ],
  intelligenceServices: ['intelligence service', 'intelligence services', 'intelligence agency', 'spy agency', 'NIS'],
  abbreviations: [
    'art', 'arts', 'no', 'nos', 'nr', 'mr', 'mrs', 'ms', 'dr', 'st', 'para', 'sec', 'secs', 'jan', 'feb', 'mar', 'apr',
    'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'cf', 'e.g', 'i.e', 'u.s', 'u.n', 'd.p.r.k', 'gen',
    'col', 'lt', 'prof', 'inc', 'co', 'jr', 'sr', 'abs',
  ],

  months: [
    'january|jan.', 'february|feb.', 'march|mar.', 'april|apr.', 'may', 'june|jun.', 'july|jul.', 'august|aug.',
    'september|sept.|sep.', 'october|oct.', 'november|nov.', 'december|dec.',
  ],
  versionWords: ['revised', 'amended', 'revision', 'amendment', 'version', 'edition'],
  versionVerbs: [
    'revised', 'revising', 'amended', 'amending', 'revision', 'amendment', 'adopted', 'enacted', 'passed', 'introduced',
    'added',
  ],
  versionPrepositions: ['in', 'of', 'on'],
  asOfBefore: ['as of', 'as at', 'as it stood in', 'as it read in', 'in force in'],
  versionNouns: [],
  countAfter: [],
  countBefore: [],
};
