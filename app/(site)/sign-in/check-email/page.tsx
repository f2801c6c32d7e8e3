import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Check your email' };

export default function CheckEmailPage() {
  return (
    <div className="max-w-md">
      <h1 className="font-serif text-3xl font-semibold mb-4">Check your email</h1>
      <p role="status" className="mb-4">
        If that address belongs to a coordinator, a sign-in link is on its way. It works once, within 10 minutes.
      </p>
      <p className="mb-4">Nothing after a few minutes? Look in your spam folder, or check the address you typed.</p>
      <Link href="/sign-in">Ask for another link</Link>
    </div>
  );
}
