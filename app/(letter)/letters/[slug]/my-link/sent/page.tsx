import { defineLinkPage, MyLinkSentView } from '@/app/letters/[slug]/link-pages';

// The same answer for every address, in the letter's language, so cached like the letter page.
export const revalidate = 5;

const page = defineLinkPage(MyLinkSentView, 'myLink.sentTitle');
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
