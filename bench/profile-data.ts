// Creates the benchmark's data in a database that is kept, for profiling one scenario by hand.
import postgres from 'postgres';
import { createCampaign, createCoordinatorWithSession, createDatabase, insertSignOns } from './lib/data';

async function main() {
  const admin = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = await createDatabase(admin, 'undersigned_profile');
  process.env.DATABASE_URL = url;
  const { migrate } = await import('../db/migrate');
  const { closeDb } = await import('../db/client');
  await migrate();
  await closeDb();
  const sql = postgres(url, { max: 10, onnotice: () => {} });
  const owner = await createCoordinatorWithSession(sql, 'bench-owner@bench.invalid');
  const openId = await createCampaign(sql, { slug: 'bench-open', status: 'open', ownerId: owner.id, liveList: true });
  await insertSignOns(sql, openId, 5000, 'approved', { prefix: 'open' });
  const reviewId = await createCampaign(sql, { slug: 'bench-review', status: 'open', ownerId: owner.id });
  await insertSignOns(sql, reviewId, 10_000, 'verified', { prefix: 'r' });
  const lockId = await createCampaign(sql, { slug: 'bench-lock', status: 'closed', ownerId: owner.id });
  await insertSignOns(sql, lockId, 100_000, 'approved', { prefix: 'l' });
  await sql`analyze`;
  console.log(JSON.stringify({ url, cookie: `authjs.session-token=${owner.sessionToken}`, reviewId, lockId, ownerId: owner.id }));
  await sql.end();
}
main();
