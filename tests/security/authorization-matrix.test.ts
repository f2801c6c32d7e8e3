import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actions, routes } from './authorization-matrix';

const root = process.cwd();
// Route groups, "(site)/", are folders that are no part of the address: the matrix names files without them.
const rel = (file: string) => path.relative(root, file).split(path.sep).join('/').replace(/\/\([^/)]+\)(?=\/)/g, '');
const grouped = new Map<string, string>();

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    grouped.set(rel(full), path.relative(root, full));
    return [full];
  });
}

/** The file on disk a matrix entry names, wherever its route group puts it. */
const onDisk = (file: string) => path.join(root, grouped.get(file) ?? file);
const source = (file: string) => readFileSync(onDisk(file), 'utf8');
const isCode = (f: string) => /\.(ts|tsx|js|jsx|mjs)$/.test(f);

/** Every file Next.js serves as a page, layout or route handler. */
const routeFiles = walk(path.join(root, 'app'))
  .map(rel)
  .filter((f) => /\/(page|layout|route|not-found|template|default|error|loading)\.(tsx?|jsx?)$/.test(f));

/** Every file that defines server actions, at the top or inline, anywhere in the app's code. */
const actionFiles = ['app', 'components', 'lib']
  .flatMap((d) => walk(path.join(root, d)))
  .map(rel)
  .filter(isCode)
  .filter((f) => /['"]use server['"]/.test(source(f)));

function exportedNames(file: string): string[] {
  const text = source(file);
  const names = [...text.matchAll(/^export\s+(?:async\s+function|function|const|let)\s+(\w+)/gm)].map((m) => m[1]!);
  const inline = [...text.matchAll(/(?:async\s+function\s+(\w+)|(\w+)\s*=\s*async\s*\([^)]*\)\s*=>)\s*[^{]*\{\s*['"]use server['"]/g)].map((m) => m[1] ?? m[2]!);
  return [...new Set([...names, ...inline])];
}

describe('authorization matrix', () => {
  it('lists every page, layout and route handler under app/ (and nothing that is gone)', () => {
    expect(routeFiles.length).toBeGreaterThan(20);
    const unlisted = routeFiles.filter((f) => !(f in routes));
    expect(unlisted, 'add these to tests/security/authorization-matrix.ts with who may use them').toEqual([]);
    const stale = Object.keys(routes).filter((f) => !existsSync(onDisk(f)));
    expect(stale, 'these matrix entries name files that no longer exist').toEqual([]);
  });

  it('lists every server action by file and name (and nothing that is gone)', () => {
    expect(actionFiles.length).toBeGreaterThan(3);
    const unlistedFiles = actionFiles.filter((f) => !(f in actions));
    expect(unlistedFiles, 'server actions not in tests/security/authorization-matrix.ts').toEqual([]);
    for (const file of actionFiles) {
      const listed = Object.keys(actions[file] ?? {});
      expect(exportedNames(file).sort(), `actions of ${file}`).toEqual(listed.sort());
    }
    const stale = Object.keys(actions).filter((f) => !existsSync(onDisk(f)));
    expect(stale).toEqual([]);
  });

  it('every action calls the command it is listed with, which re-checks access', () => {
    for (const [file, entries] of Object.entries(actions)) {
      const text = source(file);
      for (const [name, entry] of Object.entries(entries)) {
        expect(text, `${file} ${name} → ${entry.command}`).toContain(entry.command);
        if (entry.access === 'coordinator' || entry.access === 'editor' || entry.access === 'owner') {
          // The session is read again on every call: actions are public POST endpoints.
          expect(text, `${file} reads the session`).toMatch(/authorize|requireCoordinatorForAction|signOut/);
        }
      }
    }
  });

  it('every coordinator page requires a signed-in coordinator', () => {
    for (const [file, entry] of Object.entries(routes)) {
      if (!['coordinator', 'editor', 'owner'].includes(entry.access)) continue;
      const chain = [file, ...ancestors(file)].map(source).join('\n');
      expect(chain, `${file} or its layouts check the session`).toMatch(/requireCoordinator|requireCampaignPage|getCurrentCoordinator|requireRole/);
    }
  });

  it('the tests the matrix names exist and cover what it says', () => {
    const entries = [...Object.values(routes), ...Object.values(actions).flatMap((a) => Object.values(a))];
    for (const entry of entries) {
      for (const check of entry.checks) {
        expect(existsSync(path.join(root, check.file)), check.file).toBe(true);
        expect(source(check.file), `${check.file} mentions ${check.mentions}`).toContain(check.mentions);
      }
    }
  });
});

function ancestors(file: string): string[] {
  const out: string[] = [];
  let dir = path.posix.dirname(file);
  while (dir.startsWith('app')) {
    const layout = `${dir}/layout.tsx`;
    if (layout !== file && existsSync(onDisk(layout))) out.push(layout);
    dir = path.posix.dirname(dir);
  }
  return out;
}
