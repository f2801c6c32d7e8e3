import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PrintView } from '@/app/letters/[slug]/print/print-view';
import { requireTranslatedLetter } from '@/app/letters/[slug]/translated-letter';
import { toLocale } from '@/lib/i18n/locales';
import { getPublicPrintable } from '@/lib/lists/exports';

type Params = { slug: string; locale: string };
type Props = { params: Promise<Params> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'print' });
  return { title: t('title'), robots: { index: false } };
}

// The final list's print page in this language, cached like the letter page.
export const revalidate = 5;
export const generateStaticParams = async (): Promise<Params[]> => [];

export default async function TranslatedPrintPage({ params }: Props) {
  const { slug, locale } = await params;
  const shown = await requireTranslatedLetter(slug, locale);
  const printable = await getPublicPrintable(slug);
  if (!printable) notFound();
  return <PrintView printable={printable} locale={shown.locale} translation={shown.translation} />;
}
