import { countryName } from '../lists/countries';

const fieldLabels: Record<string, string> = {
  displayName: 'name',
  acronym: 'acronym',
  title: 'title',
  country: 'country',
  website: 'website',
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (field === 'country' && typeof value === 'string') return countryName(value, 'en') ?? value;
  return `“${String(value)}”`;
}

function changeList(changes: Record<string, { before: unknown; after: unknown }>): string {
  return Object.entries(changes)
    .map(([field, c]) => `${fieldLabels[field] ?? field}: ${show(field, c.before)} → ${show(field, c.after)}`)
    .join('; ');
}

function generic(details: Record<string, unknown>): string {
  return Object.entries(details)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join('; ');
}

/** The details column of the activity page: sign-on events in words, others as recorded. */
export function describeActivity(action: string, details: Record<string, unknown>): string {
  const name = typeof details.name === 'string' ? `“${details.name}”` : null;
  const reason = typeof details.reason === 'string' && details.reason ? `reason: ${details.reason}` : null;
  const join = (...parts: (string | null)[]) => parts.filter(Boolean).join('; ');
  switch (action) {
    case 'sign-on.approved':
    case 'sign-on.rejected':
    case 'sign-on.returned-to-review':
      if (!name) break;
      return join(name, reason);
    case 'sign-ons.bulk-approved':
    case 'sign-ons.bulk-rejected': {
      const n = Number(details.count ?? 0);
      return join(`${n} ${n === 1 ? 'entry' : 'entries'}`, reason);
    }
    case 'sign-on.merged': {
      const kept = isRecord(details.kept) ? details.kept.name : undefined;
      const duplicate = isRecord(details.duplicate) ? details.duplicate.name : undefined;
      return `kept “${String(kept)}”; “${String(duplicate)}” marked as its duplicate`;
    }
    case 'sign-on.edited': {
      if (isRecord(details.changes)) {
        return join(name, changeList(details.changes as Record<string, { before: unknown; after: unknown }>));
      }
      // A signer's own edit records the fields before and after.
      if (isRecord(details.before) && isRecord(details.after)) {
        const before = details.before;
        const after = details.after;
        const changes = Object.fromEntries(
          Object.keys({ ...before, ...after })
            .filter((k) => before[k] !== after[k])
            .map((k) => [k, { before: before[k], after: after[k] }]),
        );
        const status = details.statusBefore !== details.statusAfter ? `returned to review` : null;
        return join('by the signer', changeList(changes), status);
      }
      break;
    }
  }
  return generic(details);
}
