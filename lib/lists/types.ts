import { listFormats, signOnKinds, type listOrders } from '@/db/enums';

export { listFormats };

/** The public fields of one entry of a list: all a visitor, an export or the API ever sees. */
export type ListEntry = {
  kind: (typeof signOnKinds)[number];
  name: string;
  acronym: string | null;
  title: string | null;
  country: string | null;
};

export type PositionedEntry = ListEntry & { position: number };

export type ListFormat = (typeof listFormats)[number];

/** How the list is ordered inside each kind; the values are defined once, in db/enums.ts. */
export type ListOrder = (typeof listOrders)[number];

export const kindOrder: readonly ListEntry['kind'][] = ['organization', 'individual'];
