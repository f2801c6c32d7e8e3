import type { Metadata } from 'next';
import { SignInForm } from '@/components/auth/sign-in-form';
import { requestSignInAction } from './actions';

export const metadata: Metadata = { title: 'Coordinator sign-in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const errorMessages: Record<string, string> = {
  Verification: 'That sign-in link has expired or has already been used. Ask for a new one below.',
  AccessDenied: 'That sign-in link can no longer be used. Ask for a new one below.',
  RateLimited: 'Too many sign-in links were asked for. Please wait a few minutes and try again.',
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const error = first(params.error);
  return (
    <div className="max-w-md">
      <h1 className="font-serif text-3xl font-semibold mb-4">Coordinator sign-in</h1>
      {first(params.signedOut) && (
        <p role="status" className="mb-4">
          You are signed out.
        </p>
      )}
      {error && (
        <p role="alert" className="mb-4 rounded-md border border-bad/40 bg-bad/5 px-3 py-2 text-bad">
          {errorMessages[error] ?? 'Signing in did not work. Ask for a new link below.'}
        </p>
      )}
      <p className="mb-4">
        Enter the address your campaign knows you by. If it belongs to a coordinator, we email a link that signs you in;
        it works once, within 10 minutes.
      </p>
      <SignInForm action={requestSignInAction} email={first(params.email)} callbackUrl={first(params.callbackUrl) || '/dashboard'} />
    </div>
  );
}
