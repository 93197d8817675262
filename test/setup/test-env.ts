import type { Cluster } from './postgres-cluster.ts';

export const state: { cluster?: Cluster } = {};

export function adminUrl(): string {
  const url = process.env.ATLAS_TEST_ADMIN_URL;
  if (!url)
    throw new Error('ATLAS_TEST_ADMIN_URL is not set: run the tests through jest (globalSetup starts PostgreSQL)');
  return url;
}

/** The admin URL with another database name. */
export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}
