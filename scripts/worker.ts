// `npm run worker`: delivers the email outbox on its own, for deployments that set
// WORKER_IN_PROCESS=false on the web instances. Several may run at once. It runs without the
// react-server condition: React Email renders with react-dom/server, which that condition forbids.
import { register } from 'node:module';
import { closeDb } from '@/db/client';
import { startWorker } from '@/lib/email/worker';
import { env } from '@/lib/env';

// Before the worker's duties load domain modules marked server-only.
register('./server-only-hook.mjs', import.meta.url);

const settings = env();
const worker = startWorker({ keepAlive: true });
console.log(`Email worker running (${settings.RESEND_API_KEY ? 'Resend' : 'development mailbox'}). Stop with Ctrl-C.`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  await closeDb();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
