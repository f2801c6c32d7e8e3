import type { CampaignEvent } from '@/lib/campaigns/lifecycle';
import { ActionForm, type FormAction } from '../ui/action-form';
import { SubmitButton } from '../ui/submit-button';

const labels: Partial<Record<CampaignEvent, { button: string; hint: string }>> = {
  open: { button: 'Open for sign-on', hint: 'Publishes the letter and starts accepting sign-ons. From then on every save is a new version.' },
  close: { button: 'Close sign-on', hint: 'The letter stays public; new sign-ons are refused. You can reopen later.' },
  reopen: { button: 'Reopen sign-on', hint: 'Accepts sign-ons again.' },
};

/**
 * The lifecycle events the state machine allows now, as buttons of one form: the form (and
 * its outcome message) stays in place when the buttons change after a transition.
 */
export function LifecycleButtons({
  campaignId,
  events,
  action,
  outdatedTranslations,
}: {
  campaignId: string;
  events: CampaignEvent[];
  action: FormAction;
  /** Set when opening would publish translations older than the original: the question and its answer's label. */
  outdatedTranslations?: { question: string; answer: string };
}) {
  const shown = events.filter((e) => labels[e]);
  const publishes = shown.some((e) => e === 'open' || e === 'reopen');
  return (
    <ActionForm action={action} className="space-y-4">
      <input type="hidden" name="campaignId" value={campaignId} />
      {shown.length === 0 && <p className="text-sm">Nothing to change here at this stage.</p>}
      {outdatedTranslations && publishes && (
        <div className="rounded-md border border-bad p-3">
          <p className="mb-2 text-sm">{outdatedTranslations.question}</p>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="confirmOutdated" className="mt-1" />
            <span>{outdatedTranslations.answer}</span>
          </label>
        </div>
      )}
      {shown.map((event) => (
        <div key={event}>
          <SubmitButton name="event" value={event} className={event === 'close' ? 'btn-secondary' : 'btn-primary'}>
            {labels[event]!.button}
          </SubmitButton>
          <p className="field-hint">{labels[event]!.hint}</p>
        </div>
      ))}
    </ActionForm>
  );
}
