// `npx drizzle-kit generate` (in packages/classroom) writes the next migration from src/db/schema.ts
// into src/db/migrations. It needs no database: the SQL comes from the schema and the last snapshot.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
});
