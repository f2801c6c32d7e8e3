import { defineLetterPage } from '@/app/letters/[slug]/letter-page-view';

// The letter page with the sign-on form opened for individuals: what `?kind=individual` shows
// (proxy.ts), cached like the letter page itself.
export const revalidate = 5;

const page = defineLetterPage('individual');
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
