import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ImportWizard } from '@/components/import/import-wizard';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { requireCampaignPage } from '@/lib/campaigns/page-context';
import { isFrozen } from '@/lib/campaigns/lifecycle';
import { formatMoment } from '@/lib/dates';
import { listImportHistory } from '@/lib/import/queries';
import { countryOptions } from '@/lib/lists/countries';
import { importStepAction, undoImportAction } from './actions';

export const metadata: Metadata = { title: 'Import signatories' };

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { me, campaign } = await requireCampaignPage(id, '/import');
  const batches = await listImportHistory(campaign.id, me.id);
  if (!batches) notFound();
  const locked = isFrozen(campaign.status);
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="font-serif text-2xl font-semibold">Import signatories</h1>
        <p className="max-w-2xl text-muted">
          Bring in sign-ons gathered elsewhere, by email or from an earlier letter. Imported entries are approved at once, carry no email address (they never
          receive messages) and can be undone as a whole until the list is locked.
        </p>
        {locked ? (
          <p role="status" className="card border-warn/50 text-warn">
            The list is locked, so nothing can be imported or undone any more.
          </p>
        ) : (
          <ImportWizard campaignId={campaign.id} action={importStepAction} undoAction={undoImportAction} countries={countryOptions(campaign.language)} />
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
                        <ActionForm action={undoImportAction}>
                          <input type="hidden" name="campaignId" value={campaign.id} />
                          <input type="hidden" name="batchId" value={b.id} />
                          <SubmitButton className="btn-secondary py-1">
                            Undo<span className="sr-only"> the import of {b.entryCount} entries made {when}</span>
                          </SubmitButton>
                        </ActionForm>
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
