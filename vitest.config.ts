import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  // The app's routes live in route groups with their own root layouts (docs/decisions/0009).
  '@/app': path.resolve(import.meta.dirname, 'app/(site)'),
  '@': path.resolve(import.meta.dirname),
  // server-only throws outside React Server Components; tests run the server code directly.
  'server-only': path.resolve(import.meta.dirname, 'tests/support/empty.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.{ts,tsx}', 'tests/security/**/*.test.{ts,tsx}'],
          environment: 'node',
          globalSetup: ['tests/support/integration-global-setup.ts'],
          // next-auth imports 'next/server' without an extension, which Node's ESM loader refuses.
          server: { deps: { inline: ['next-auth'] } },
          setupFiles: ['tests/support/integration-setup.ts'],
          // Files run one after another: each opens a database of its own, and PGlite wants the cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
