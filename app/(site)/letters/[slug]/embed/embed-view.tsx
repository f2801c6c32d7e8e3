import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AskOthers } from '@/components/outreach/ask-others';
import { SignOnMessages } from '@/components/sign-ons/sign-on-messages';
import { toLocale } from '@/lib/i18n/locales';
import { SignOnForm, type SignOnKind } from '@/components/sign-ons/sign-on-form';
import { showsCampaign } from '@/lib/campaigns/cache';
import { statusLabel } from '@/lib/campaigns/labels';
import { getPublicLetterPage } from '@/lib/campaigns/public-page';
import { countryOptions } from '@/lib/lists/countries';
import { letterPath } from '@/lib/urls';
import { defineCachedLetterPage } from '../route-pages';
import { signOnEmbedAction } from './actions';

/**
 * Inside another site's frame the site's own header and footer would be noise (and links
 * that navigate the frame away): hidden on the embeddable pages only.
 */
export function FrameChrome() {
  return <style>{'body>header,body>footer{display:none}'}</style>;
}

export async function embedMetadata(slug: string): Promise<Metadata> {
  const page = await getPublicLetterPage(slug);
  return { title: page ? `Sign: ${page.letter.title}` : 'Sign-on', robots: { index: false } };
}

/**
 * The embeddable sign-on page: the letter's title and summary, the sign-on form and a link
 * to the whole letter, which opens outside the frame.
 */
export async function EmbedView({ slug, initialKind }: { slug: string; initialKind: SignOnKind }) {
  const page = await getPublicLetterPage(slug);
  if (!page) notFound();
  const { letter } = page;
  await showsCampaign(letter.id);
  const full = letterPath(letter.slug);
  return (
    <div className="max-w-2xl">
      <FrameChrome />
      <p className="mb-2 text-sm">
        <span className="inline-block rounded-full border border-line bg-paper px-3 py-1 font-medium">{statusLabel[page.status]}</span>
      </p>
      <h1 className="font-serif text-2xl font-semibold" lang={letter.language}>
        {letter.title}
      </h1>
      <p className="mt-2 font-serif text-lg" data-testid="summary-sentence">
        {page.counts.summary}
      </p>
      <p className="mt-2">
        <a href={full} target="_blank" rel="noopener">
          Read the full letter (opens in a new tab)
        </a>
      </p>
      {page.acceptsSignOns ? (
        <section id="sign-on" aria-labelledby="sign-on-heading" className="card mt-6">
          <h2 id="sign-on-heading" className="font-serif text-xl font-semibold mb-2">
            Sign this letter
          </h2>
          <p className="mb-6 text-muted">
            We send you an email to confirm. Your name appears on the letter once the coordinators have approved it.
          </p>
          <SignOnMessages locale={toLocale(letter.language)}>
            <SignOnForm
              action={signOnEmbedAction.bind(null, letter.slug)}
              initialKind={initialKind}
              countries={countryOptions(letter.language)}
              individualsFootnote={letter.letter.individualsFootnote}
              version={letter.version}
              locale={toLocale(letter.language)}
            />
          </SignOnMessages>
        </section>
      ) : (
        <p className="card mt-6" role="status">
          {page.status === 'closed' ? 'Sign-on for this letter is closed.' : 'Sign-on for this letter has ended: the list of signatories is final.'}
        </p>
      )}
    </div>
  );
}

/** The embeddable page with the sign-on form opened for `initialKind`. */
export const defineEmbedPage = (initialKind: SignOnKind) =>
  defineCachedLetterPage(
    ({ slug }) => embedMetadata(slug),
    ({ slug }) => <EmbedView slug={slug} initialKind={initialKind} />,
  );

/**
 * Where a sign-on made inside another site's frame lands, still in the frame. It answers the
 * same for a new, a pending and an already-signed address, like the letter's own page.
 */
export function EmbedCheckEmailView({ slug }: { slug: string }) {
  return (
    <div className="max-w-xl">
      <FrameChrome />
      <h1 className="font-serif text-3xl font-semibold mb-4">Check your email</h1>
      <p className="mb-4">
        If this address can sign this letter, we have sent it a message with a link. Open the link and press the
        button on that page to confirm your sign-on. The link works for 48 hours.
      </p>
      <p className="mb-4">
        Nothing arrived after a few minutes? Look in your spam folder, or{' '}
        <a href={`${letterPath(slug)}/my-link`} target="_blank" rel="noopener">
          have your link emailed to you again (opens in a new tab)
        </a>
        .
      </p>
      <AskOthers slug={slug} />
    </div>
  );
}

export const embedCheckEmailPage = defineCachedLetterPage(
  () => ({ title: 'Check your email', robots: { index: false } }),
  ({ slug }) => <EmbedCheckEmailView slug={slug} />,
);
