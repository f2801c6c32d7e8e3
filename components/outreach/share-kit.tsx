import { getTranslations } from 'next-intl/server';
import { buildShareLinks } from '@/lib/outreach/share';
import { CopyLink } from './copy-link';
import { QrCode } from './qr-code';

/**
 * Ways to pass a letter on, in the page's language: plain share links (no third-party script,
 * nothing loaded until a visitor follows one), the link to copy and a QR code for print. A
 * Server Component; only the copy button runs in the browser.
 */
export async function ShareKit({
  url,
  title,
  acceptsSignOns,
  locale = 'en',
  ask = false,
  id = 'share',
}: {
  url: string;
  title: string;
  acceptsSignOns: boolean;
  locale?: string;
  /** After signing: thank the signer and ask them to pass the letter on. */
  ask?: boolean;
  id?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'share' });
  const text = t(acceptsSignOns ? 'signText' : 'readText', { title });
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="card mt-10" data-testid="share-kit">
      <h2 id={headingId} className="font-serif text-2xl font-semibold mb-2">
        {t(ask ? 'askOthersHeading' : 'heading')}
      </h2>
      {ask && <p className="mb-4 text-muted">{t('askOthersIntro')}</p>}
      <ul className="mb-4 flex flex-wrap gap-2 no-print" aria-label={t('shareOn')}>
        {buildShareLinks({ url, text, emailLabel: t('email') }).map((link) => (
          <li key={link.network}>
            {/* A new tab for the networks, so the letter (and a frame's form) stays open; mail opens the mail program. */}
            <a
              href={link.href}
              className="btn-secondary"
              data-network={link.network}
              {...(link.network === 'email' ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-start gap-6">
        <div className="min-w-0 flex-1 basis-64 no-print">
          <CopyLink url={url} id={`${id}-link`} labels={{ field: t('linkLabel'), copy: t('copy'), copied: t('copied'), failed: t('copyFailed') }} />
        </div>
        <figure className="m-0">
          <QrCode url={url} label={t('qrLabel', { url })} />
          <figcaption className="mt-1 text-sm text-muted">{t('scan')}</figcaption>
        </figure>
      </div>
    </section>
  );
}
