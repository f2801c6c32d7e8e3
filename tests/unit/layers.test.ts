import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The rules that broke for a file at `filePath` holding `code`, as `npm run lint` reports them. */
async function broken(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

/** Files, each with the code it holds. */
type Cases = [file: string, code: string][];

/** A family of rules: code it must refuse (with a rule whose id matches `rule`), and code it must let through. */
type RuleFamily = { rules: string; refuses: string; rule: RegExp; refused: Cases; allows: string; allowed: Cases };

const families: RuleFamily[] = [
  {
    rules: 'the layers npm run lint enforces',
    refuses: 'refuse an import that points the wrong way',
    rule: /no-restricted-paths|no-restricted-imports/,
    refused: [
      ['db/seed-helper.ts', "import { env } from '@/lib/env';\nexport const x = env;\n"],
      ['db/seed-helper.ts', "import { env } from '../lib/env';\nexport const x = env;\n"],
      ['lib/campaigns/helper.ts', "import { NotFoundMessage } from '@/components/ui/not-found-message';\nexport const x = NotFoundMessage;\n"],
      ['components/ui/helper.tsx', "import { getDb } from '@/db/client';\nexport const x = getDb;\n"],
      ['emails/helper.tsx', "import { signOns } from '@/db/schema';\nexport const x = signOns;\n"],
    ],
    allows: 'let the allowed direction through',
    allowed: [
      ['lib/campaigns/helper.ts', "import { getDb } from '@/db/client';\nexport const x = getDb;\n"],
      ['app/helper.ts', "import { env } from '@/lib/env';\nexport const x = env;\n"],
    ],
  },
  {
    rules: 'the one home of side effects npm run lint enforces',
    refuses: 'refuses an audit write, an enqueue or a cache expiry outside lib/events',
    rule: /no-restricted-syntax/,
    refused: [
      ['lib/sign-ons/helper.ts', "import { auditEvents } from '@/db/schema';\nexport const f = (tx: any) => tx.insert(auditEvents).values({});\n"],
      ['lib/moderation/helper.ts', "import { outboxMessages } from '@/db/schema';\nexport const f = (tx: any) => tx.insert(outboxMessages).values({});\n"],
      ['lib/letters/helper.ts', "import { revalidateCampaign } from '../campaigns/cache';\nexport const f = revalidateCampaign;\n"],
      ['app/dashboard/helper.ts', "import { revalidatePath } from 'next/cache';\nexport const f = revalidatePath;\n"],
      ['app/letters/helper.ts', "import { revalidateTag } from 'next/cache';\nexport const f = revalidateTag;\n"],
    ],
    allows: 'lets the spine itself do them',
    allowed: [['lib/events/commit.ts', "import { revalidatePath } from 'next/cache';\nexport const f = revalidatePath;\n"]],
  },
];

for (const { rules, refuses, rule, refused, allows, allowed } of families) {
  describe(rules, () => {
    it(refuses, async () => {
      for (const [file, code] of refused) expect((await broken(file, code)).join('\n'), `${file}: ${code}`).toMatch(rule);
    }, 60_000);

    it(allows, async () => {
      for (const [file, code] of allowed) expect(await broken(file, code), `${file}: ${code}`).toEqual([]);
    }, 60_000);
  });
}
