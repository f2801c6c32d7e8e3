import { defineLinkPage, MyLinkView } from '@/app/letters/[slug]/link-pages';

// The same page for everyone, in the letter's language, so cached like the letter page.
export const revalidate = 5;

const page = defineLinkPage(MyLinkView, 'myLink.title');
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
