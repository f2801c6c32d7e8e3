export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // First, so that as few requests as possible arrive before the connection's address is stamped.
  const { stampPeerAddresses } = await import('./lib/security/client-ip');
  await stampPeerAddresses();
  const { startServer } = await import('./lib/server/startup');
  try {
    await startServer();
  } catch (error) {
    // A server with bad settings must not keep answering (with 500s): stop, and say why.
    console.error(`[undersigned] cannot start: ${(error as Error).message}`);
    process.exitCode = 1;
    globalThis.process?.exit?.(1);
  }
}
