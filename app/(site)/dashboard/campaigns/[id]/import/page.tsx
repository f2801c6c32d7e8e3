import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportWizard } from '@/components/import/import-wizard';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { isFrozen } from '@/lib/campaigns/lifecycle';
import { formatMoment } from '@/lib/dates';
import { listImportHistory } from '@/lib/import/queries';
import { countryOptions } from '@/lib/lists/countries';
import { loadCampaignTab } from '../load-tab';
import { importStepAction, undoImportAction } from './actions';

export const metadata: Metadata = { title: 'Import signatories' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ImportPage({ params, searchParams }: Props) {
  const query = await searchParams;
  const { campaign, found: batches } = await loadCampaignTab(params, '/import', listImportHistory);
  const locked = isFrozen(campaign.status);
  const undoing = locked ? undefined : batches.find((b) => b.id === one(query.undo) && !b.undoneAt);
  const undone = /^\d{1,6}$/.test(one(query.undone) ?? '') ? Number(one(query.undone)) : null;
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="font-serif text-2xl font-semibold">Import signatories</h1>
        {undone !== null && (
          <p role="status" className="rounded-md border border-ok/40 bg-ok/5 px-3 py-2 text-sm text-ok">
            Import undone: {undone} {undone === 1 ? 'entry was' : 'entries were'} removed from the list.
          </p>
        )}
        {undoing && <UndoConfirmation campaignId={campaign.id} batch={undoing} />}
        <p className="max-w-2xl text-muted">
          Bring in sign-ons gathered elsewhere, by email or from an earlier letter. Imported entries are approved at once, carry no email address (they never
          receive messages) and can be undone as a whole until the list is locked.
        </p>
        {locked ? (
          <p role="status" className="card border-warn/50 text-warn">
            The list is locked, so nothing can be imported or undone any more.
          </p>
        ) : (
          <ImportWizard campaignId={campaign.id} action={importStepAction} countries={countryOptions(campaign.language)} />
        )}
      </section>
      <section aria-labelledby="batches-heading">
        <h2 id="batches-heading" className="mb-3 font-serif text-xl font-semibold">
          Past imports
        </h2>
        {batches.length === 0 ? (
          <p className="text-muted">No imports yet.</p>
        ) : (
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col" className="p-2">
                  When
                </th>
                <th scope="col" className="p-2">
                  By
                </th>
                <th scope="col" className="p-2">
                  Entries
                </th>
                <th scope="col" className="p-2">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => {
                const when = formatMoment(b.createdAt);
                return (
                  <tr key={b.id} className="border-t border-line align-top">
                    <td className="p-2">{when}</td>
                    <td className="p-2">{b.coordinator ?? 'An operator'}</td>
                    <td className="p-2">{b.entryCount}</td>
                    <td className="p-2">
                      {b.undoneAt ? (
                        `Undone ${formatMoment(b.undoneAt)}`
                      ) : locked ? (
                        'Imported'
                      ) : (
                        <Link href={`/dashboard/campaigns/${campaign.id}/import?undo=${b.id}`} className="btn-secondary inline-block py-1">
                          Undo…<span className="sr-only"> the import of {b.entryCount} entries made {when}</span>
                        </Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

/** Undoing removes every entry of the batch from the list: asked once more, on a page of its own. */
function UndoConfirmation({ campaignId, batch }: { campaignId: string; batch: { id: string; entryCount: number; createdAt: Date } }) {
  return (
    <section aria-labelledby="undo-heading" className="card space-y-3 border-warn">
      <h2 id="undo-heading" className="font-semibold">
        Undo the import of {batch.entryCount} {batch.entryCount === 1 ? 'entry' : 'entries'} made {formatMoment(batch.createdAt)}?
      </h2>
      <p className="text-sm">Its entries are removed from the list and from the public page. This cannot be taken back.</p>
      <ActionForm action={undoImportAction} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="campaignId" value={campaignId} />
        <input type="hidden" name="batchId" value={batch.id} />
        <SubmitButton className="btn-danger">Yes, undo this import</SubmitButton>
        <Link href={`/dashboard/campaigns/${campaignId}/import`}>No, keep it</Link>
      </ActionForm>
    </section>
  );
}
