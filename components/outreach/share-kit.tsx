import { buildShareLinks } from '@/lib/outreach/share';
import { CopyLink } from './copy-link';
import { QrCode } from './qr-code';

/**
 * Ways to pass a letter on: plain share links (no third-party script, nothing loaded until a
 * visitor follows one), the link to copy and a QR code for print. A Server Component; only
 * the copy button runs in the browser.
 */
export function ShareKit({
  url,
  text,
  heading = 'Share this letter',
  intro,
  id = 'share',
}: {
  url: string;
  text: string;
  heading?: string;
  intro?: string;
  id?: string;
}) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="card mt-10" data-testid="share-kit">
      <h2 id={headingId} className="font-serif text-2xl font-semibold mb-2">
        {heading}
      </h2>
      {intro && <p className="mb-4 text-muted">{intro}</p>}
      <ul className="mb-4 flex flex-wrap gap-2 no-print" aria-label="Share on">
        {buildShareLinks({ url, text }).map((link) => (
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
          <CopyLink url={url} id={`${id}-link`} />
        </div>
        <figure className="m-0">
          <QrCode url={url} label={`QR code of the letter’s address, ${url}`} />
          <figcaption className="mt-1 text-sm text-muted">Scan to open the letter.</figcaption>
        </figure>
      </div>
    </section>
  );
}
