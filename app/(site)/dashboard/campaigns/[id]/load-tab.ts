import 'server-only';
import { notFound } from 'next/navigation';
import { requireCampaignPage } from '@/lib/campaigns/page-context';

/** A campaign query that answers null for a coordinator who is not a member. */
type CampaignRead<T> = (campaignId: string, coordinatorId: string) => Promise<T | null>;

/**
 * For a campaign tab built on one query of its own: the coordinator, the campaign and what the
 * query found, or the sign-in redirect or 404 of `requireCampaignPage`. The query checks the
 * membership again itself, so a null from it is a 404 too.
 */
export async function loadCampaignTab<T>(params: Promise<{ id: string }>, section: string, read: CampaignRead<T>) {
  const { id } = await params;
  const { me, campaign } = await requireCampaignPage(id, section);
  const found = await read(id, me.id);
  if (!found) notFound();
  return { me, campaign, found };
}
