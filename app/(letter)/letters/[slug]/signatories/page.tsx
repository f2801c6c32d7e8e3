import { signatoriesFirstPage } from '@/app/letters/[slug]/signatories/signatories-view';

// The first page of the list, as a press release links it: cached like the letter page.
export const revalidate = 5;

export const generateStaticParams = signatoriesFirstPage.generateStaticParams;
export const generateMetadata = signatoriesFirstPage.generateMetadata;
export default signatoriesFirstPage.Page;
