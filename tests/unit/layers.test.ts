import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The rules that broke for a file at `filePath` holding `code`, as `npm run lint` reports them. */
async function broken(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

/** Every [file, code] case breaks a rule whose id matches `rule`. */
async function expectEachRefused(cases: [string, string][], rule: RegExp) {
  for (const [file, code] of cases) {
    expect((await broken(file, code)).join('\n'), `${file}: ${code}`).toMatch(rule);
  }
}

describe('the layers npm run lint enforces', () => {
  it('refuse an import that points the wrong way', async () => {
    const cases: [string, string][] = [
      ['db/seed-helper.ts', "import { env } from '@/lib/env';\nexport const x = env;\n"],
      ['db/seed-helper.ts', "import { env } from '../lib/env';\nexport const x = env;\n"],
      ['lib/campaigns/helper.ts', "import { NotFoundMessage } from '@/components/ui/not-found-message';\nexport const x = NotFoundMessage;\n"],
      ['components/ui/helper.tsx', "import { getDb } from '@/db/client';\nexport const x = getDb;\n"],
      ['emails/helper.tsx', "import { signOns } from '@/db/schema';\nexport const x = signOns;\n"],
    ];
    await expectEachRefused(cases, /no-restricted-paths|no-restricted-imports/);
  }, 60_000);

  it('let the allowed direction through', async () => {
    expect(await broken('lib/campaigns/helper.ts', "import { getDb } from '@/db/client';\nexport const x = getDb;\n")).toEqual([]);
    expect(await broken('app/helper.ts', "import { env } from '@/lib/env';\nexport const x = env;\n")).toEqual([]);
  }, 60_000);
});

describe('the one home of side effects npm run lint enforces', () => {
  it('refuses an audit write, an enqueue or a cache expiry outside lib/events', async () => {
    const cases: [string, string][] = [
      ['lib/sign-ons/helper.ts', "import { auditEvents } from '@/db/schema';\nexport const f = (tx: any) => tx.insert(auditEvents).values({});\n"],
      ['lib/moderation/helper.ts', "import { outboxMessages } from '@/db/schema';\nexport const f = (tx: any) => tx.insert(outboxMessages).values({});\n"],
      ['lib/letters/helper.ts', "import { revalidateCampaign } from '../campaigns/cache';\nexport const f = revalidateCampaign;\n"],
      ['app/dashboard/helper.ts', "import { revalidatePath } from 'next/cache';\nexport const f = revalidatePath;\n"],
      ['app/letters/helper.ts', "import { revalidateTag } from 'next/cache';\nexport const f = revalidateTag;\n"],
    ];
    await expectEachRefused(cases, /no-restricted-syntax/);
  }, 60_000);

  it('lets the spine itself do them', async () => {
    expect(await broken('lib/events/commit.ts', "import { revalidatePath } from 'next/cache';\nexport const f = revalidatePath;\n")).toEqual([]);
  }, 60_000);
});
