/**
 * The walls `npm test` keeps (npm run deps). dependency-cruiser reads TypeScript through @swc/core,
 * which is already installed for Jest (its own TypeScript reader does not support TypeScript 7 yet).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-file-cycle',
      comment: 'Two modules that import each other (directly or round a loop) cannot be understood or changed alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'Feature folders are walls: if a folder imports another, the other never imports it back.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-route-repository',
      comment: 'Routes call services; only services and writers reach repositories (routes → services → repositories → db).',
      severity: 'error',
      from: { path: '\\.routes\\.ts$' },
      to: { path: '\\.repository\\.ts$' },
    },
    {
      name: 'api-schema-imports-only-zod-and-lib',
      comment: 'The response schemas are what API users see; every feature may import them, so they import no feature.',
      severity: 'error',
      from: { path: '^src/api-schema/' },
      to: { pathNot: ['^src/api-schema/', '^src/lib/', '^node_modules/zod/'] },
    },
    {
      name: 'extractor-is-pure',
      comment:
        'The extractor is text in, citations out: no database, no HTTP, no Node I/O. Its data (laws, aliases, lineages) is loaded by its callers and passed in, so it runs the same in a worker, a CLI or a test.',
      severity: 'error',
      from: { path: '^src/extractor/' },
      to: { pathNot: ['^src/extractor/', '^src/lib/'] },
    },
    {
      name: 'migrations-import-only-kysely',
      comment: 'A migration must run the same forever, whatever the application code becomes.',
      severity: 'error',
      from: { path: '^migrations/' },
      to: { pathNot: '^node_modules/kysely/' },
    },
  ],
  options: {
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
  },
};
