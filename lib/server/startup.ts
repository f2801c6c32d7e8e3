import { getDb, dbKind } from '@/db/client';
import { migrate } from '@/db/migrate';
import { seedDemo } from '@/db/seed';
import { env } from '@/lib/env';

/**
 * Runs once when the server starts: validates the settings (a bad one stops start-up),
 * applies migrations on the embedded database, seeds the demo on an empty one, and starts
 * the email worker unless it runs on its own (`npm run worker`).
 */
export async function startServer(): Promise<void> {
  const settings = env();
  const kind = await dbKind();
  if (kind === 'pglite') await migrate();
  const seed = settings.SEED_DEMO ? settings.SEED_DEMO === 'true' : kind === 'pglite';
  if (seed && (await seedDemo(await getDb()))) {
    console.log('[undersigned] seeded the demo campaign; sign in as coordinator@example.org');
  }
  if (settings.WORKER_IN_PROCESS === 'true') {
    const { startWorkerOnce } = await import('@/lib/email/worker');
    startWorkerOnce();
    console.log(`[undersigned] email worker running (${settings.RESEND_API_KEY ? 'Resend' : 'development mailbox at /dev/mailbox'})`);
  }
}
