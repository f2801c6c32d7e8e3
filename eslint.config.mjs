import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const noNextAuth = { group: ['next-auth', 'next-auth/*'], message: 'Keep next-auth inside auth.ts and lib/auth/.' };
// Layers point one way: app/ → lib/ → db/.
const noDb = { group: ['@/db', '@/db/*'], message: 'app/ and components/ go through lib/, never db/ directly.' };
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

// Layers point one way: app/ → lib/ → db/; components/ and emails/ never reach db/; lib/ never
// reaches up into app/ or components/; db/ knows no rules. Checked on resolved paths, so a
// relative import cannot slip past.
const layers = {
  'import/no-restricted-paths': [
    'error',
    {
      zones: [
        { target: './db', from: ['./lib', './app', './components', './emails'], message: 'db/ knows no rules: it imports nothing from lib/, app/, components/ or emails/.' },
        { target: './lib', from: ['./app', './components'], message: 'lib/ never reaches up into app/ or components/.' },
        { target: './components', from: './db', message: 'components/ go through lib/, never db/.' },
        { target: './emails', from: './db', message: 'emails/ get their data as props, never from db/.' },
        { target: './app', from: './db', message: 'app/ goes through lib/, never db/.' },
      ],
    },
  ],
};

// Side effects have one home (decision 0010): commands return events and lib/events commits
// them — audit rows and queued emails in the transaction, cache expiries after it.
const spineOnly = 'Side effects go through lib/events: return events from the command and let runCommand/commit write them.';
const spine = {
  'no-restricted-syntax': [
    'error',
    { selector: 'ImportSpecifier[imported.name=/^(revalidatePath|revalidateTag|updateTag|revalidateCampaign|announceCampaignChange)$/]', message: spineOnly },
    { selector: "CallExpression[callee.property.name='insert'][arguments.0.name=/^(auditEvents|outboxMessages)$/]", message: spineOnly },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next*/**', '.data/**', '.data-*/**', '.test-results*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'bench/results/**'],
  },
  { files: ['**/*.{ts,tsx}'], ignores: ['auth.ts', 'lib/auth/**'], rules: restrict(noNextAuth) },
  { files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'], rules: restrict(noNextAuth, noDb) },
  { files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'db/**/*.ts', 'emails/**/*.tsx'], rules: layers },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'scripts/**/*.ts', 'bench/**/*.ts'],
    ignores: ['lib/events/commit.ts', 'lib/campaigns/cache.ts'],
    rules: spine,
  },
];

export default config;
