import postgres from 'postgres';

/**
 * Creates a new database next to the one in `url` (same server), optionally as a copy of a
 * template, and returns its URL and a function that drops it.
 */
export async function createFreshDatabase(url, { suffix, template } = {}) {
  const base = new URL(url);
  const baseName = decodeURIComponent(base.pathname.slice(1)) || 'postgres';
  const name = `${baseName}_${suffix ?? 'tmp'}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 63);
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"${template ? ` template "${template}"` : ''}`);
  } finally {
    await admin.end();
  }
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return {
    url: fresh.toString(),
    name,
    async drop() {
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await sql.end();
      }
    },
  };
}
