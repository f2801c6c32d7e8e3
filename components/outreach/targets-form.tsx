'use client';

import { useActionState } from 'react';
import { RecordTable } from '@/components/ui/record-table';
import { idle, type FormState } from '@/lib/errors';
import type { TargetRow } from '@/lib/outreach/parse-targets';
import { describedBy, FieldError, FormMessage } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';

type Preview = { rows: TargetRow[]; text: string };
type Action<R> = (prev: FormState<R>, formData: FormData) => Promise<FormState<R>>;

function rowStatus(row: TargetRow): string {
  if (row.errors.length > 0) return row.errors.join(' ');
  if (row.duplicate === 'existing') return 'Skipped: already a target of this campaign.';
  if (row.duplicate === 'in-list') return 'Skipped: appears earlier in this list.';
  return 'Ready to add';
}

/** Paste or upload target organizations, see what each row gives, then add the good ones. */
export function TargetsForm({
  campaignId,
  previewAction,
  addAction,
}: {
  campaignId: string;
  previewAction: Action<Preview>;
  addAction: Action<{ text: string }>;
}) {
  const [preview, previewForm] = useActionState(previewAction, idle as FormState<Preview>);
  const [added, addForm] = useActionState(addAction, idle as FormState<{ text: string }>);
  const shown = preview.status === 'success' ? preview.data : undefined;
  // Once a previewed list is added, its preview has served its purpose.
  const done = shown && added.status === 'success' && added.data?.text === shown.text;
  const ready = shown?.rows.filter((r) => r.errors.length === 0 && r.duplicate === null).length ?? 0;
  return (
    <div className="space-y-4">
      <form action={previewForm} className="space-y-3">
        <input type="hidden" name="campaignId" value={campaignId} />
        <div>
          <label htmlFor="targets-text" className="field-label">
            Organizations to invite
          </label>
          <p id="targets-hint" className="field-hint">
            One a line: name, contact email, acronym (optional), country (optional), separated by commas, semicolons or tabs. A header line
            is optional.
          </p>
          <textarea
            id="targets-text"
            name="text"
            rows={6}
            className="w-full font-mono text-sm"
            {...describedBy(preview, 'text', 'targets-hint')}
          />
          <FieldError state={preview} name="text" />
        </div>
        <div>
          <label htmlFor="targets-file" className="field-label">
            Or upload a CSV file
          </label>
          <input id="targets-file" name="file" type="file" accept=".csv,text/csv,text/plain" />
        </div>
        <SubmitButton className="btn-secondary">Preview</SubmitButton>
        {preview.status === 'error' && <FormMessage state={preview} />}
      </form>

      {shown && !done && (
        <section aria-labelledby="targets-preview-heading" className="space-y-3">
          <h3 id="targets-preview-heading" className="font-semibold">
            Preview: {ready} of {shown.rows.length} ready to add
          </h3>
          <RecordTable columns={['Line', 'Organization', 'Email', 'Country', 'Status']}>
            {shown.rows.map((row) => (
              <tr key={row.lineNumber} className="border-t border-line align-top" data-testid="preview-row">
                <td className="p-2 tabular-nums">{row.lineNumber}</td>
                <td className="p-2">
                  {row.name}
                  {row.acronym ? ` (${row.acronym})` : ''}
                </td>
                <td className="p-2 break-all">{row.email}</td>
                <td className="p-2">{row.country ?? ''}</td>
                <td className={`p-2 ${row.errors.length > 0 ? 'text-bad' : row.duplicate ? 'text-warn' : 'text-ok'}`}>{rowStatus(row)}</td>
              </tr>
            ))}
          </RecordTable>
          {ready > 0 && (
            <form action={addForm}>
              <input type="hidden" name="campaignId" value={campaignId} />
              <input type="hidden" name="text" value={shown.text} />
              <SubmitButton>{`Add ${ready} ${ready === 1 ? 'organization' : 'organizations'}`}</SubmitButton>
            </form>
          )}
        </section>
      )}
      <FormMessage state={added} />
    </div>
  );
}
