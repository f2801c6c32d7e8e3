export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // First, so that as few requests as possible arrive before the connection's address is stamped.
  const { stampPeerAddresses } = await import('./lib/security/client-ip');
  await stampPeerAddresses();
  const { startServerOrExit } = await import('./lib/server/startup');
  await startServerOrExit();
}
