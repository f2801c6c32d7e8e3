import { defineLetterPage } from '@/app/letters/[slug]/letter-page-view';

// Rendered once and cached (cache-handler.mjs): renewed at once when anything visible changes
// (revalidateCampaign), and at least every 5 seconds under traffic, so a passing deadline shows.
export const revalidate = 5;

const page = defineLetterPage('organization');
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
