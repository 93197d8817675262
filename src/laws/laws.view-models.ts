import { dayBefore, formatDate } from '../lib/dates.ts';
import type { z } from 'zod';
import type { VersionView as VersionData } from '../api-schema/laws.ts';
import { urls } from '../http/urls.ts';

export interface VersionRow {
  id: number;
  slug: string;
  label: string;
  adopted_on: string | null;
  effective_from: string | null;
  in_force_from: string | null;
  amending_instrument: string | null;
  text_status: 'full_text' | 'partial' | 'reported_only';
  source_url: string | null;
  note: string | null;
  article_count: number | null;
}

export const textStatusLabels: Record<string, string> = {
  full_text: 'Full text',
  partial: 'Partial: articles known from sources',
  reported_only: 'Reported only: text not available',
};

/** The version's data (its JSON shape) and the phrases the HTML page shows. */
export type VersionView = z.infer<typeof VersionData> & { inForceText: string; textStatusLabel: string };

/** Each version is in force from its date until the day before the next dated version. */
export function toVersionViews(lawSlug: string, rows: VersionRow[]): VersionView[] {
  return rows.map((v, i) => {
    const next = rows.slice(i + 1).find((n) => n.in_force_from !== null);
    const until = v.in_force_from && next?.in_force_from ? dayBefore(next.in_force_from) : null;
    const isCurrent = v.in_force_from !== null && !next;
    const inForceText = !v.in_force_from
      ? 'Date in force not known'
      : until
        ? `In force ${formatDate(v.in_force_from)} – ${formatDate(until)}`
        : `In force from ${formatDate(v.in_force_from)} (latest known version)`;
    return {
      id: v.id,
      slug: v.slug,
      label: v.label,
      url: urls.version(lawSlug, v.slug),
      adoptedOn: v.adopted_on,
      inForceFrom: v.in_force_from,
      inForceUntil: until,
      inForceText,
      isCurrent,
      amendingInstrument: v.amending_instrument,
      textStatus: v.text_status,
      textStatusLabel: textStatusLabels[v.text_status] ?? v.text_status,
      sourceUrl: v.source_url,
      note: v.note,
      articleCount: Number(v.article_count ?? 0),
    };
  });
}

/** The version in force on `on`: the latest dated version whose in-force date is not after it. */
export function versionInForce<T extends { in_force_from: string | null }>(rows: T[], on: string): T | undefined {
  return rows.filter((v) => v.in_force_from !== null && v.in_force_from <= on).at(-1);
}
