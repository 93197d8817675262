/** Turns an ExtractionContext into lookup maps and name patterns, once per context object. */

import type { ExtractionContext, KnownJurisdiction, KnownLaw } from './citation.types.ts';
import type { CompiledContext } from './extract-types.ts';
import { CJK_LANGUAGES, cjkWords, LATIN_LANGUAGES, latinWords } from './lang/index.ts';
import { cjkTrieSource, isCjkName, latinTrieSource, nameKey } from './patterns.ts';
import { compileJurisdictions } from './patterns-jurisdictions.ts';
import { indexDescriptions } from './extract-descriptive.ts';
import { indexCjkOffences } from './extract-offence-similar.ts';
import { indexOffenceWords } from './extract-offence-words.ts';

/** nameKey → kind, over every language: "strafgesetzbuch" and "penalcode" → "criminal-code". */
const FAMILY_OF = new Map<string, string>();
for (const language of [...LATIN_LANGUAGES, ...CJK_LANGUAGES]) {
  for (const [family, names] of Object.entries(language.lawFamilies))
    for (const name of names) FAMILY_OF.set(nameKey(name), family);
}
const GENERIC_KEYS = new Set(
  [...latinWords('genericLawNames'), ...cjkWords('genericLawNames')].map(nameKey).concat([...FAMILY_OF.keys()]),
);

/** A name's key, then without a genitive or plural ending ("Strafgesetzbuches", "Strafrechts"). */
function keysOf(written: string): string[] {
  const key = nameKey(written.replace(/'s$/i, ''));
  return [key, key.replace(/e?s$/, ''), key.replace(/s$/, '')];
}

/** Per kind of law, per jurisdiction, the held law that bears one of the kind's names. */
function buildFamilies(laws: KnownLaw[]): Map<string, Map<string, string>> {
  const families = new Map<string, Map<string, string>>();
  for (const law of laws) {
    for (const name of lawNames(law)) {
      const family = FAMILY_OF.get(nameKey(name));
      if (!family) continue;
      const byJurisdiction = families.get(family) ?? new Map<string, string>();
      if (!byJurisdiction.has(law.jurisdiction)) byJurisdiction.set(law.jurisdiction, law.slug);
      families.set(family, byJurisdiction);
    }
  }
  return families;
}

const cache = new WeakMap<ExtractionContext, CompiledContext>();

/**
 * One pattern per script, longest names first ("DPRK Criminal Code" wins over "Criminal Code"). CJK
 * names go without the `i` flag: case-folding every Hangul syllable would slow the scan several-fold.
 */
function alternations(names: Iterable<string>, suffix: string): RegExp[] {
  const unique = [...new Set(names)].filter((name) => nameKey(name).length > 0).sort((a, b) => b.length - a.length);
  const cjk = unique.filter(isCjkName);
  const latin = unique.filter((name) => !isCjkName(name));
  return [
    ...(latin.length
      ? [new RegExp(`(?:${latinTrieSource(latin, true)})${suffix}(?![A-Za-z0-9\\u00C0-\\u024F])`, 'gi')]
      : []),
    ...(cjk.length ? [new RegExp(cjkTrieSource(cjk), 'g')] : []),
  ];
}

function lawNames(law: KnownLaw): string[] {
  return [law.title, ...law.aliases];
}

function buildAliases(laws: KnownLaw[]): { patterns: RegExp[]; lookup: Map<string, string> } {
  const lookup = new Map<string, string>();
  const names: string[] = [];
  for (const law of laws) {
    for (const name of lawNames(law)) {
      const key = nameKey(name);
      if (!key || lookup.has(key)) continue;
      lookup.set(key, law.slug);
      names.push(name);
    }
  }
  return { patterns: alternations(names, "(?:'s|s|es)?"), lookup };
}

function buildOffences(ctx: ExtractionContext): CompiledContext['offenceLookup'] {
  const lookup: CompiledContext['offenceLookup'] = new Map();
  for (const offence of ctx.offences) {
    for (const name of offence.names) {
      const key = nameKey(name);
      if (key && !lookup.has(key)) lookup.set(key, { law: offence.law, lineage: offence.lineage });
    }
  }
  return lookup;
}

function knownNumbers(law: KnownLaw): Map<string, Set<string>> {
  const numbers = new Map<string, Set<string>>();
  for (const article of law.versions.flatMap((version) => version.articles)) {
    const lineages = numbers.get(article.number) ?? new Set<string>();
    if (article.lineage) lineages.add(article.lineage);
    numbers.set(article.number, lineages);
  }
  return numbers;
}

/** A context from before jurisdictions were data: one nameless jurisdiction per law's code. */
function jurisdictionsOf(ctx: ExtractionContext): KnownJurisdiction[] {
  if (ctx.jurisdictions) return ctx.jurisdictions;
  const codes = [...new Set(ctx.laws.map((law) => law.jurisdiction))];
  const defaultJurisdiction = ctx.laws.find((law) => law.slug === ctx.defaultLaw)?.jurisdiction;
  return codes.map((code) => ({ code, names: [], defaultLaw: code === defaultJurisdiction ? ctx.defaultLaw : null }));
}

export function compileContext(ctx: ExtractionContext): CompiledContext {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const aliases = buildAliases(ctx.laws);
  const offenceLookup = buildOffences(ctx);
  const jurisdictions = jurisdictionsOf(ctx);
  const laws = new Map(ctx.laws.map((law) => [law.slug, law]));
  const compiled: CompiledContext = {
    ctx,
    laws,
    aliasPatterns: aliases.patterns,
    aliasLookup: aliases.lookup,
    genericKeys: GENERIC_KEYS,
    families: buildFamilies(ctx.laws),
    descriptions: indexDescriptions(
      ctx.laws,
      jurisdictions.flatMap((j) => j.names),
    ),
    offencePatterns: alternations(
      ctx.offences.flatMap((offence) => offence.names),
      '',
    ),
    offenceNames: indexCjkOffences({ ctx }),
    offenceLookup,
    offenceWords: indexOffenceWords(ctx.offences),
    numbers: new Map(ctx.laws.map((law) => [law.slug, knownNumbers(law)])),
    jurisdictions: compileJurisdictions(jurisdictions),
    defaultLaws: new Map(
      jurisdictions.flatMap((j) => (j.defaultLaw && laws.has(j.defaultLaw) ? [[j.code, j.defaultLaw]] : [])),
    ),
    home: (ctx.defaultLaw && laws.get(ctx.defaultLaw)?.jurisdiction) ?? null,
  };
  cache.set(ctx, compiled);
  return compiled;
}

/** The law slug a matched alias names; tolerates a genitive or plural ending ("Strafrechts"). */
export function lawOfAlias(compiled: CompiledContext, written: string): string | null {
  for (const key of keysOf(written)) {
    const law = compiled.aliasLookup.get(key);
    if (law) return law;
  }
  return null;
}

/** Whether `written` is a name every jurisdiction gives one of its laws ("Strafgesetzbuches", "헌법"). */
export function isGenericName(compiled: CompiledContext, written: string): boolean {
  return keysOf(written).some((key) => compiled.genericKeys.has(key));
}

/**
 * The held law of `jurisdiction` that a generic name means: "Strafgesetzbuch" said of the DPRK is the
 * law the database knows as its "Criminal Code" — the same kind of law, named in another language.
 */
export function lawOfFamily(compiled: CompiledContext, written: string, jurisdiction: string): string | null {
  for (const key of keysOf(written)) {
    const family = FAMILY_OF.get(key);
    if (family) return compiled.families.get(family)?.get(jurisdiction) ?? null;
  }
  return null;
}
