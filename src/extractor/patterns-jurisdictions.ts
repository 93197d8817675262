/**
 * Patterns built from the jurisdictions in the database: their names as qualifiers before a law
 * ("North Korea's criminal code", "한국 형법") and as markers anywhere in a text. Compiled once per
 * extraction context (extract-context.ts).
 */

import type { KnownJurisdiction } from './citation.types.ts';
import { alternation, group, LATIN_LETTER } from './lang/compile.ts';
import { cjkWords, latinWords } from './lang/index.ts';
import { cjkTrieSource, DEICTIC, isCjkName, latinTrieSource, nameKey, qualifierGroups } from './patterns.ts';

export interface JurisdictionPatterns {
  /** nameKey of a name → jurisdiction code */
  lookup: Map<string, string>;
  qualifierBefore: RegExp;
  qualifierHead: RegExp;
  /** every jurisdiction name, for a whole-text scan (CJK apart: case-folding Hangul would slow the scan) */
  markers: RegExp[];
  /** right after a name: an institution or a law ("… courts", "…의 법원", "…에서는") */
  institutionAfter: RegExp;
  /** right before a name at a sentence start: "In", "Under" */
  locativeBefore: RegExp;
  /** after a law's name: "… of the DPRK", "… of South Korea" (group `j`) */
  trailing: RegExp;
}

/** Possessive and inflection endings a Latin name may carry: "Korea's", "Koreas'", "nordkoreanischen". */
const LATIN_ENDINGS = "(?:'s|s'|'|e[nmrs]?|s)?";
const CJK_POSSESSIVE = `(?:${alternation(cjkWords('possessives'))})?`;
const STRIPPED_ENDINGS = ["'s", "s'", "'", 'en', 'em', 'er', 'es', 'e', 's', ...cjkWords('possessives')];

/** "US", "UN", "ROK": an acronym names a jurisdiction only in capitals ("told us" does not). */
const ACRONYM = /^[A-Z][A-Z.]*[A-Z]\.?$/;
const ACRONYM_KEY = '\u0000';

function keyOf(name: string): string {
  const bare = name.trim();
  return ACRONYM.test(bare) ? ACRONYM_KEY + bare.replace(/\./g, '') : nameKey(bare);
}

function names(jurisdictions: KnownJurisdiction[]): { latin: string[]; cjk: string[]; lookup: Map<string, string> } {
  const lookup = new Map<string, string>();
  for (const jurisdiction of jurisdictions) {
    for (const name of jurisdiction.names) {
      const key = keyOf(name);
      if (nameKey(name) && !lookup.has(key)) lookup.set(key, jurisdiction.code);
    }
  }
  const all = [...new Set(jurisdictions.flatMap((jurisdiction) => jurisdiction.names))].filter(
    (name) => nameKey(name) !== '',
  );
  all.sort((a, b) => b.length - a.length);
  return { latin: all.filter((name) => !isCjkName(name)), cjk: all.filter(isCjkName), lookup };
}

export function compileJurisdictions(jurisdictions: KnownJurisdiction[]): JurisdictionPatterns {
  const { latin, cjk, lookup } = names(jurisdictions);
  const latinNames = `(?:${latinTrieSource(latin)})${LATIN_ENDINGS}`;
  const cjkNames = `(?<![가-힣])(?:${cjkTrieSource(cjk)})${CJK_POSSESSIVE}`;
  const groups = qualifierGroups(latinNames, cjkNames, DEICTIC);
  const institutions = alternation(latinWords('institutionWords'));
  const cjkInstitutions = alternation([...cjkWords('locativeSuffixes'), ...cjkWords('institutionWords')]);
  return {
    lookup,
    qualifierBefore: new RegExp(`(?<=(?<q>${groups})[\\s-]*)`, 'iuyd'),
    qualifierHead: new RegExp(`(?:${groups})[\\s-]*`, 'iuy'),
    markers: [
      new RegExp(`(?:${latinTrieSource(latin)})${LATIN_ENDINGS}(?![${LATIN_LETTER}0-9])`, 'gi'),
      new RegExp(cjkTrieSource(cjk), 'g'),
    ],
    institutionAfter: new RegExp(
      `\\s+(?:${group(latinWords('lawAdjectives'))}\\s+)?(?:${institutions})(?![${LATIN_LETTER}])|\\s?${CJK_POSSESSIVE}\\s?(?:${cjkInstitutions})`,
      'iy',
    ),
    trailing: new RegExp(`\\s+${group(latinWords('lawLinks'))}\\s+(?:the\\s+)?(?<j>${latinNames})(?![\\p{L}])`, 'iuy'),
    // Not after a determiner: "Der in Südkorea geborene Kim" is a noun phrase, not a place the sentence speaks from.
    locativeBefore: new RegExp(
      `(?:^|[^${LATIN_LETTER}])(?<!(?:^|[^${LATIN_LETTER}])${group(latinWords('determiners'))}\\s+)${group(latinWords('locativeWords'))}\\s+(?:the\\s+)?$`,
      'i',
    ),
  };
}

/** The jurisdiction a name as written designates, endings ("'s", "의") stripped if need be. */
export function jurisdictionOfName(lookup: Map<string, string>, written: string): string | null {
  const acronym = written.replace(/(?:'s|s'|')$/, '');
  if (ACRONYM.test(acronym)) return lookup.get(keyOf(acronym)) ?? null;
  const key = nameKey(written);
  const direct = lookup.get(key);
  if (direct) return direct;
  for (const ending of STRIPPED_ENDINGS) {
    const stripped = nameKey(written.endsWith(ending) ? written.slice(0, -ending.length) : written);
    if (stripped !== key && lookup.has(stripped)) return lookup.get(stripped)!;
    const keyed = nameKey(ending);
    if (keyed && key.endsWith(keyed) && lookup.has(key.slice(0, -keyed.length)))
      return lookup.get(key.slice(0, -keyed.length))!;
  }
  return null;
}
