import { defineEmbedPage } from '@/app/letters/[slug]/embed/embed-view';

// The embeddable page in a translation, for a site that writes in that language; cached like
// the original's (app/(site)/letters/[slug]/embed/page.tsx).
export const revalidate = 5;

const page = defineEmbedPage('organization');
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
