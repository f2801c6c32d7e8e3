import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Letter } from '@/components/letters/letter';
import { SignatoryList } from '@/components/lists/signatory-list';
import { ShareKit } from '@/components/outreach/share-kit';
import { SignOnForm, type SignOnKind } from '@/components/sign-ons/sign-on-form';
import { showsCampaign } from '@/lib/campaigns/cache';
import { statusLabel } from '@/lib/campaigns/labels';
import { formatDay, formatMoment } from '@/lib/dates';
import { getPublicLetterPage, type PublicLetterPage } from '@/lib/campaigns/public-page';
import { countryOptions } from '@/lib/lists/countries';
import { shareText } from '@/lib/outreach/share';
import { OG_IMAGE_SIZE } from '@/lib/outreach/social-card';
import { absoluteUrl, letterPath, ogImagePath, versionsPath } from '@/lib/urls';
import { signOnAction } from './actions';

function description(page: PublicLetterPage): string {
  const to = page.letter.letter.addressees.split('\n')[0]?.trim();
  const parts = [to ? `An open letter to ${to}.` : 'An open letter.', `${page.counts.summary}.`];
  if (page.acceptsSignOns) parts.push('Open for sign-on.');
  return parts.join(' ');
}

function StateBanner({ page }: { page: PublicLetterPage }) {
  const { status, letter } = page;
  const lang = letter.language;
  let detail: string | null = null;
  if (status === 'open' && letter.deadline) {
    detail = `Sign-on closes on ${formatMoment(letter.deadline, { language: lang, timeZone: page.deadlineTimeZone })}.`;
  } else if (status === 'open') {
    detail = 'Organizations and individuals can sign below.';
  } else if (status === 'closed') {
    detail = letter.deadline && page.deadlinePassed
      ? `Sign-on closed on ${formatMoment(letter.deadline, { language: lang, timeZone: page.deadlineTimeZone })}.`
      : 'This letter is no longer accepting sign-ons.';
  } else if (status === 'locked') {
    detail = 'The list of signatories is final.';
  } else if (status === 'delivered' && page.deliveredAt) {
    detail = `Delivered on ${formatDay(page.deliveredAt, { language: lang, timeZone: page.deadlineTimeZone })}${page.deliveredTo ? ` to ${page.deliveredTo}` : ''}.`;
  }
  return (
    <section aria-label="Status of this letter" className="card mb-8">
      <p className="mb-1">
        <span className="inline-block rounded-full border border-line bg-paper px-3 py-1 text-sm font-medium">{statusLabel[status]}</span>
      </p>
      <p className="font-serif text-xl font-semibold" data-testid="summary-sentence">
        {page.counts.summary}
      </p>
      {detail && <p className="mt-1 text-muted">{detail}</p>}
      {/* A long letter puts the form far down: a way to it before the text. */}
      {page.acceptsSignOns && (
        <p className="mt-4 no-print">
          <a href="#sign-on" className="btn-primary">
            Sign this letter
          </a>
        </p>
      )}
    </section>
  );
}

/** The letter page; `?kind=individual` is its cached twin at /as-individual (proxy.ts). */
export async function LetterPageView({ slug, initialKind }: { slug: string; initialKind: SignOnKind }) {
  const page = await getPublicLetterPage(slug);
  if (!page) notFound();
  const { letter } = page;
  await showsCampaign(letter.id);

  return (
    <div className="max-w-3xl">
      <StateBanner page={page} />
      <Letter letter={letter.letter} lang={letter.language} />
      {letter.version > 1 && (
        <p className="mt-4 text-sm text-muted">
          This is version {letter.version} of the letter. <Link href={versionsPath(letter.slug)}>See what changed</Link>.
        </p>
      )}

      <SignatoryList campaignId={letter.id} />

      {page.acceptsSignOns ? (
        <section id="sign-on" aria-labelledby="sign-on-heading" className="card mt-10">
          <h2 id="sign-on-heading" className="font-serif text-2xl font-semibold mb-2">
            Sign this letter
          </h2>
          <p className="mb-6 text-muted">
            We send you an email to confirm. Your name appears on the letter once the coordinators have approved it.
            Already signed? <Link href={`${letterPath(letter.slug)}/my-link`}>Email me my link</Link>.
          </p>
          <SignOnForm
            action={signOnAction.bind(null, letter.slug)}
            initialKind={initialKind}
            countries={countryOptions(letter.language)}
            individualsFootnote={letter.letter.individualsFootnote}
            version={letter.version}
          />
        </section>
      ) : page.status === 'closed' ? (
        <p className="card mt-10" role="status">
          Sign-on for this letter is closed.
        </p>
      ) : (
        (page.status === 'locked' || page.status === 'delivered') && (
          <p className="card mt-10" role="status">
            Sign-on for this letter has ended: the list of signatories is final.
          </p>
        )
      )}

      <ShareKit url={absoluteUrl(letterPath(letter.slug))} text={shareText(letter.title, page.acceptsSignOns)} />
    </div>
  );
}

/** Title, description and social cards of a letter's page. */
export async function letterMetadata(slug: string): Promise<Metadata> {
  const page = await getPublicLetterPage(slug);
  if (!page) return {};
  const desc = description(page);
  const url = absoluteUrl(letterPath(page.letter.slug));
  const image = { url: absoluteUrl(ogImagePath(page.letter.slug)), ...OG_IMAGE_SIZE, alt: `${page.letter.title}: ${page.counts.summary}` };
  return {
    title: page.letter.title,
    description: desc,
    alternates: { canonical: url },
    openGraph: { type: 'article', title: page.letter.title, description: desc, url, siteName: 'Undersigned', locale: page.letter.language, images: [image] },
    twitter: { card: 'summary_large_image', title: page.letter.title, description: desc, images: [image] },
  };
}
