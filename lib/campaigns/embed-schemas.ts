import { z } from 'zod';
import { MAX_EMBED_ORIGINS, parseOriginList } from '../security/embed-origins';
import { campaignId } from './schemas';

/**
 * The embedding setting as typed: empty lets any site frame the sign-on page (null), else a
 * list of origins. A path or anything that is not an origin is refused, not silently cut.
 */
export const embedOriginsSchema = z
  .object({ campaignId, embedOrigins: z.string().max(4000, 'Keep the list under 4,000 characters.').default('') })
  .transform((v, ctx) => {
    const { origins, invalid } = parseOriginList(v.embedOrigins);
    if (invalid.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['embedOrigins'],
        message: `Give whole site addresses like https://example.org, without a path: ${invalid.slice(0, 3).join(', ')}.`,
      });
      return z.NEVER;
    }
    if (origins.length > MAX_EMBED_ORIGINS) {
      ctx.addIssue({ code: 'custom', path: ['embedOrigins'], message: `List at most ${MAX_EMBED_ORIGINS} sites.` });
      return z.NEVER;
    }
    return { campaignId: v.campaignId, embedOrigins: origins.length > 0 ? origins : null };
  });
export type EmbedOriginsInput = z.infer<typeof embedOriginsSchema>;
