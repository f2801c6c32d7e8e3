import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

export type ScriptResult = { code: number | null; stdout: string; stderr: string };

/** Runs a script under scripts/ the way `npm run` does, optionally feeding standard input. */
export function runScript(
  script: string,
  args: string[],
  { input, env }: { input?: string; env?: Record<string, string> } = {},
): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['--conditions=react-server', path.join('scripts', script), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
