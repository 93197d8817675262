import { parseArgs } from 'node:util';
import { UsageError } from './cli-errors.ts';
import type { Command } from './command.types.ts';

// Each command imports what it needs when it runs, so `atlas --help` (and a mistyped command)
// answers without loading the app, the database drivers and the extractor.
const lazy = {
  serve: () => import('./serve.command.ts'),
  migrator: () => import('../db/migrator.ts'),
  seed: () => import('../interchange/apply/seed.service.ts'),
  generate: () => import('../generate/generate.service.ts'),
  importCommand: () => import('./import.command.ts'),
  withDatabase: async () => (await import('./with-database.ts')).withDatabase,
};

function noArgs(args: string[], command: string): void {
  if (args.length > 0) throw new UsageError(`${command} takes no arguments (got "${args.join(' ')}")`);
}

export const commands: Command[] = [
  {
    name: 'serve',
    usage: 'atlas serve',
    summary: 'Migrate, seed an empty database, and serve the app on PORT (what npm start runs).',
    async run(args, { config, logger }) {
      noArgs(args, 'serve');
      return (await lazy.serve()).runServe(config, logger);
    },
  },
  {
    name: 'migrate',
    usage: 'atlas migrate [latest|down]',
    summary: 'Apply all pending migrations (latest, the default) or revert the last one (down).',
    async run(args, { config, io }) {
      const { positionals } = parseArgs({ args, allowPositionals: true, strict: true });
      const direction = positionals[0] ?? 'latest';
      if (positionals.length > 1 || !['latest', 'down'].includes(direction)) {
        throw new UsageError(`migrate expects "latest" or "down" (got "${positionals.join(' ')}")`);
      }
      const [withDatabase, { migrateDown, migrateToLatest }] = await Promise.all([
        lazy.withDatabase(),
        lazy.migrator(),
      ]);
      const lines = await withDatabase(config, (h) =>
        direction === 'down' ? migrateDown(h.db) : migrateToLatest(h.db),
      );
      io.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : 'Nothing to do: the database is up to date.\n');
      return 0;
    },
  },
  {
    name: 'seed',
    usage: 'atlas seed',
    summary: 'Load seeds/ through the import service (idempotent: a second run changes nothing).',
    async run(args, { config, io }) {
      noArgs(args, 'seed');
      const [withDatabase, { migrateToLatest }, { seedDatabase }, { reportImport }] = await Promise.all([
        lazy.withDatabase(),
        lazy.migrator(),
        lazy.seed(),
        lazy.importCommand(),
      ]);
      return reportImport(io, () =>
        withDatabase(config, async (h) => {
          await migrateToLatest(h.db);
          return seedDatabase(h.db);
        }),
      );
    },
  },
  {
    name: 'import',
    usage: 'atlas import FILE… [--dry-run] [--prune [--yes]]',
    summary:
      'Merge JSON, YAML or CSV files in all-or-nothing; --dry-run lists every change field by field and writes nothing; --prune also deletes what the files leave out of the laws and reports they name (asks first, or --yes).',
    run: async (args, ctx) => (await lazy.importCommand()).runImport(args, ctx),
  },
  {
    name: 'export',
    usage: 'atlas export [--format json|csv] [--out DIR_OR_FILE]',
    summary: 'Write everything import accepts: JSON to stdout or a file, or CSV files (one per table) into --out DIR.',
    run: async (args, ctx) => (await import('./export.command.ts')).runExport(args, ctx),
  },
  {
    name: 'extract',
    usage: 'atlas extract [--date YYYY-MM-DD] [--event-date YYYY-MM-DD] [--json]',
    summary: 'Print the citations found in the text on stdin, each resolved to the version in force.',
    run: async (args, ctx) => (await import('./extract.command.ts')).runExtract(args, ctx),
  },
  {
    name: 'ingest',
    usage: 'atlas ingest URL… [--dry-run] [--outlet SLUG]',
    summary:
      'Read feeds (RSS, Atom) and article pages into draft reports with suggested citations; prints new, known or skipped per item.',
    run: async (args, ctx) => (await import('./ingest.command.ts')).runIngest(args, ctx),
  },
  {
    name: 'user',
    usage: 'atlas user add EMAIL --role admin|editor [--password-stdin]',
    summary: 'Create an account; the password is asked for on the terminal, or read from stdin.',
    run: async (args, ctx) => (await import('./user.command.ts')).runUser(args, ctx),
  },
  {
    name: 'generate',
    usage: 'atlas generate --reports N [--citations-per-report K]',
    summary: 'Add N synthetic reports (own outlet, marked synthetic) with K citations each, for tests and benchmarks.',
    async run(args, { config, io }) {
      const { values } = parseArgs({
        args,
        options: { reports: { type: 'string' }, 'citations-per-report': { type: 'string', default: '3' } },
      });
      const n = Number(values.reports);
      const k = Number(values['citations-per-report']);
      if (!Number.isInteger(n) || n < 1 || n > 10_000_000)
        throw new UsageError('--reports must be a whole number from 1 to 10000000');
      if (!Number.isInteger(k) || k < 1 || k > 20)
        throw new UsageError('--citations-per-report must be a whole number from 1 to 20');
      const started = Date.now();
      const [withDatabase, { migrateToLatest }, { isDatabaseEmpty, seedDatabase }, { generateSyntheticData }] =
        await Promise.all([lazy.withDatabase(), lazy.migrator(), lazy.seed(), lazy.generate()]);
      const result = await withDatabase(config, async (h) => {
        await migrateToLatest(h.db);
        if (await isDatabaseEmpty(h.db)) await seedDatabase(h.db);
        return generateSyntheticData(h.db, n, k);
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      io.stdout.write(
        `Generated ${result.reports} synthetic reports and ${result.citations} citations in ${seconds} s (run ${result.runId}).\n`,
      );
      if (!result.law)
        io.stdout.write('No citations: no law is marked as the default law (laws[].default in the import format).\n');
      return 0;
    },
  },
];

export function printHelp(out: NodeJS.WritableStream): void {
  const width = Math.max(...commands.map((c) => c.usage.length));
  out.write(
    'Statute Atlas — criminal-code articles and the reports that cite them\n\nUsage: atlas <command> [options]\n\nCommands:\n',
  );
  for (const c of commands) out.write(`  ${c.usage.padEnd(width)}  ${c.summary}\n`);
  out.write(
    '\nEnvironment: DATABASE_URL (PostgreSQL server; unset = embedded PGlite in ATLAS_DATA_DIR, default ./data), PORT, HOST, LOG_LEVEL.\n',
  );
}
