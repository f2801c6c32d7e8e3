// Creates the benchmark's data in a database that is kept, for profiling one scenario by hand.
import postgres from 'postgres';
import { createCampaign, createCoordinatorWithSession, createDatabase, insertSignOns, postgresExec } from './lib/data';

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
  const owner = await createCoordinatorWithSession(db, 'bench-owner@bench.invalid');
  const openId = await createCampaign(db, { slug: 'bench-open', status: 'open', ownerId: owner.id, liveList: true });
  await insertSignOns(db, openId, 5000, 'approved', { prefix: 'open' });
  const reviewId = await createCampaign(db, { slug: 'bench-review', status: 'open', ownerId: owner.id });
  await insertSignOns(db, reviewId, 10_000, 'verified', { prefix: 'r' });
  const lockId = await createCampaign(db, { slug: 'bench-lock', status: 'closed', ownerId: owner.id });
  await insertSignOns(db, lockId, 100_000, 'approved', { prefix: 'l' });
  await sql`analyze`;
  console.log(JSON.stringify({ url, cookie: `authjs.session-token=${owner.sessionToken}`, reviewId, lockId, ownerId: owner.id }));
  await sql.end();
}
main();
