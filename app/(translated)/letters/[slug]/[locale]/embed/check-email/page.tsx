import { embedCheckEmailPage } from '@/app/letters/[slug]/embed/embed-view';

// Where a sign-on in a translated frame lands: the same for everyone, so cached.
export const revalidate = 5;

export const generateStaticParams = embedCheckEmailPage.generateStaticParams;
export const generateMetadata = embedCheckEmailPage.generateMetadata;
export default embedCheckEmailPage.Page;
