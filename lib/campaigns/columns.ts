import { campaigns } from '@/db/schema';

/** What names a letter to its readers and links to it, and where it stands. */
export const campaignRefColumns = {
  id: campaigns.id,
  slug: campaigns.slug,
  title: campaigns.title,
  /** The original's language: a translation's page and emails link back to it. */
  language: campaigns.language,
  status: campaigns.status,
};
