import type { CjkLanguageData } from './cjk-language.types.ts';

/**
 * Chinese ("朝鲜刑法第60条", "该法第27条"). 条 is also a measure word ("三条规定"), so a number before
 * 条 without 第 counts only right after a law's name.
 */
export const zh: CjkLanguageData = {
  code: 'zh',
  script: '\\p{Script=Han}',
  writersJurisdiction: 'cn',
  // 徒刑 is also how Chinese renders the North's sentences, so it says nothing; 人民法院 is the PRC's alone.
  systemTerms: {
    // "偷越国(边)境": the PRC Criminal Law's own name for illegal border crossing; DPRK reports say 非法越境.
    cn: ['人民法院', '人民检察院', '人民檢察院', '拘役', '偷越国(边)境', '偷越国境', '偷越边境'],
    kp: ['劳动教化刑', '勞動教化刑', '劳动锻炼刑', '教化所', '保卫部', '保衛部', '朝鲜劳动党', '朝鮮勞動黨'],
  },
  ordinalPrefix: ['第'],
  articleCounters: ['条', '條'],
  subArticleLinks: ['之'],
  notArticleAfter: '件约約例款文理',
  paragraphCounters: ['款'],
  itemCounters: ['项'],
  chapterCounters: ['章'],
  supplementaryWords: ['附则', '附則'],
  rangeGaps: ['~', '-', '至', '到'],
  rangeTails: [],
  rangeGapFillers: ['上述', '前述'],
  listGaps: [',', '、', '和', '及', '与', '與', '以及'],
  moneyAfter: [],
  bareCounter: 'after-law',

  lawKindWords: ['法律', '法', '宪章', '憲章', '条约', '條約', '公约', '公約', '条例', '條例', '决议', '決議', '协定', '協定', '议定书', '議定書'],
  notLaws: ['方法', '违法', '違法', '非法', '合法', '语法', '語法', '司法', '立法', '手法', '办法', '辦法', '做法', '想法', '说法', '說法', '看法', '用法', '执法', '執法'],
  lawParticles: [],
  lawFollowers: ['第', '違', '违', '上', '中', '等', '及', '和', '与', '與', '全', '案'],
  instrumentVocabulary: ['缔约国', '締約國', '国际刑事法院', '國際刑事法院', '罗马规约', '羅馬規約', '世界人权宣言', '世界人權宣言', '安理会', '安理會', '会员国', '會員國'],
  anaphors: ['该法', '該法', '本法', '此法', '同法', '该法律', '該法律', '本法律'],
  articleAnaphors: ['同', '该', '該', '本'],
  genericLawNames: ['刑法', '宪法', '憲法', '刑事诉讼法', '刑事法典'],
  lawFamilies: { 'criminal-code': ['刑法', '刑法典', '刑事法典'], constitution: ['宪法', '憲法'], 'criminal-procedure': ['刑事诉讼法', '刑事訴訟法'] },
  deicticWords: ['该国', '該國'],
  exclusionAfter: ['以外', '之外'],
  destinationAfter: [],
  notDestinationAfter: '',
  neutralWords: ['修订', '修訂', '修改', '新', '现行', '現行', '旧', '舊', '新的'],
  locativeSuffixes: [],
  // A legislature amends its own country's law: '韓國國會修正刑法' is the South's code.
  institutionWords: ['法院', '检察', '檢察', '法律', '法', '国会', '國會', '大法院', '情报院', '情報院'],
  citedParticles: [],
  countAfter: [],
  countAfterAlone: ['组成', '組成', '构成', '構成'],
  countBefore: ['共', '全文', '总共', '總共', '共计', '共計'],
  yearWords: ['年'],
  monthWords: ['月'],
  dayWords: ['日'],
  possessives: ['的'],
  offenceActNouns: ['行为', '行為'],
  titleConnectors: ['关于', '關於'],
  changeParticles: [],
  orderCounters: ['号', '號'],
  asOfAfter: ['当时', '當時', '现在', '現在', '时', '時'],
  versionWords: ['修订', '修訂', '修改', '通过', '通過', '版', '修正'],
  offenceSuffixes: ['罪'],
  notOffenceAfter: '名状人',
  offenceFramingAfter: ['罪名', '罪嫌'],
  offenceTerms: {
    间谍: ['espionage'], 間諜: ['espionage'], 谍报: ['espionage'], 諜報: ['espionage'], 颠覆: ['subversion'],
    顛覆: ['subversion'], 推翻: ['subversion'], 破坏: ['destruction'], 破壞: ['destruction'], 暗害: ['sabotage'],
    非法: ['illegal'], 不法: ['illegal'], 违法: ['illegal'], 違法: ['illegal'], 出入境: ['border', 'crossing'],
    越境: ['border', 'crossing'], 偷越: ['border', 'crossing'], 入境: ['border', 'crossing'], 国境: ['border'],
    國境: ['border'], 边境: ['border'], 邊境: ['border'], 走私: ['smuggling'], 毒品: ['drug'], 贩卖: ['trafficking'],
    販賣: ['trafficking'], 叛国: ['treason', 'fatherland'], 叛國: ['treason', 'fatherland'],
    // Defecting abroad ("叛逃外國罪"), the code's "betrays the fatherland and flees to another country";
    // not 叛逃 alone, which says defection, a crime or not ("叛逃…被視為嚴重罪行").
    叛逃外國: ['treason', 'fatherland'], 叛逃外国: ['treason', 'fatherland'], 叛逃國外: ['treason', 'fatherland'],
    叛逃国外: ['treason', 'fatherland'], 恐怖: ['terrorism'],
    阴谋: ['conspiracy'], 陰謀: ['conspiracy'], 机密: ['secrets'], 機密: ['secrets'], 政府: ['government'],
    政权: ['government'], 政權: ['government'],
  },
  penalWords: ['处以', '處以', '处罚', '處罰', '劳动教化', '勞動教化', '劳动锻炼', '勞動鍛鍊', '死刑', '罚金', '罰金', '犯罪', '罪', '判处', '判處'],
  agentWords: ['间谍', '間諜', '特工', '特務', '特务'],
  offenceCuesBefore: ['被控', '被指控', '被控告', '涉嫌', '罪名是', '企图', '企圖', '试图', '試圖'],
  offenderSuffixes: ['者'],
  notOffenderBefore: '',
  offenceSentenceCues: [
    '死刑', '处决', '處決', '枪决', '槍決', '公审', '公審', '审判', '審判', '判处', '判處', '处罚', '處罰', '起诉', '起訴',
    '劳动改造', '勞動改造', '劳动教化', '勞動教化', '劳动锻炼', '勞動鍛鍊', '犯下', '承认犯', '承認犯', '被控', '涉嫌',
  ],
};
