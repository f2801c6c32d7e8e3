import { defineLetterPage } from '@/app/letters/[slug]/letter-page-view';

// Cached exactly like the original's page (app/(site)/letters/[slug]/page.tsx); a locale the
// letter has no translation in is a 404.
export const revalidate = 5;

const page = defineLetterPage('organization');
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
