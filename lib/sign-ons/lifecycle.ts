import { makeMachine } from '../lifecycle';

import { signOnStatuses } from '@/db/enums';

export { signOnStatuses };
export type SignOnStatus = (typeof signOnStatuses)[number];

export const signOnEvents = ['verify', 'approve', 'reject', 'withdraw', 'unreview'] as const;
export type SignOnEvent = (typeof signOnEvents)[number];

/**
 * SPEC §4. Coordinators may move approved ↔ rejected until the lock; "unreview" sends a
 * decided entry back to the queue (also what a signer's edit of an approved entry does).
 */
export const signOnMachine = makeMachine<SignOnStatus, SignOnEvent>(
  {
    verify: { from: ['pending_verification'], to: 'verified' },
    approve: { from: ['verified', 'rejected'], to: 'approved' },
    reject: { from: ['verified', 'approved'], to: 'rejected' },
    withdraw: { from: ['pending_verification', 'verified', 'approved'], to: 'withdrawn' },
    unreview: { from: ['approved', 'rejected'], to: 'verified' },
  },
  'sign-on',
);

export const assertSignOnTransition = signOnMachine.assertTransition;


export const UNVERIFIED_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const VERIFY_TOKEN_TTL_MS = 48 * 60 * 60 * 1000;
