/** Turns an ExtractionContext into lookup maps and name patterns, once per context object. */

import type { ExtractionContext, KnownLaw } from './citation.types.ts';
import type { CompiledContext } from './extract-types.ts';
import { nameKey, namePatternSource } from './patterns.ts';

const cache = new WeakMap<ExtractionContext, CompiledContext>();

/** Longest names first, so "DPRK Criminal Code" wins over "Criminal Code". */
function alternation(names: Iterable<string>, suffix: string): RegExp | null {
  const unique = [...new Set(names)].filter((name) => nameKey(name).length > 0);
  if (unique.length === 0) return null;
  unique.sort((a, b) => b.length - a.length);
  return new RegExp(unique.map((name) => namePatternSource(name, suffix)).join('|'), 'giu');
}

function lawNames(law: KnownLaw): string[] {
  return [law.title, ...law.aliases];
}

function buildAliases(laws: KnownLaw[]): { pattern: RegExp | null; lookup: Map<string, string> } {
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
  return { pattern: alternation(names, "(?:'s|s|es)?"), lookup };
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

function knownNumbers(law: KnownLaw): Set<string> {
  return new Set(law.versions.flatMap((version) => version.articles.map((article) => article.number)));
}

export function compileContext(ctx: ExtractionContext): CompiledContext {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const aliases = buildAliases(ctx.laws);
  const offenceLookup = buildOffences(ctx);
  const compiled: CompiledContext = {
    ctx,
    laws: new Map(ctx.laws.map((law) => [law.slug, law])),
    aliasPattern: aliases.pattern,
    aliasLookup: aliases.lookup,
    offencePattern: alternation(
      ctx.offences.flatMap((offence) => offence.names),
      '',
    ),
    offenceLookup,
    numbers: new Map(ctx.laws.map((law) => [law.slug, knownNumbers(law)])),
  };
  cache.set(ctx, compiled);
  return compiled;
}

/** The law slug a matched alias names; tolerates a genitive or plural ending ("Strafrechts"). */
export function lawOfAlias(compiled: CompiledContext, written: string): string | null {
  const key = nameKey(written.replace(/'s$/i, ''));
  return (
    compiled.aliasLookup.get(key) ??
    compiled.aliasLookup.get(key.replace(/e?s$/, '')) ??
    compiled.aliasLookup.get(key.replace(/s$/, '')) ??
    null
  );
}
