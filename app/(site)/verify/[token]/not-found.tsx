import Link from 'next/link';

/** Unknown, mistyped or deleted links: a clear page with a 404 status. */
export default function VerifyLinkNotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold mb-4">This link is not valid</h1>
      <p className="mb-4">
        We could not find this confirmation link. It may have been copied incompletely, or the sign-on it belonged to
        no longer exists. Copy the whole link from the email, or sign again from the letter’s page.
      </p>
      <Link href="/letters">See the published letters</Link>
    </div>
  );
}
