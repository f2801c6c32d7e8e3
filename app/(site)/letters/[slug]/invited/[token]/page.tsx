import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Letter } from '@/components/letters/letter';
import { SignOnMessages } from '@/components/sign-ons/sign-on-messages';
import { toLocale } from '@/lib/i18n/locales';
import { SignOnForm } from '@/components/sign-ons/sign-on-form';
import { getPublicLetterPage } from '@/lib/campaigns/public-page';
import { countryOptions } from '@/lib/lists/countries';
import { optOutPath } from '@/lib/outreach/paths';
import { getInvitation } from '@/lib/outreach/queries';
import { letterPath } from '@/lib/urls';
import { signOnAction } from '../../actions';

// Rendered per request for the one organization whose link this is: it shows their contact
// address, so it is never cached (proxy.ts lists it as a private path).
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your invitation to sign', robots: { index: false, follow: false } };

type Props = { params: Promise<{ slug: string; token: string }> };

export default async function InvitedPage({ params }: Props) {
  await connection();
  const { slug, token } = await params;
  const invitation = await getInvitation(slug, token);
  if (!invitation) notFound();
  const page = await getPublicLetterPage(invitation.campaign.slug);
  if (!page) notFound();
  const { letter } = page;
  const invited = invitation.state === 'added' || invitation.state === 'invited';
  return (
    <div className="max-w-3xl">
      <section aria-labelledby="invitation-heading" className="card mb-8">
        <h1 id="invitation-heading" className="font-serif text-2xl font-semibold mb-2">
          {invitation.name} is invited to sign
        </h1>
        <p className="text-muted">
          Read the letter below. The form after it is filled in with your organization’s details: check them, add your name and role, and sign.
          Not interested? <Link href={optOutPath(token)}>Stop invitations about this letter</Link>.
        </p>
      </section>
      <Letter letter={letter.letter} lang={letter.language} />
      {!page.acceptsSignOns ? (
        <p className="card mt-10" role="status">
          Sign-on for this letter has ended.
        </p>
      ) : !invited ? (
        <p className="card mt-10" role="status">
          {invitation.state === 'signed' ? 'Your organization has signed this letter already. Thank you.' : 'You asked us not to write about this letter again.'}{' '}
          <Link href={letterPath(letter.slug)}>See the letter’s public page</Link>.
        </p>
      ) : (
        <section id="sign-on" aria-labelledby="sign-on-heading" className="card mt-10">
          <h2 id="sign-on-heading" className="font-serif text-2xl font-semibold mb-2">
            Sign this letter
          </h2>
          <p className="mb-6 text-muted">We send you an email to confirm. Your organization appears on the letter once the coordinators have approved it.</p>
          <SignOnMessages locale={toLocale(letter.language)}>
            <SignOnForm
              action={signOnAction.bind(null, letter.slug)}
              initialKind="organization"
              countries={countryOptions(letter.language)}
              individualsFootnote={letter.letter.individualsFootnote}
              version={letter.version}
              locale={toLocale(letter.language)}
              initialValues={{
                displayName: invitation.name,
                acronym: invitation.acronym ?? '',
                country: invitation.country ?? '',
                email: invitation.email,
              }}
              hiddenFields={{ invitation: token }}
            />
          </SignOnMessages>
        </section>
      )}
    </div>
  );
}
