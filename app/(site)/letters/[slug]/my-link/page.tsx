import { defineLinkPage, MyLinkView } from '../link-pages';

// The same page for everyone, so cached like the letter page.

const page = defineLinkPage(MyLinkView, 'myLink.title');
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
