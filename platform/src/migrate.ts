/**
 * Migrates one subgraph's schema and exits: `node --import tsx platform/src/migrate.ts <name>`
 * with that subgraph's DATABASE_URL. The Kubernetes migration Job runs it once per subgraph
 * before a rollout, so replicas start without waiting on each other's migrations (they would
 * also migrate at start-up, under an advisory lock, and find nothing left to do).
 */
import { loadMigrationConfig, openDatabase } from '@aula/runtime';
import { embeddedSubgraphs } from './subgraph-modules';

async function main() {
  const name = process.argv[2];
  const found = embeddedSubgraphs.find(({ module }) => module.name === name);
  if (!found) {
    const names = embeddedSubgraphs.map(({ module }) => module.name).join(', ');
    throw new Error(`usage: migrate.ts <subgraph>, one of ${names}`);
  }
  const { DATABASE_URL } = loadMigrationConfig();
  const database = await openDatabase({ url: DATABASE_URL });
  try {
    await database.migrate({
      schema: found.module.dbSchema,
      migrationsFolder: found.module.migrationsFolder,
    });
    console.log(`${name}: migrations applied`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
