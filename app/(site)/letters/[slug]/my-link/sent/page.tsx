import { defineLinkPage, MyLinkSentView } from '../../link-pages';

// The same answer for every address, so rendered once and kept.
const page = defineLinkPage(MyLinkSentView, 'myLink.sentTitle');
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
