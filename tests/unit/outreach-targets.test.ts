import { describe, expect, it } from 'vitest';
import { canRemind, funnelOf, outreachStage, reminderMoment, targetMachine } from '@/lib/outreach/lifecycle';
import { isAddable, parseTargets } from '@/lib/outreach/parse-targets';

const none = { emails: new Set<string>(), names: new Set<string>() };
const DAY = 24 * 60 * 60 * 1000;

describe('outreach target lifecycle', () => {
  it('lets an opted-out target go nowhere and a target sign once', () => {
    expect(targetMachine.allowedEvents('opted_out')).toEqual([]);
    expect(targetMachine.allowedEvents('signed')).toEqual([]);
    expect(targetMachine.allowedEvents('added')).toEqual(['invite', 'sign', 'opt_out']);
    expect(() => targetMachine.assertTransition('invited', 'invite')).toThrow(/cannot be invited/);
  });

  it('reads "approved" from the tied sign-on and counts each step of the funnel', () => {
    expect(outreachStage({ state: 'signed', signOnStatus: 'approved' })).toBe('approved');
    expect(outreachStage({ state: 'signed', signOnStatus: 'verified' })).toBe('signed');
    expect(outreachStage({ state: 'invited', signOnStatus: null })).toBe('invited');
    const at = new Date();
    expect(
      funnelOf([
        { stage: 'added', invitedAt: null },
        { stage: 'invited', invitedAt: at },
        { stage: 'signed', invitedAt: at },
        { stage: 'approved', invitedAt: at },
        { stage: 'opted_out', invitedAt: at },
      ]),
    ).toEqual({ targets: 5, invited: 4, signed: 2, approved: 1, optedOut: 1 });
  });

  it('allows one reminder, and schedules it only before the deadline', () => {
    expect(canRemind({ state: 'invited', reminderDueAt: null })).toBe(true);
    expect(canRemind({ state: 'invited', reminderDueAt: new Date() })).toBe(false);
    expect(canRemind({ state: 'opted_out', reminderDueAt: null })).toBe(false);
    const now = new Date('2026-03-01T12:00:00Z');
    const deadline = new Date(now.getTime() + 10 * DAY);
    expect(reminderMoment(deadline, 3, now)).toEqual(new Date(deadline.getTime() - 3 * DAY));
    expect(reminderMoment(deadline, 10, now)).toBeNull();
    expect(reminderMoment(null, 3, now)).toBeNull();
  });
});

describe('parsing target lists', () => {
  it('reads a pasted list without a header as name, email, acronym, country', () => {
    const rows = parseTargets('River Keepers, info@rivers.example, RK, Kenya\nDelta Alliance; x@delta.example', none);
    expect(rows[0]).toMatchObject({ name: 'River Keepers', email: 'info@rivers.example', acronym: 'RK', country: 'KE', errors: [] });
    expect(rows[1]!.errors).toEqual(['Enter a contact email address.']);
  });

  it('reads a CSV by its header, in any column order, with countries by name or code', () => {
    const rows = parseTargets('Email;Country;Organization\na@x.example;GH;Alpha\nb@y.example;International;Beta\nc@z.example;Atlantis;Gamma', none);
    expect(rows.map((r) => [r.name, r.country, r.errors.length])).toEqual([
      ['Alpha', 'GH', 0],
      ['Beta', null, 0],
      ['Gamma', null, 1],
    ]);
  });

  it('flags duplicates by address or normalized name, in the list and among existing targets', () => {
    const existing = { emails: new Set(['old@x.example']), names: new Set(['beta']) };
    const rows = parseTargets('Alpha, a@x.example\nThe Alpha, b@x.example\nGamma, OLD@x.example\nBeta!, c@x.example', existing);
    expect(rows.map((r) => r.duplicate)).toEqual([null, 'in-list', 'existing', 'existing']);
    expect(rows.filter(isAddable).map((r) => r.name)).toEqual(['Alpha']);
  });
});
