import Link from 'next/link';
import type { CampaignStatus } from '@/lib/campaigns/lifecycle';

type Props = {
  base: string;
  status: CampaignStatus;
  effectiveStatus: CampaignStatus;
  isOwner: boolean;
};

/**
 * Lock and delivery: each leads to its own page with a confirmation step (SPEC §2), shown
 * when the state machine allows it; editors see why they cannot.
 */
export function FinalListSteps({ base, status, effectiveStatus, isOwner }: Props) {
  const lockable = effectiveStatus === 'closed';
  if (lockable) {
    return isOwner ? (
      <div>
        <Link href={`${base}/lock`} className="btn-danger inline-block no-underline">
          Lock the final list…
        </Link>
        <p className="field-hint">Freezes the list of approved signatories for good, after a confirmation.</p>
      </div>
    ) : (
      <p className="text-sm text-muted">Only an owner can lock the final list.</p>
    );
  }
  if (status === 'open') {
    return <p className="text-sm text-muted">Close sign-on to lock the final list.</p>;
  }
  if (status === 'locked') {
    return isOwner ? (
      <div>
        <Link href={`${base}/deliver`} className="btn-primary inline-block no-underline">
          Record delivery…
        </Link>
        <p className="field-hint">Say when, to whom and how the letter was delivered; signers who asked are emailed.</p>
      </div>
    ) : (
      <p className="text-sm text-muted">Only an owner can record the delivery.</p>
    );
  }
  return null;
}
