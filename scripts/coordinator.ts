// `npm run coordinator -- add EMAIL [--name NAME]`: makes EMAIL a known coordinator, who can
// then sign in with an emailed link and start campaigns (also for someone already invited to one). Works on DATABASE_URL or the PGlite folder (stop the
// server first when it uses PGlite: one process per folder).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { closeDb, getDb } from '@/db/client';
import { migrate } from '@/db/migrate';
import { addCoordinator } from '@/lib/coordinators/operator';
import { coordinatorEmail, coordinatorName } from '@/lib/coordinators/schemas';

const usage = 'Usage: npm run coordinator -- add EMAIL [--name NAME]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { positionals, values } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { name: { type: 'string' } } });
  } catch (e) {
    return fail(`${(e as Error).message}\n${usage}`);
  }
})();

const [command, rawEmail, ...extra] = positionals;
if (command !== 'add' || !rawEmail || extra.length > 0) fail(usage);

const parsed = z.object({ email: coordinatorEmail, name: coordinatorName.optional() }).safeParse({ email: rawEmail, name: values.name });
if (!parsed.success) {
  fail(`Not added: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} (got "${rawEmail}")`);
}

await migrate();
const result = await addCoordinator(await getDb(), { email: parsed.data.email, name: parsed.data.name ?? null });
await closeDb();
console.log(
  result.created
    ? `Added coordinator ${result.email}. They can sign in at /sign-in with an emailed link.`
    : `${result.email} is already a coordinator; they may now start campaigns of their own.`,
);
