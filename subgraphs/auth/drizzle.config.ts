import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/db/schema.ts', './src/oidc/tables.ts', './src/lti/tables.ts'],
  out: './drizzle',
  schemaFilter: ['auth'],
});
