import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Coordinator sign-in' };

export default function SignInPage() {
  return (
    <div className="max-w-md">
      <h1 className="font-serif text-3xl font-semibold mb-4">Coordinator sign-in</h1>
      <p>Coordinator sign-in by emailed link is coming soon.</p>
    </div>
  );
}
