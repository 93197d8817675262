import os from 'node:os';
import path from 'node:path';
import { ConfigError, checkServeConfig, loadConfig } from '../../src/config.ts';

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, dataDir: path.resolve('./data'), logLevel: 'info' });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be an integer'],
    [{ PORT: '70000' }, 'PORT must be between 1 and 65535'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL must be a postgres:// URL'],
    [{ DB_POOL_SIZE: '0' }, 'DB_POOL_SIZE must be between 1 and 100'],
    [{ DB_PREPARED_STATEMENTS: 'yes' }, 'DB_PREPARED_STATEMENTS must be 1 (on) or 0'],
    [{ TRUST_PROXY: 'the proxy' }, 'TRUST_PROXY must be false, true, a hop count, or addresses/CIDRs'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY must be false'],
    [{ TRUST_PROXY: '10.0.0.1, nonsense' }, 'TRUST_PROXY must be false'],
    [{ EXTRACT_RATE_LIMIT: 'lots' }, 'EXTRACT_RATE_LIMIT must be an integer'],
    [{ ATLAS_FETCH_ALLOW_PRIVATE: 'yes' }, 'ATLAS_FETCH_ALLOW_PRIVATE must be 1 (allow) or 0'],
    [{ ATLAS_FETCH_TIMEOUT_SECONDS: '0' }, 'ATLAS_FETCH_TIMEOUT_SECONDS must be between 1 and 300'],
    [{ ATLAS_FETCH_MAX_MB: '500' }, 'ATLAS_FETCH_MAX_MB must be between 1 and 100'],
    [{ ATLAS_FETCH_HOST_INTERVAL_MS: '1.5' }, 'ATLAS_FETCH_HOST_INTERVAL_MS must be an integer'],
    [{ PAGE_CACHE_MB: '-1' }, 'PAGE_CACHE_MB must be an integer'],
    [{ WEB_CONCURRENCY: '0', DATABASE_URL: 'postgres://u@h/db' }, 'WEB_CONCURRENCY must be between 1 and 256'],
    [{ WEB_CONCURRENCY: '2' }, 'WEB_CONCURRENCY=2 needs DATABASE_URL'],
    [{ DATABASE_REPLICA_URLS: 'postgres://r1/db', DATABASE_URL: '' }, 'DATABASE_REPLICA_URLS needs DATABASE_URL'],
    [
      { DATABASE_REPLICA_URLS: 'postgres://r1/db,mysql://r2/db', DATABASE_URL: 'postgres://u@h/db' },
      'DATABASE_REPLICA_URLS must be postgres:// URLs separated by commas',
    ],
  ])('rejects %j with "%s"', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('keeps memory:// as the in-memory embedded database, and resolves a folder', () => {
    expect(loadConfig({ ATLAS_DATA_DIR: 'memory://' }).dataDir).toBe('memory://');
    expect(loadConfig({ ATLAS_DATA_DIR: 'data-x' }).dataDir).toBe(path.resolve('data-x'));
  });

  it('scales by default to every core on a server, and to one process on PGlite', () => {
    expect(loadConfig({}).webConcurrency).toBe(1);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).webConcurrency).toBe(os.availableParallelism());
    expect(loadConfig({}).pageCacheBytes).toBe(64 * 1024 * 1024);
    expect(loadConfig({ PAGE_CACHE_MB: '0' }).pageCacheBytes).toBe(0);
    expect(
      loadConfig({ DATABASE_URL: 'postgres://u@h/db', DATABASE_REPLICA_URLS: ' postgres://r1/db, postgres://r2/db ' })
        .replicaUrls,
    ).toEqual(['postgres://r1/db', 'postgres://r2/db']);
  });

  it('prepares statements unless DB_PREPARED_STATEMENTS=0 (PgBouncer before 1.21 in transaction mode)', () => {
    expect(loadConfig({}).dbPreparedStatements).toBe(true);
    expect(loadConfig({ DB_PREPARED_STATEMENTS: '0' }).dbPreparedStatements).toBe(false);
    expect(loadConfig({ DB_PREPARED_STATEMENTS: 'true' }).dbPreparedStatements).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: null });
  });

  it('reads a server URL and a data directory', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@h/db', ATLAS_DATA_DIR: '/tmp/atlas', PORT: '8080' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u@h/db', dataDir: '/tmp/atlas', port: 8080 });
  });

  it.each([
    [undefined, ['loopback']],
    ['false', false],
    ['none', false],
    ['true', true],
    ['2', 2],
    ['loopback, 10.0.0.0/8, fd00::/8, 192.0.2.7', ['loopback', '10.0.0.0/8', 'fd00::/8', '192.0.2.7']],
  ])('reads TRUST_PROXY=%s as %j', (value, expected) => {
    expect(loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it('fetches public addresses only, politely, unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({
      fetchAllowPrivate: false,
      fetchTimeoutMs: 20_000,
      fetchMaxBytes: 5 * 1024 * 1024,
      fetchHostIntervalMs: 1000,
      pollSeconds: 60,
    });
    expect(
      loadConfig({ ATLAS_FETCH_ALLOW_PRIVATE: '1', ATLAS_POLL_SECONDS: '0', ATLAS_FETCH_HOST_INTERVAL_MS: '0' }),
    ).toMatchObject({
      fetchAllowPrivate: true,
      fetchHostIntervalMs: 0,
      pollSeconds: 0,
    });
  });

  it('refuses ATLAS_FETCH_ALLOW_PRIVATE=1 in production', () => {
    expect(() =>
      checkServeConfig(
        loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://atlas.example.org', ATLAS_FETCH_ALLOW_PRIVATE: '1' }),
      ),
    ).toThrow(/ATLAS_FETCH_ALLOW_PRIVATE=1 is refused when NODE_ENV=production/);
  });

  it('serves in production only with PUBLIC_URL, so no Host header decides absolute URLs', () => {
    expect(() => checkServeConfig(loadConfig({ NODE_ENV: 'production' }))).toThrow(
      new ConfigError(
        "PUBLIC_URL must be set when NODE_ENV=production (feeds and citation files would otherwise take their absolute URLs from the request's Host header)",
      ),
    );
    expect(() =>
      checkServeConfig(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://atlas.example.org' })),
    ).not.toThrow();
    expect(() => checkServeConfig(loadConfig({ NODE_ENV: 'development' }))).not.toThrow();
  });
});
