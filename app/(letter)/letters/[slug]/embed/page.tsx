import { defineEmbedPage } from '@/app/letters/[slug]/embed/embed-view';

// The one page other sites may frame (docs/decisions/0008); cached like the letter page.
export const revalidate = 5;

const page = defineEmbedPage('organization');
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
