import type { CampaignEvent } from '@/lib/campaigns/lifecycle';
import { ActionForm, type FormAction } from '../ui/action-form';
import { SubmitButton } from '../ui/submit-button';

const labels: Partial<Record<CampaignEvent, { button: string; hint: string }>> = {
  open: { button: 'Open for sign-on', hint: 'Publishes the letter and starts accepting sign-ons. From now on every save is a new version.' },
  close: { button: 'Close sign-on', hint: 'The letter stays public; new sign-ons are refused. You can reopen later.' },
  reopen: { button: 'Reopen sign-on', hint: 'Accepts sign-ons again.' },
};

/** One form per allowed lifecycle event; only events the state machine allows are passed in. */
export function LifecycleButtons({ campaignId, events, action }: { campaignId: string; events: CampaignEvent[]; action: FormAction }) {
  const shown = events.filter((e) => labels[e]);
  if (shown.length === 0) return null;
  return (
    <div className="space-y-4">
      {shown.map((event) => (
        <ActionForm key={event} action={action}>
          <input type="hidden" name="campaignId" value={campaignId} />
          <input type="hidden" name="event" value={event} />
          <SubmitButton className={event === 'close' ? 'btn-secondary' : 'btn-primary'}>{labels[event]!.button}</SubmitButton>
          <p className="field-hint">{labels[event]!.hint}</p>
        </ActionForm>
      ))}
    </div>
  );
}
