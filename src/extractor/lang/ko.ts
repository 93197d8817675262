import type { CjkLanguageData } from './cjk-language.types.ts';

/** Korean, South and North ("형법 제60조", "183조", "제24조 제1항 제3호", "동법 제27조", "8장 161조로"). */
export const ko: CjkLanguageData = {
  code: 'ko',
  script: '가-힣',
  writersJurisdiction: 'kr',
  // Penalties and organs of one system: the South sentences to 징역 and 자격정지, the North to 노동교화형.
  // The South's lawmaking and courts too: bills (개정안) and "현행법" before its National Assembly, and
  // "적국", the word of its Criminal Act's espionage article, which a bare "형법 제98조" there amends.
  // Not "지법" or "검찰", which end DPRK words ("방지법", "검찰소").
  systemTerms: {
    kr: [
      '징역', '자격정지', '선고유예', '집행유예', '만원 이하의 벌금', '원 이하의 벌금', '개정안', '현행법', '적국',
      '대법원', '지방법원', '고등법원', '헌법재판소',
      // its criminal procedure: indictment under arrest, the bench, acquittals and appeals
      '구속기소', '불구속기소', '기소유예', '구속영장', '재판부', '무죄', '항소심', '상고심', '입건', '중앙지검', '지검',
      // its intelligence service and the prosecutors' public-security divisions, which bring its spy cases
      '국정원', '국가정보원', '공안부',
      // its prosecutors' sentencing demand, its unification ministry and its legislators
      '구형', '통일부', '국회의원',
    ],
    kp: ['노동교화형', '로동교화형', '노동단련형', '로동단련형', '교화소', '보위부', '보위성', '인민보안성', '사회안전성', '조선노동당', '조선로동당'],
  },
  ordinalPrefix: ['제'],
  articleCounters: ['조'],
  subArticleLinks: ['의'],
  // 조선, 조직, 조치, 조사, 조건, 조정, 조합, 조항, 조약, 조례, 조금, 조원, 조달, 조명, 조성, 조언, 조문, 조작, 조카 …
  notArticleAfter: '선직치사건정합항약례금원달명성언문작카짐회롱처종',
  paragraphCounters: ['항'],
  itemCounters: ['호'],
  chapterCounters: ['장'],
  supplementaryWords: ['부칙'],
  rangeGaps: ['~', '-', '부터', '에서', '내지'],
  rangeTails: ['까지'],
  rangeGapFillers: ['위의', '앞의', '상기'],
  listGaps: [',', '、', '·', '및', '와', '과', '그리고', '또는', '이나', '나'],
  moneyAfter: ['억', '만', '천', '원', '달러', '위안', '엔', '유로'],
  bareCounter: 'always',

  lawKindWords: ['법률', '법', '헌장', '협약', '협정', '규약', '조약', '결의', '시행령', '시행규칙', '조례', '합의서', '합의', '의정서'],
  notLaws: ['불법', '비법', '방법', '수법', '위법', '합법', '편법', '무법', '문법', '사법', '입법', '적법', '탈법', '준법', '용법', '어법', '필법', '화법', '기법', '마법', '요법', '헌법상', '창법', '병법', '작법', '발성법'],
  lawFollowers: [],
  lawParticles: ['은', '는', '이', '가', '을', '를', '의', '에', '도', '과', '와', '상', '에서', '으로', '위반', '에는', '에도', '만', '이나', '과는'],
  // Not 당사국: "6자회담 당사국" names the parties to the six-party talks.
  instrumentVocabulary: ['국제형사재판소', '로마규정', '로마 규정', '세계인권선언', '안보리', '안전보장이사회', '회원국'],
  anaphors: ['이 법', '이법', '같은 법', '같은법', '동법', '동 법', '본법', '본 법', '해당 법', '해당법', '그 법', '이 법률', '동 법률', '같은 법률', '해당 법률', '위 법'],
  // 안, 개정안, 법률안: a bill's own articles ("(안 제9조의2 및 제30조)"), of the law the bill amends.
  articleAnaphors: ['법', '동', '본', '안', '개정안', '법률안', '법안'],
  genericLawNames: ['형법', '헌법', '형사소송법', '민법', '형사법', '군형법'],
  lawFamilies: { 'criminal-code': ['형법', '형법전'], constitution: ['헌법'], 'criminal-procedure': ['형사소송법'] },
  deicticWords: ['자국', '자국의', '그 나라의', '해당 국가의'],
  // Not a bare 외 before a syllable: 북한 외교, 외무성.
  exclusionAfter: ['외', '외의', '외에', '외에도', '이외', '이외의', '이외에', '말고', '밖의', '제외'],
  destinationAfter: ['행'],
  beforeNameCharacters: '',
  // 행정 (administration), 행사, 행위, 행동, 행복
  notDestinationAfter: '정사위동복',
  neutralWords: ['개정', '개정된', '현행', '새', '신', '새로운', '새로 채택된', '구', '기존'],
  locativeSuffixes: ['에서는', '에서도', '의 경우', '법상', '법은', '법에서는', '법으로는', '에서'],
  institutionWords: [
    '법원', '검찰', '검찰청', '법률', '법', '형법', '대법원', '재판소', '법정', '수사기관', '지법', '중앙지법', '지방법원', '중앙지방법원',
    '고법', '고등법원', '지검', '중앙지검', '경찰', '국정원', '국가정보원', '헌법', '헌법재판소', '당국', '국회',
  ],
  citedParticles: ['는', '은', '이', '가', '를', '을', '에 따르면', '에 의하면', '에 의해', '에 의거', '에서 규정', '에는', '의 규정', '에서는', '(', '에 해당'],
  countAfter: [')', '로', '으로', '이던', '였던', '로 구성', '으로 구성', '로 이뤄', '로 이루어', '로 늘', '로 확대', '로 증가', '로 줄', '에서', '규모', '에 달', '가량', '여 개', '개'],
  countAfterAlone: ['로 구성', '으로 구성', '로 이뤄', '로 이루어', '으로 이뤄', '으로 이루어'],
  countBefore: ['총', '전', '모두', '전체', '기존', '모두 합쳐'],
  yearWords: ['년'],
  monthWords: ['월'],
  dayWords: ['일'],
  possessives: ['의'],
  offenceActNouns: ['행위'],
  adjectiveEndingsInNames: ['적인'],
  titleConnectors: ['에 관한', '에관한', '을 위한', '를 위한', '등에 관한'],
  changeParticles: ['으로', '로'],
  orderCounters: ['호'],
  asOfAfter: ['당시', '현재', '기준'],
  versionWords: ['개정', '수정', '채택', '제정', '수정보충'],
  offenceSuffixes: ['죄'],
  notOffenceAfter: '질명목인수',
  offenceFramingAfter: [
    '혐의', '행위로', '죄로', '죄목',
    // the act as the ground of a legal act done for it: "마약 밀매로 공개처형됐다"
    '로 처형', '로 공개처형', '로 총살', '로 체포', '로 기소', '로 사형',
  ],
  offenceTerms: {
    간첩: ['espionage'], 전복: ['subversion'], 파괴: ['destruction'], 암해: ['sabotage'], 비법: ['illegal'],
    불법: ['illegal'], 국경: ['border'], 월경: ['border', 'crossing'], 도강: ['border', 'crossing'], 출입: ['crossing'],
    밀수: ['smuggling'], 마약: ['drug'], 밀매: ['trafficking'], 거래: ['trafficking'], 반역: ['treason'], 조국: ['fatherland'],
    // Crossing the border in a verb: "국경을 넘어", "국경을 건너".
    '국경을 넘': ['border', 'crossing'], '국경을 건너': ['border', 'crossing'],
    테러: ['terrorism'], 테로: ['terrorism'], 음모: ['conspiracy'], 기밀: ['secrets'], 정권: ['government'],
    // growing opium and making drugs: "아편 재배", "마약 제조"
    아편: ['drug'], 재배: ['cultivation'], 제조: ['manufacture'],
  },
  penalWords: ['처한다', '처벌', '노동교화형', '노동단련형', '사형', '벌금', '범죄', '죄', '형에'],
  agentWords: ['공작원', '간첩', '남파간첩', '스파이'],
  agentOrderWords: ['지령'],
  offenceCuesBefore: [],
  offenderSuffixes: ['자'],
  notOffenderBefore: '고',
  offenceSentenceCues: [
    '사형', '처형', '총살', '범죄', '범하', '검열', '단속', '공개재판', '재판', '판결', '심판', '처벌', '처한다', '처하', '기소', '노동교화', '로동교화', '노동단련', '로동단련', '교화형', '단련형',
  ],
};
