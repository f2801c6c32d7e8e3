import type { Metadata } from 'next';
import { EmbedSettingsForm } from '@/components/campaigns/embed-settings-form';
import { SettingsForm } from '@/components/campaigns/settings-form';
import { updateSettingsAction } from '@/app/dashboard/actions';
import { getCampaignEmbedOrigins } from '@/lib/campaigns/embed';
import { timeZoneOptions, utcToZonedLocal } from '@/lib/campaigns/deadline';
import { isFrozen } from '@/lib/campaigns/lifecycle';
import { requireCampaignPage } from '@/lib/campaigns/page-context';
import { localeNames } from '@/lib/i18n/locales';
import { localizedLetterPath } from '@/lib/i18n/paths';
import { getLetterTranslations } from '@/lib/letters/translations';
import { embedSnippet } from '@/lib/outreach/embed-snippet';
import { absoluteUrl, embedPath } from '@/lib/urls';
import { updateEmbedOriginsAction } from './actions';

export const metadata: Metadata = { title: 'Campaign settings' };

export default async function SettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { campaign } = await requireCampaignPage(id, '/settings');
  const zone = campaign.deadlineTimeZone ?? 'UTC';
  return (
    <div>
      <h1 className="font-serif text-2xl font-semibold mb-4">Settings</h1>
      {isFrozen(campaign.status) && <p className="mb-4">The list is final; these settings can no longer change.</p>}
      <SettingsForm
        action={updateSettingsAction}
        campaignId={campaign.id}
        disabled={isFrozen(campaign.status)}
        timeZones={timeZoneOptions()}
        values={{
          deadline: campaign.deadline ? utcToZonedLocal(campaign.deadline, zone) : '',
          deadlineTimeZone: zone,
          approvalPolicy: campaign.approvalPolicy,
          listFormat: campaign.listFormat,
          listOrder: campaign.listOrder,
          liveList: campaign.liveList,
          notifyRejected: campaign.notifyRejected,
        }}
      />
      <EmbedSettingsForm
        action={updateEmbedOriginsAction}
        campaignId={campaign.id}
        disabled={isFrozen(campaign.status)}
        origins={await getCampaignEmbedOrigins(campaign.id)}
        snippet={embedSnippet({ src: absoluteUrl(embedPath(campaign.slug)), title: campaign.title })}
        translations={(await getLetterTranslations(campaign.id)).map(({ locale }) => ({
          locale,
          name: localeNames[locale],
          src: absoluteUrl(localizedLetterPath(campaign.slug, locale, campaign.language, 'embed')),
        }))}
      />
    </div>
  );
}
