// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (or the PGlite folder).
import { closeDb } from '@/db/client';
import { migrate } from '@/db/migrate';

await migrate();
await closeDb();
console.log('Migrations applied.');
