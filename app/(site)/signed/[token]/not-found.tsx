import Link from 'next/link';

export default function SignerLinkNotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold mb-4">This link is not valid</h1>
      <p className="mb-4">
        We could not find a sign-on for this link. Copy the whole link from your email; every email we sent you about
        your sign-on holds one.
      </p>
      <Link href="/letters">See the published letters</Link>
    </div>
  );
}
