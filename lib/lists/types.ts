import type { listOrders } from '@/db/schema';

/** The public fields of one entry of a list: all a visitor, an export or the API ever sees. */
export type ListEntry = {
  kind: 'organization' | 'individual';
  name: string;
  acronym: string | null;
  title: string | null;
  country: string | null;
};

export type PositionedEntry = ListEntry & { position: number };

export type ListFormat = 'name_acronym_country' | 'name_dash_country' | 'grouped_by_country';
export const listFormats: readonly ListFormat[] = ['name_acronym_country', 'name_dash_country', 'grouped_by_country'];

/** How the list is ordered inside each kind; the values are defined once, in db/schema.ts. */
export type ListOrder = (typeof listOrders)[number];

export const kindOrder: readonly ListEntry['kind'][] = ['organization', 'individual'];
