import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MyLinkSentView } from '@/app/letters/[slug]/link-pages';
import { toLocale } from '@/lib/i18n/locales';
import { requireTranslatedLetter } from '../../translated-page';

type Params = { slug: string; locale: string };
type Props = { params: Promise<Params> };

export const revalidate = 5;
export const generateStaticParams = async (): Promise<Params[]> => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'myLink' });
  return { title: t('sentTitle'), robots: { index: false } };
}

export default async function TranslatedMyLinkSentPage({ params }: Props) {
  const { slug, locale } = await params;
  const shown = await requireTranslatedLetter(slug, locale);
  return <MyLinkSentView locale={shown.locale} letterHome={shown.letterHome} />;
}
