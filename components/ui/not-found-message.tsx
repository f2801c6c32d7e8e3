import Link from 'next/link';

export function NotFoundMessage() {
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold mb-4">Page not found</h1>
      <p className="mb-4">This page does not exist, or it is not public.</p>
      <Link href="/letters">See the published letters</Link>
    </div>
  );
}
