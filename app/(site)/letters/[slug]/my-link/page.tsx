import { defineLinkPage, MyLinkView } from '../link-pages';

// The same page for everyone and reads nothing of the letter, so rendered once and kept.
const page = defineLinkPage(MyLinkView, 'myLink.title');
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
