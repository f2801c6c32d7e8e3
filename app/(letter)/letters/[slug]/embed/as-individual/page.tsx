import { defineEmbedPage } from '@/app/letters/[slug]/embed/embed-view';

// The embeddable page with the form opened for individuals: what `embed?kind=individual`
// shows (proxy.ts), cached like the embeddable page itself.
export const revalidate = 5;

const page = defineEmbedPage('individual');
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
