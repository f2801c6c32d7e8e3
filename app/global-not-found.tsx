import type { Metadata } from 'next';
import { SiteShell } from '@/components/layout/site-shell';
import { NotFoundMessage } from '@/components/ui/not-found-message';
import './globals.css';

export const metadata: Metadata = { title: 'Page not found · Undersigned' };

/** An address no route matches: with two root layouts there is no single layout to render it in. */
export default function GlobalNotFound() {
  return (
    <SiteShell locale="en">
      <NotFoundMessage />
    </SiteShell>
  );
}
