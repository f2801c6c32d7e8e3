export { commit, outcome, runCommand, type Outcome } from './commit';
export { event, type DomainEvent, type EventActor, type EventData, type EventType } from './types';
