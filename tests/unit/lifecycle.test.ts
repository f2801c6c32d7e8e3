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

/**
 * Every (status, event) cell of a machine: a listed one leads where the table says; any other
 * throws an invalid_transition DomainError whose message says the thing "cannot be" done.
 */
function itChecksEveryCell<S extends string, E extends string>(
  machine: { assertTransition(from: S, event: E): S },
  statuses: readonly S[],
  events: readonly E[],
  allowed: Record<string, S>,
) {
  const cells = statuses.flatMap((s) => events.map((e) => [s, e] as [S, E]));
  it.each(cells)('%s --%s-->', (status, event) => {
    const expected = allowed[`${status}:${event}`];
    if (expected) {
      expect(machine.assertTransition(status, event)).toBe(expected);
      return;
    }
    let thrown: unknown;
    try {
      machine.assertTransition(status, event);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe('invalid_transition');
    expect((thrown as DomainError).message).toMatch(/cannot be/);
  });
}

describe('campaign lifecycle', () => {
  itChecksEveryCell<CampaignStatus, CampaignEvent>(campaignMachine, campaignStatuses, campaignEvents, campaignAllowed);

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
  itChecksEveryCell<SignOnStatus, SignOnEvent>(signOnMachine, signOnStatuses, signOnEvents, signOnAllowed);

  it('never leaves withdrawn', () => {
    expect(signOnMachine.allowedEvents('withdrawn')).toEqual([]);
  });
});
