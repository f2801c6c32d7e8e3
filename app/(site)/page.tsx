import Link from 'next/link';

export default function HomePage() {
  return (
    <div className="max-w-2xl">
      <h1 className="font-serif text-3xl sm:text-4xl font-semibold leading-tight mb-4">
        Open letters, signed by the right people, counted right.
      </h1>
      <p className="text-lg mb-3">
        Undersigned lets a coalition publish a draft letter, collect sign-ons from organizations and individuals with
        verified email addresses, and approve each one.
      </p>
      <p className="text-lg mb-8">
        When the letter is delivered, the signatory list is locked and published with a fingerprint anyone can check, so
        the press release and the letter always agree.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href="/letters" className="btn-primary">
          Read the letters
        </Link>
        <Link href="/sign-in" className="btn-secondary">
          Coordinator sign-in
        </Link>
      </div>
    </div>
  );
}
