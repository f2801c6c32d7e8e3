import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { textDirection, toLocale } from '@/lib/i18n/locales';
import { getOptOutTarget } from '@/lib/outreach/queries';
import { openPrivateLink, type PrivateLinkParams } from '@/app/private-link';
import { optOutAction } from './actions';

/** Read once per request, for the title and the page alike. */
const findTarget = cache(getOptOutTarget);

export async function generateMetadata({ params }: { params: PrivateLinkParams }): Promise<Metadata> {
  const target = await findTarget((await params).token);
  const t = await getTranslations({ locale: toLocale(target?.language), namespace: 'optOut' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * In the letter's language, as the invitation was. Opening the link changes nothing (mail
 * scanners open links): the button does.
 */
export default async function OptOutPage({ params }: { params: PrivateLinkParams }) {
  const { token, found: target } = await openPrivateLink(params, findTarget);
  const locale = toLocale(target.language);
  const t = await getTranslations({ locale, namespace: 'optOut' });
  const name = target.name;
  return (
    <div className="max-w-2xl" lang={locale} dir={textDirection(locale)}>
      <h1 className="font-serif text-3xl font-semibold mb-4">{t('heading', { title: target.campaignTitle })}</h1>
      {target.state === 'opted_out' ? (
        <p role="status">{t('optedOut', { name })}</p>
      ) : target.state === 'signed' ? (
        <p role="status">{t('signed', { name })}</p>
      ) : (
        <ActionForm action={optOutAction.bind(null, token)} className="card space-y-4">
          <input type="hidden" name="locale" value={locale} />
          <p>{t('confirm', { name })}</p>
          <SubmitButton>{t('button')}</SubmitButton>
        </ActionForm>
      )}
    </div>
  );
}
