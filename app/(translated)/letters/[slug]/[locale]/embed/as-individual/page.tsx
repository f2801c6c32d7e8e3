import { defineEmbedPage } from '@/app/letters/[slug]/embed/embed-view';

// What `embed?kind=individual` shows in a translation (proxy.ts), cached like the page itself.
export const revalidate = 5;

const page = defineEmbedPage('individual');
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
