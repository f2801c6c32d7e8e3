import { RecordTable } from '@/components/ui/record-table';
import type { FormAction } from '../ui/action-form';
import { ActionForm } from '../ui/action-form';
import { SubmitButton } from '../ui/submit-button';
import { formatMoment } from '@/lib/dates';
import type { OutreachStage } from '@/lib/outreach/lifecycle';
import type { TargetView } from '@/lib/outreach/queries';

const stageLabel: Record<OutreachStage, string> = {
  added: 'Not invited yet',
  invited: 'Invited',
  signed: 'Signed',
  approved: 'Approved',
  opted_out: 'Opted out',
};

const matchLabel = { link: 'through its personal link', name: 'matched by name', domain: 'matched by email domain' } as const;

type Actions = { invite: FormAction; remind: FormAction; confirm: FormAction };

function Hidden({ campaignId, targetId }: { campaignId: string; targetId: string }) {
  return (
    <>
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="targetId" value={targetId} />
    </>
  );
}

function ReminderNote({ at, waiting }: { at: Date; waiting: boolean }) {
  return (
    <p className="text-xs text-muted">{waiting ? `Reminder scheduled for ${formatMoment(at)}` : `Reminder sent ${formatMoment(at)}`}</p>
  );
}

function TargetRow({ target, campaignId, open, actions }: { target: TargetView; campaignId: string; open: boolean; actions: Actions }) {
  return (
    <tr className="border-t border-line align-top" data-testid="target-row" aria-label={target.name}>
      <td className="p-2">
        <span className="font-medium">{target.name}</span>
        {target.acronym ? ` (${target.acronym})` : ''}
        {target.country ? <span className="text-muted"> · {target.country}</span> : null}
        <p className="text-xs text-muted break-all">{target.email}</p>
      </td>
      <td className="p-2">
        <span data-testid="target-stage">{stageLabel[target.stage]}</span>
        {target.signOnName && target.matchedBy && (
          <p className="text-xs text-muted">
            As “{target.signOnName}”, {matchLabel[target.matchedBy]}
          </p>
        )}
        {target.reminderDueAt && <ReminderNote at={target.reminderDueAt} waiting={target.reminderWaiting} />}
      </td>
      <td className="p-2 space-y-2">
        {open && target.state === 'added' && (
          <ActionForm action={actions.invite}>
            <Hidden campaignId={campaignId} targetId={target.id} />
            <SubmitButton className="btn-secondary">Invite</SubmitButton>
          </ActionForm>
        )}
        {open && target.canRemind && (
          <ActionForm action={actions.remind}>
            <Hidden campaignId={campaignId} targetId={target.id} />
            <SubmitButton className="btn-secondary">Send reminder</SubmitButton>
          </ActionForm>
        )}
        {target.candidates.map((c) => (
          <ActionForm key={c.signOnId} action={actions.confirm}>
            <Hidden campaignId={campaignId} targetId={target.id} />
            <input type="hidden" name="signOnId" value={c.signOnId} />
            <p className="text-xs">
              Possible match: “{c.name}” ({c.by === 'name' ? 'same name' : 'same email domain'})
            </p>
            <SubmitButton className="btn-secondary">{`Confirm “${c.name}”`}</SubmitButton>
          </ActionForm>
        ))}
      </td>
    </tr>
  );
}

/** Every target with where it stands and what a coordinator can do next. */
export function TargetList({
  targets,
  campaignId,
  open,
  actions,
}: {
  targets: TargetView[];
  campaignId: string;
  open: boolean;
  actions: Actions;
}) {
  if (targets.length === 0) return <p className="text-muted">No organizations yet. Add some above.</p>;
  return (
    <RecordTable columns={['Organization', 'State', 'Next']}>
      {targets.map((t) => (
        <TargetRow key={t.id} target={t} campaignId={campaignId} open={open} actions={actions} />
      ))}
    </RecordTable>
  );
}
