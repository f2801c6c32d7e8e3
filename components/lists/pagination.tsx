import Link from 'next/link';

type Props = { page: number; perPage: number; total: number; href: (page: number) => string };

/** Previous / next links that work without JavaScript. */
export function Pagination({ page, perPage, total, href }: Props) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages of the list" className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="btn-secondary">
          Previous page
        </Link>
      ) : null}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className="btn-secondary">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
