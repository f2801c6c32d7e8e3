import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Letter } from '@/components/letters/letter';
import { SignatoryList } from '@/components/lists/signatory-list';
import { statusLabel } from '@/lib/campaigns/labels';
import { getPublicLetter } from '@/lib/campaigns/queries';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const letter = await getPublicLetter((await params).slug);
  return letter ? { title: letter.title } : {};
}

export default async function LetterPage({ params }: Props) {
  await connection();
  const letter = await getPublicLetter((await params).slug);
  if (!letter) notFound();
  return (
    <div className="max-w-3xl">
      <p className="mb-6 inline-block rounded-full border border-line bg-white px-3 py-1 text-sm">
        {statusLabel[letter.status]}
      </p>
      <Letter letter={letter.letter} lang={letter.language} />
      <SignatoryList campaignId={letter.id} />
    </div>
  );
}
