import { getDb, dbKind } from '@/db/client';
import { migrate } from '@/db/migrate';
import { seedDemo } from '@/lib/demo/seed';
import { env, usesDevMailbox } from '@/lib/env';

const say = (message: string) => console.log(`[undersigned] ${message}`);

/**
 * Runs once when the server starts: validates the settings (a bad one stops start-up),
 * applies migrations on the embedded database, seeds the demo on an empty one, and starts
 * the email worker unless it runs on its own (`npm run worker`).
 */
export async function startServer(): Promise<void> {
  const settings = env();
  if (settings.NODE_ENV === 'production' && usesDevMailbox()) {
    console.warn(
      '[undersigned] WARNING: EMAIL_DEV_MAILBOX=true: no email is sent, and anyone can read every message ' +
        '(sign-in links included) at /dev/mailbox. Use this only for demos and tests.',
    );
  }
  const kind = await dbKind();
  if (kind === 'pglite') {
    say(`opening the embedded database in ${settings.PGLITE_DIR} and applying migrations…`);
    await migrate();
  }
  const seed = settings.SEED_DEMO ? settings.SEED_DEMO === 'true' : kind === 'pglite';
  if (seed) {
    say('checking the demo data…');
    if (await seedDemo(await getDb())) {
      say('seeded the demo: three letters (open, closed, delivered); sign in as coordinator@example.org');
    }
  }
  if (settings.WORKER_IN_PROCESS === 'true') {
    const { startWorkerOnce } = await import('@/lib/email/worker');
    startWorkerOnce();
    say(`email worker running (${settings.RESEND_API_KEY ? 'Resend' : usesDevMailbox() ? 'development mailbox at /dev/mailbox' : 'no provider: emails wait in the outbox'})`);
  }
  say(`ready at ${settings.APP_URL}`);
}

/** A server with bad settings must not keep answering (with 500s): it stops, and says why. */
export async function startServerOrExit(): Promise<void> {
  try {
    await startServer();
  } catch (error) {
    console.error(`[undersigned] cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}
