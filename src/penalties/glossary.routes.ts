import { Router } from 'express';
import { dualRoute } from '../http/dual-route.ts';
import { urls } from '../http/urls.ts';
import { penaltyGlossary, tierGlossary } from '../lib/penalty-glossary.ts';
import { penaltiesUrl } from './penalties.urls.ts';
import { GlossaryPage } from '../api-schema/offences.ts';

/** /glossary: the penalty vocabulary every ladder links to, with Korean terms and English renderings. */
export function glossaryRoutes(): { html: Router; api: Router } {
  const routers = { html: Router(), api: Router() };
  dualRoute(
    routers,
    '/glossary',
    'penalties/glossary',
    async () => ({
      title: 'Penalty glossary',
      canonical: urls.glossary(),
      kinds: penaltyGlossary.map((e) => ({ ...e, url: penaltiesUrl(e.key) })),
      tiers: tierGlossary,
    }),
    GlossaryPage,
  );
  return routers;
}
