'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function CampaignTabs({ base, awaiting }: { base: string; awaiting?: number }) {
  const pathname = usePathname();
  const tabs: { href: string; label: string; count?: number }[] = [
    { href: base, label: 'Overview' },
    { href: `${base}/review`, label: 'Review', count: awaiting },
    { href: `${base}/letter`, label: 'Letter' },
    { href: `${base}/versions`, label: 'Versions' },
    { href: `${base}/import`, label: 'Import' },
    { href: `${base}/outreach`, label: 'Outreach' },
    { href: `${base}/settings`, label: 'Settings' },
    { href: `${base}/coordinators`, label: 'Coordinators' },
    { href: `${base}/activity`, label: 'Activity' },
  ];
  return (
    <nav aria-label="Campaign" className="mb-6 border-b border-line">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {tabs.map((t) => {
          const current = pathname === t.href;
          return (
            <li key={t.href}>
              <Link
                href={t.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block pb-2 no-underline ${current ? 'border-b-2 border-accent font-semibold text-ink' : 'text-accent'}`}
              >
                {t.label}
                {t.count !== undefined && (
                  <>
                    {' '}
                    <span className="tabular-nums">({t.count}<span className="sr-only"> awaiting review</span>)</span>
                  </>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
