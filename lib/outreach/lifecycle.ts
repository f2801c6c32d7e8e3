import { outreachTargetStates } from '@/db/enums';
import { makeMachine } from '../lifecycle';
import type { SignOnStatus } from '../sign-ons/lifecycle';

export { outreachTargetStates };
export type TargetState = (typeof outreachTargetStates)[number];

export const targetEvents = ['invite', 'sign', 'opt_out'] as const;
export type TargetEvent = (typeof targetEvents)[number];

/**
 * A target is added, then invited; it is signed once a sign-on is tied to it (through its
 * personal link, or by a coordinator confirming a match). Opting out is for good: no event
 * leads out of it, so nothing more is ever sent.
 */
export const targetMachine = makeMachine<TargetState, TargetEvent>(
  {
    invite: { from: ['added'], to: 'invited' },
    sign: { from: ['added', 'invited'], to: 'signed' },
    opt_out: { from: ['added', 'invited'], to: 'opted_out' },
  },
  'target',
);

export const assertTargetTransition = targetMachine.assertTransition;

/** What the Outreach tab and the funnel show: "approved" is read from the sign-on, which coordinators decide elsewhere. */
export type OutreachStage = 'added' | 'invited' | 'signed' | 'approved' | 'opted_out';

export function outreachStage(target: { state: TargetState; signOnStatus: SignOnStatus | null }): OutreachStage {
  if (target.state !== 'signed') return target.state;
  return target.signOnStatus === 'approved' ? 'approved' : 'signed';
}

/** The one reminder a target may get: invited, not signed, none queued yet. */
export const canRemind = (target: { state: TargetState; reminderDueAt: Date | null }) =>
  target.state === 'invited' && target.reminderDueAt === null;

const DAY_MS = 24 * 60 * 60 * 1000;
/** A reminder two months ahead is not a reminder. */
export const MAX_REMINDER_DAYS = 60;

/** When a scheduled reminder goes: the chosen number of days before the deadline, or null when that moment has passed. */
export function reminderMoment(deadline: Date | null, daysBefore: number, now: Date = new Date()): Date | null {
  if (!deadline) return null;
  const at = new Date(deadline.getTime() - daysBefore * DAY_MS);
  return at.getTime() > now.getTime() ? at : null;
}

export type Funnel = { targets: number; invited: number; signed: number; approved: number; optedOut: number };

/** Each step counts everyone who reached it: a target that signed was invited too (unless it signed before). */
export function funnelOf(targets: { stage: OutreachStage; invitedAt: Date | null }[]): Funnel {
  const count = (p: (t: (typeof targets)[number]) => boolean) => targets.filter(p).length;
  return {
    targets: targets.length,
    invited: count((t) => t.invitedAt !== null),
    signed: count((t) => t.stage === 'signed' || t.stage === 'approved'),
    approved: count((t) => t.stage === 'approved'),
    optedOut: count((t) => t.stage === 'opted_out'),
  };
}
