import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const noNextAuth = { group: ['next-auth', 'next-auth/*'], message: 'Keep next-auth inside auth.ts and lib/auth/.' };
// Layers point one way: app/ → lib/ → db/.
const noDb = { group: ['@/db', '@/db/*'], message: 'app/ and components/ go through lib/, never db/ directly.' };
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.data/**', '.data-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'bench/results/**'],
  },
  { files: ['**/*.{ts,tsx}'], ignores: ['auth.ts', 'lib/auth/**'], rules: restrict(noNextAuth) },
  { files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'], rules: restrict(noNextAuth, noDb) },
];

export default config;
