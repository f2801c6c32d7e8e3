// `npm run db:seed`: seeds the demo campaign into an empty database.
import { closeDb, getDb } from '@/db/client';
import { migrate } from '@/db/migrate';
import { seedDemo } from '@/lib/demo/seed';

await migrate();
const seeded = await seedDemo(await getDb());
await closeDb();
console.log(seeded ? 'Seeded the demo campaign (coordinator@example.org).' : 'The database already has campaigns; nothing seeded.');
