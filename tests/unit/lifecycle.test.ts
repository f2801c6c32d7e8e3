import { describe, expect, it } from 'vitest';
import {
  acceptsSignOns,
  campaignEvents,
  campaignMachine,
  campaignStatuses,
  effectiveStatus,
  type CampaignEvent,
  type CampaignStatus,
} from '@/lib/campaigns/lifecycle';
import { DomainError } from '@/lib/errors';
import {
  signOnEvents,
  signOnMachine,
  signOnStatuses,
  type SignOnEvent,
  type SignOnStatus,
} from '@/lib/sign-ons/lifecycle';

// The expected tables, written out cell by cell from SPEC §2 and §4: every
// (status, event) pair not listed here must be refused.
const campaignAllowed: Record<string, CampaignStatus> = {
  'draft:open': 'open',
  'open:close': 'closed',
  'closed:reopen': 'open',
  'closed:lock': 'locked',
  'locked:deliver': 'delivered',
};

const signOnAllowed: Record<string, SignOnStatus> = {
  'pending_verification:verify': 'verified',
  'pending_verification:withdraw': 'withdrawn',
  'verified:approve': 'approved',
  'verified:reject': 'rejected',
  'verified:withdraw': 'withdrawn',
  'approved:reject': 'rejected',
  'approved:withdraw': 'withdrawn',
  'approved:unreview': 'verified',
  'rejected:approve': 'approved',
  'rejected:unreview': 'verified',
};

describe('campaign lifecycle', () => {
  const cells = campaignStatuses.flatMap((s) => campaignEvents.map((e) => [s, e] as [CampaignStatus, CampaignEvent]));

  it.each(cells)('%s --%s-->', (status, event) => {
    const expected = campaignAllowed[`${status}:${event}`];
    if (expected) {
      expect(campaignMachine.assertTransition(status, event)).toBe(expected);
    } else {
      expect(() => campaignMachine.assertTransition(status, event)).toThrow(DomainError);
      try {
        campaignMachine.assertTransition(status, event);
      } catch (e) {
        expect((e as DomainError).code).toBe('invalid_transition');
      }
    }
  });

  it('lists the buttons a status allows', () => {
    expect(campaignMachine.allowedEvents('closed')).toEqual(['reopen', 'lock']);
    expect(campaignMachine.allowedEvents('delivered')).toEqual([]);
  });

  it('treats an open campaign past its deadline as closed, without anyone acting', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const past = { status: 'open' as const, deadline: new Date('2026-12-01T11:59:59Z') };
    const future = { status: 'open' as const, deadline: new Date('2026-12-01T12:00:01Z') };
    expect(effectiveStatus(past, now)).toBe('closed');
    expect(acceptsSignOns(past, now)).toBe(false);
    expect(effectiveStatus(future, now)).toBe('open');
    expect(acceptsSignOns({ status: 'open', deadline: null }, now)).toBe(true);
    expect(effectiveStatus({ status: 'locked', deadline: past.deadline }, now)).toBe('locked');
  });
});

describe('sign-on lifecycle', () => {
  const cells = signOnStatuses.flatMap((s) => signOnEvents.map((e) => [s, e] as [SignOnStatus, SignOnEvent]));

  it.each(cells)('%s --%s-->', (status, event) => {
    const expected = signOnAllowed[`${status}:${event}`];
    if (expected) {
      expect(signOnMachine.assertTransition(status, event)).toBe(expected);
    } else {
      expect(() => signOnMachine.assertTransition(status, event)).toThrowError(/cannot be/);
    }
  });

  it('never leaves withdrawn', () => {
    expect(signOnMachine.allowedEvents('withdrawn')).toEqual([]);
  });
});
