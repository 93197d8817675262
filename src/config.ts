import path from 'node:path';
import { z } from 'zod';

/** The only reader of process.env: validated once, frozen, passed down explicitly. */
const envSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .refine((n) => n > 0 && n < 65536, 'must be between 1 and 65535')
    .default(3000),
  HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  ATLAS_DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.url('must be an absolute URL').optional(),
  DB_POOL_SIZE: z
    .string()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 100, 'must be between 1 and 100')
    .default(10),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  readonly logLevel: string;
  readonly publicUrl: string | null;
  readonly dbPoolSize: number;
}

export class ConfigError extends Error {}

/** Reads the environment; throws ConfigError with a one-line message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${String(issue.path[0])} ${issue.message}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: path.resolve(e.ATLAS_DATA_DIR),
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL ?? null,
    dbPoolSize: e.DB_POOL_SIZE,
  });
}
