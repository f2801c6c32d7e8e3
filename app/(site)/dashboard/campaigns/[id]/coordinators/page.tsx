import type { Metadata } from 'next';
import { InviteForm } from '@/components/campaigns/invite-form';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { changeRoleAction, inviteCoordinatorAction, removeCoordinatorAction } from '@/app/dashboard/actions';
import { listCampaignMembers } from '@/lib/campaigns/coordinator-queries';
import { loadCampaignTab } from '../load-tab';

export const metadata: Metadata = { title: 'Coordinators' };

export default async function CoordinatorsPage({ params }: { params: Promise<{ id: string }> }) {
  const { me, campaign, found: members } = await loadCampaignTab(params, '/coordinators', listCampaignMembers);
  const isOwner = campaign.role === 'owner';
  return (
    <div className="space-y-8">
      <section>
        <h1 className="font-serif text-2xl font-semibold mb-3">Coordinators</h1>
        <ul className="space-y-3">
          {members.map((m) => (
            <li key={m.coordinatorId} className="card flex flex-wrap items-start justify-between gap-3">
              <div>
                <p className="font-semibold">
                  {m.name ?? m.email}
                  {m.coordinatorId === me.id && <span className="font-normal text-muted"> (you)</span>}
                </p>
                {m.name && <p className="text-sm">{m.email}</p>}
                <p className="text-sm text-muted">
                  {m.role === 'owner' ? 'Owner' : 'Editor'}
                  {!m.signedIn && ' · has not signed in yet'}
                </p>
              </div>
              {isOwner && (
                <div className="flex flex-wrap items-start gap-3">
                  <ActionForm action={changeRoleAction} className="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="campaignId" value={campaign.id} />
                    <input type="hidden" name="coordinatorId" value={m.coordinatorId} />
                    <label className="text-sm">
                      <span className="sr-only">Role of {m.email}</span>
                      {/* Sized to its longest option: in a narrow row a full-width menu shrank until "Editor" was cut off. */}
                      <select name="role" defaultValue={m.role} className="field-input w-auto min-w-32 py-1">
                        <option value="editor">Editor</option>
                        <option value="owner">Owner</option>
                      </select>
                    </label>
                    <SubmitButton className="btn-secondary py-1">Change role</SubmitButton>
                  </ActionForm>
                  <ActionForm action={removeCoordinatorAction}>
                    <input type="hidden" name="campaignId" value={campaign.id} />
                    <input type="hidden" name="coordinatorId" value={m.coordinatorId} />
                    <SubmitButton className="btn-secondary py-1">
                      Remove<span className="sr-only"> {m.email}</span>
                    </SubmitButton>
                  </ActionForm>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      {isOwner ? (
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading" className="font-serif text-xl font-semibold mb-3">
            Invite a co-coordinator
          </h2>
          <InviteForm action={inviteCoordinatorAction} campaignId={campaign.id} />
        </section>
      ) : (
        <p className="text-sm text-muted">Only owners can invite, change or remove coordinators.</p>
      )}
    </div>
  );
}
