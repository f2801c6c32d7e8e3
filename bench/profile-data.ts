// Creates the benchmark's data in a database that is kept, for profiling one scenario by hand.
import postgres from 'postgres';
import { createDatabase, generateBenchData, postgresExec } from './lib/data';

async function main() {
  const admin = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = await createDatabase(admin, 'undersigned_profile');
  process.env.DATABASE_URL = url;
  const { migrate } = await import('../db/migrate');
  const { closeDb } = await import('../db/client');
  await migrate();
  await closeDb();
  const sql = postgres(url, { max: 10, onnotice: () => {} });
  const db = postgresExec(sql);
  const { owner, reviewId, lockId } = await generateBenchData(db, 1000);
  console.log(JSON.stringify({ url, cookie: `authjs.session-token=${owner.sessionToken}`, reviewId, lockId, ownerId: owner.id }));
  await sql.end();
}
main();
