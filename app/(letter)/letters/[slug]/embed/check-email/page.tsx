import { embedCheckEmailPage } from '@/app/letters/[slug]/embed/embed-view';

// The same for everyone, so cached; renewed with the letter (its share kit names it).
export const revalidate = 5;

export const generateStaticParams = embedCheckEmailPage.generateStaticParams;
export const generateMetadata = embedCheckEmailPage.generateMetadata;
export default embedCheckEmailPage.Page;
