import type { FieldDiff } from '@/lib/letters/diff';
import { WordDiff } from './word-diff';

/**
 * Two versions of a letter compared: a GET form that picks them (?from= and ?to=), then each
 * changed field as a word diff. `changes` is null when the same version is picked twice.
 */
export function CompareVersions({
  versions,
  from,
  to,
  changes,
}: {
  versions: readonly { number: number }[];
  from: number;
  to: number;
  changes: FieldDiff[] | null;
}) {
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading" className="font-serif text-xl font-semibold mb-3">
        Compare two versions
      </h2>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        {[
          { name: 'from', label: 'From', value: from },
          { name: 'to', label: 'To', value: to },
        ].map(({ name, label, value }) => (
          <div key={name}>
            <label htmlFor={name} className="field-label">
              {label}
            </label>
            <select id={name} name={name} defaultValue={value} className="field-input">
              {versions.map((v) => (
                <option key={v.number} value={v.number}>
                  Version {v.number}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" className="btn-secondary">
          Compare
        </button>
      </form>
      {!changes ? (
        <p>Choose two different versions.</p>
      ) : changes.length === 0 ? (
        <p>
          Versions {from} and {to} have the same text.
        </p>
      ) : (
        <div className="space-y-5" aria-label={`Changes from version ${from} to version ${to}`} role="region">
          {changes.map((c) => (
            <div key={c.field} className="card">
              <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{c.label}</h3>
              <WordDiff segments={c.segments} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
