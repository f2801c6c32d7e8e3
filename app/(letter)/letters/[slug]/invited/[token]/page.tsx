import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { connection } from 'next/server';
import { Letter } from '@/components/letters/letter';
import { textDirection, toLocale } from '@/lib/i18n/locales';
import { SignOnSection } from '@/components/sign-ons/sign-on-section';
import { getPublicLetterPage } from '@/lib/campaigns/public-page';
import { optOutPath } from '@/lib/outreach/paths';
import { getInvitation } from '@/lib/outreach/queries';
import { letterPath } from '@/lib/urls';
import { signOnAction } from '@/app/letters/[slug]/actions';

// Rendered per request for the one organization whose link this is: it shows their contact
// address, so it is never cached (proxy.ts lists it as a private path).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string; token: string }> };

/** The invitation and the letter it is about, read once per request (metadata and page alike). */
const loadInvitation = cache(async (slug: string, token: string) => {
  const invitation = await getInvitation(slug, token);
  const page = invitation && (await getPublicLetterPage(invitation.campaign.slug));
  return invitation && page ? { invitation, page, locale: toLocale(page.letter.language) } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, token } = await params;
  const found = await loadInvitation(slug, token);
  const t = await getTranslations({ locale: found?.locale ?? 'en', namespace: 'invited' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** In the letter's language, as the invitation email was. */
export default async function InvitedPage({ params }: Props) {
  await connection();
  const { slug, token } = await params;
  const found = await loadInvitation(slug, token);
  if (!found) notFound();
  const { invitation, page, locale } = found;
  const { letter } = page;
  const [t, tLetter] = await Promise.all([getTranslations({ locale, namespace: 'invited' }), getTranslations({ locale, namespace: 'letter' })]);
  const invited = invitation.state === 'added' || invitation.state === 'invited';
  return (
    <div className="max-w-3xl" lang={locale} dir={textDirection(locale)}>
      <section aria-labelledby="invitation-heading" className="card mb-8">
        <h1 id="invitation-heading" className="font-serif text-2xl font-semibold mb-2">
          {t('heading', { name: invitation.name })}
        </h1>
        <p className="text-muted">
          {t('intro')} {t('notInterested')} <Link href={optOutPath(token)}>{t('stop')}</Link>.
        </p>
      </section>
      <Letter letter={letter.letter} lang={letter.language} />
      {!page.acceptsSignOns ? (
        <p className="card mt-10" role="status">
          {t('ended')}
        </p>
      ) : !invited ? (
        <p className="card mt-10" role="status">
          {invitation.state === 'signed' ? t('signedAlready') : t('optedOut')} <Link href={letterPath(letter.slug)}>{t('publicPage')}</Link>.
        </p>
      ) : (
        <SignOnSection
          heading={tLetter('signHeading')}
          intro={t('signIntro')}
          locale={locale}
          action={signOnAction.bind(null, letter.slug)}
          initialKind="organization"
          individualsFootnote={letter.letter.individualsFootnote}
          version={letter.version}
          initialValues={{
            displayName: invitation.name,
            acronym: invitation.acronym ?? '',
            country: invitation.country ?? '',
            email: invitation.email,
          }}
          hiddenFields={{ invitation: token }}
        />
      )}
    </div>
  );
}
