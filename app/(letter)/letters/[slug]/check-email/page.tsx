import { CheckEmailView, defineLinkPage } from '@/app/letters/[slug]/link-pages';

// The same for everyone, so cached; renewed with the letter (its share kit names it).
export const revalidate = 5;

const page = defineLinkPage(CheckEmailView, 'checkEmail.title');
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
