import { formatMoment } from '@/lib/dates';

type Props = { hash: string; lockedAt: Date; exportUrl: string; language: string };

/** The published fingerprint and how anyone can check it against the JSON export. */
export function HashVerification({ hash, lockedAt, exportUrl, language }: Props) {
  return (
    <section aria-labelledby="verify-heading" className="card mt-8">
      <h2 id="verify-heading" className="font-serif text-lg font-semibold">
        Fingerprint of the final list
      </h2>
      <p className="mt-2">
        Locked on <time dateTime={lockedAt.toISOString()}>{formatMoment(lockedAt, { language })}</time>. From that moment
        the list cannot change. Its SHA-256 fingerprint is:
      </p>
      <p className="mt-2 font-mono text-sm break-all" data-testid="snapshot-hash">
        {hash}
      </p>
      <h3 className="font-semibold mt-4">How to verify</h3>
      <p className="mt-1">
        The fingerprint is computed over the <a href={exportUrl}>JSON export</a> exactly as it is served (canonical
        JSON, RFC 8785). Anyone can recompute it; the two must be equal:
      </p>
      <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-paper p-3 text-sm">
        <code>{`curl -s ${exportUrl} | sha256sum`}</code>
      </pre>
    </section>
  );
}
