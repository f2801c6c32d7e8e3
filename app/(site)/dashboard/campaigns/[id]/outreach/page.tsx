import type { Metadata } from 'next';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { OutreachFunnel } from '@/components/outreach/outreach-funnel';
import { ReminderScheduleForm } from '@/components/outreach/reminder-schedule-form';
import { TargetList } from '@/components/outreach/target-list';
import { TargetsForm } from '@/components/outreach/targets-form';
import { requireCampaignPage } from '@/lib/campaigns/page-context';
import { getOutreach } from '@/lib/outreach/queries';
import {
  addTargetsAction,
  confirmMatchAction,
  inviteTargetsAction,
  previewTargetsAction,
  remindTargetsAction,
  scheduleRemindersAction,
} from './actions';

export const metadata: Metadata = { title: 'Outreach' };

type Props = { params: Promise<{ id: string }> };

export default async function OutreachPage({ params }: Props) {
  const { id } = await params;
  const { me, campaign } = await requireCampaignPage(id, '/outreach');
  const outreach = await getOutreach(campaign.id, me.id);
  const notInvited = outreach.targets.filter((t) => t.state === 'added').length;
  const remindable = outreach.targets.filter((t) => t.canRemind).length;
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="font-serif text-2xl font-semibold">Outreach</h1>
        <p className="max-w-2xl text-muted">
          Invite the organizations you want on this letter. Each gets a personal link to a sign-on form filled in with its details, and a link to
          opt out for good. Each can get one reminder.
        </p>
        <OutreachFunnel funnel={outreach.funnel} />
      </section>

      <section aria-labelledby="add-heading" className="card space-y-3">
        <h2 id="add-heading" className="font-serif text-xl font-semibold">
          Add organizations
        </h2>
        <TargetsForm campaignId={campaign.id} previewAction={previewTargetsAction} addAction={addTargetsAction} />
      </section>

      <section aria-labelledby="targets-heading" className="space-y-3">
        <h2 id="targets-heading" className="font-serif text-xl font-semibold">
          Organizations
        </h2>
        {!outreach.open && (
          <p role="status" className="text-warn">
            The letter is not open for sign-on, so no invitation or reminder goes out.
          </p>
        )}
        {outreach.open && outreach.targets.length > 0 && (
          // The forms stay mounted when their button goes, so their outcome stays on screen.
          <div className="flex flex-wrap gap-4">
            <ActionForm action={inviteTargetsAction}>
              <input type="hidden" name="campaignId" value={campaign.id} />
              {notInvited > 0 && <SubmitButton>{`Invite all not yet invited (${notInvited})`}</SubmitButton>}
            </ActionForm>
            <ActionForm action={remindTargetsAction}>
              <input type="hidden" name="campaignId" value={campaign.id} />
              {remindable > 0 && <SubmitButton className="btn-secondary">{`Remind all who have not answered (${remindable})`}</SubmitButton>}
            </ActionForm>
          </div>
        )}
        <TargetList
          targets={outreach.targets}
          campaignId={campaign.id}
          open={outreach.open}
          actions={{ invite: inviteTargetsAction, remind: remindTargetsAction, confirm: confirmMatchAction }}
        />
      </section>

      {outreach.open && outreach.hasDeadline && (
        <section aria-labelledby="schedule-heading" className="card space-y-2">
          <h2 id="schedule-heading" className="font-serif text-xl font-semibold">
            Remind before the deadline
          </h2>
          <p className="text-sm text-muted">
            Each invited organization that has not signed, opted out or had its reminder gets it this many days before the deadline, and so do those
            invited later. Nothing goes out once sign-on has closed.
          </p>
          <ReminderScheduleForm campaignId={campaign.id} action={scheduleRemindersAction} current={outreach.reminderDays} />
        </section>
      )}
    </div>
  );
}
