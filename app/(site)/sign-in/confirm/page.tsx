import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Sign in', referrer: 'no-referrer' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/**
 * Where the emailed link lands. Opening it does nothing (mail scanners open links); only the
 * button, which submits the token to Auth.js, signs the person in.
 */
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const token = first(params.token);
  const email = first(params.email);
  const callbackUrl = first(params.callbackUrl) || '/dashboard';
  if (!token || !email) {
    return (
      <div className="max-w-md">
        <h1 className="font-serif text-3xl font-semibold mb-4">This link is incomplete</h1>
        <p className="mb-4">Copy the whole link from the email, or ask for a new one.</p>
        <Link href="/sign-in">Ask for a new link</Link>
      </div>
    );
  }
  return (
    <div className="max-w-md">
      <h1 className="font-serif text-3xl font-semibold mb-4">Sign in to Undersigned</h1>
      <p className="mb-6">
        You are signing in as <strong>{email}</strong>.
      </p>
      <form method="get" action="/api/auth/callback/email">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <button type="submit" className="btn-primary">
          Sign in
        </button>
      </form>
      <p className="mt-6 text-sm text-muted">Did not ask to sign in? Ignore this page; nothing happens until someone presses the button.</p>
    </div>
  );
}
