import type { Config } from '../config.ts';
import { Fetcher } from './safe-fetch.ts';

export type FetchConfig = Pick<Config, 'fetchAllowPrivate' | 'fetchTimeoutMs' | 'fetchMaxBytes' | 'publicUrl'>;

export const fetcherFor = (config: FetchConfig) =>
  new Fetcher({
    allowPrivate: config.fetchAllowPrivate,
    timeoutMs: config.fetchTimeoutMs,
    maxBytes: config.fetchMaxBytes,
    publicUrl: config.publicUrl,
  });
