import { defineLetterPage } from '@/app/letters/[slug]/letter-page-view';

// The translated letter page with the form opened for individuals: what `?kind=individual`
// shows there (proxy.ts), cached like the page itself.
export const revalidate = 5;

const page = defineLetterPage('individual');
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
