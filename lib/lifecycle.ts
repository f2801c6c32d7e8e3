import { DomainError } from './errors';

/** A transition table: for each event, the statuses it may start from and where it leads. */
export type TransitionTable<S extends string, E extends string> = Record<E, { from: readonly S[]; to: S }>;

export function makeMachine<S extends string, E extends string>(table: TransitionTable<S, E>, noun: string) {
  const canTransition = (from: S, event: E): boolean => table[event].from.includes(from);
  return {
    table,
    canTransition,
    /** Events allowed from a status, in table order (drives which buttons are shown). */
    allowedEvents: (from: S): E[] => (Object.keys(table) as E[]).filter((e) => canTransition(from, e)),
    /** The status an event leads to, or an invalid_transition error. */
    assertTransition(from: S, event: E): S {
      if (!canTransition(from, event)) {
        throw new DomainError('invalid_transition', `A ${noun} that is ${from.replace(/_/g, ' ')} cannot be ${pastTense(event)}.`);
      }
      return table[event].to;
    },
  };
}

function pastTense(event: string): string {
  const irregular: Record<string, string> = { open: 'opened', withdraw: 'withdrawn', lock: 'locked', reopen: 'reopened' };
  return irregular[event] ?? (event.endsWith('e') ? `${event}d` : `${event}ed`);
}
