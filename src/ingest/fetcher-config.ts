import type { Config } from '../config.ts';
import { Fetcher } from './safe-fetch.ts';

export type FetchConfig = Pick<
  Config,
  'fetchAllowPrivate' | 'fetchTimeoutMs' | 'fetchMaxBytes' | 'fetchHostIntervalMs' | 'publicUrl'
>;

export const fetcherFor = (config: FetchConfig) =>
  new Fetcher({
    allowPrivate: config.fetchAllowPrivate,
    timeoutMs: config.fetchTimeoutMs,
    maxBytes: config.fetchMaxBytes,
    hostIntervalMs: config.fetchHostIntervalMs,
    publicUrl: config.publicUrl,
  });
