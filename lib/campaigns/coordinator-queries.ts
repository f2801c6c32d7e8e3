import 'server-only';
import { aliasedTable, and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { auditEvents, campaignMembers, campaigns, coordinators, letterVersions, signOns } from '@/db/schema';
import { getRole, type Role } from '../auth/roles';
import { diffLetters, type FieldDiff } from '../letters/diff';
import { letterFieldNames, type LetterText } from '../letters/schemas';
import { campaignMachine, effectiveStatus, isFrozen, type CampaignEvent, type CampaignStatus } from './lifecycle';

/** Coordinators' views of their campaigns. Every function checks membership and returns null to others. */

const isUuid = (id: string) => z.uuid().safeParse(id).success;

async function roleOf(campaignId: string, coordinatorId: string): Promise<Role | null> {
  if (!isUuid(campaignId)) return null;
  return getRole(await getDb(), campaignId, coordinatorId);
}

export type DashboardCampaign = {
  id: string;
  slug: string;
  title: string;
  status: CampaignStatus;
  effectiveStatus: CampaignStatus;
  role: Role;
  deadline: Date | null;
  deadlineTimeZone: string | null;
  pendingReview: number;
  /** Entries left undecided at the lock: not in the final list, and no longer pending. */
  notIncluded: number;
  organizations: number;
  individuals: number;
  countries: number;
};

export async function listCoordinatorCampaigns(coordinatorId: string): Promise<DashboardCampaign[]> {
  const db = await getDb();
  const rows = await db
    .select({ campaign: campaigns, role: campaignMembers.role })
    .from(campaignMembers)
    .innerJoin(campaigns, eq(campaigns.id, campaignMembers.campaignId))
    .where(eq(campaignMembers.coordinatorId, coordinatorId))
    .orderBy(desc(campaigns.createdAt));
  if (rows.length === 0) return [];
  const tallies = await tallySignOns(rows.map((r) => r.campaign.id));
  return rows.map(({ campaign: c, role }) => {
    const t = tallies.get(c.id) ?? { verified: 0, organizations: 0, individuals: 0, countries: 0 };
    return {
      id: c.id,
      slug: c.slug,
      title: c.title,
      status: c.status,
      effectiveStatus: effectiveStatus(c),
      role,
      deadline: c.deadline,
      deadlineTimeZone: c.deadlineTimeZone,
      pendingReview: isFrozen(c.status) ? 0 : t.verified,
      notIncluded: isFrozen(c.status) ? t.verified : 0,
      organizations: t.organizations,
      individuals: t.individuals,
      countries: t.countries,
    };
  });
}

/** Every campaign's awaiting and approved counts in one grouped query, however many campaigns a coordinator has. */
async function tallySignOns(ids: string[]) {
  const db = await getDb();
  const approved = sql`${signOns.status} = 'approved'`;
  const rows = await db
    .select({
      campaignId: signOns.campaignId,
      verified: sql<number>`count(*) filter (where ${signOns.status} = 'verified')`.mapWith(Number),
      organizations: sql<number>`count(*) filter (where ${approved} and ${signOns.kind} = 'organization')`.mapWith(Number),
      individuals: sql<number>`count(*) filter (where ${approved} and ${signOns.kind} = 'individual')`.mapWith(Number),
      countries: sql<number>`count(distinct ${signOns.country}) filter (where ${approved})`.mapWith(Number),
    })
    .from(signOns)
    .where(and(inArray(signOns.campaignId, ids), inArray(signOns.status, ['verified', 'approved'])))
    .groupBy(signOns.campaignId);
  return new Map(rows.map(({ campaignId, ...t }) => [campaignId, t]));
}

export type CoordinatorCampaign = {
  id: string;
  slug: string;
  title: string;
  language: string;
  status: CampaignStatus;
  effectiveStatus: CampaignStatus;
  role: Role;
  currentVersion: number;
  deadline: Date | null;
  deadlineTimeZone: string | null;
  approvalPolicy: (typeof campaigns.$inferSelect)['approvalPolicy'];
  listFormat: (typeof campaigns.$inferSelect)['listFormat'];
  listOrder: (typeof campaigns.$inferSelect)['listOrder'];
  liveList: boolean;
  notifyRejected: boolean;
  openedAt: Date | null;
  /** Lifecycle events this coordinator may trigger now (drives which buttons are shown). */
  allowedEvents: CampaignEvent[];
};

export async function getCoordinatorCampaign(campaignId: string, coordinatorId: string): Promise<CoordinatorCampaign | null> {
  const role = await roleOf(campaignId, coordinatorId);
  if (!role) return null;
  const db = await getDb();
  const [c] = await db.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!c) return null;
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    language: c.language,
    status: c.status,
    effectiveStatus: effectiveStatus(c),
    role,
    currentVersion: c.currentVersion,
    deadline: c.deadline,
    deadlineTimeZone: c.deadlineTimeZone,
    approvalPolicy: c.approvalPolicy,
    listFormat: c.listFormat,
    listOrder: c.listOrder,
    liveList: c.liveList,
    notifyRejected: c.notifyRejected,
    openedAt: c.openedAt,
    // Lock and deliver get their own screens (with confirmation), so they are not offered here.
    allowedEvents: campaignMachine.allowedEvents(c.status).filter((e) => e === 'open' || e === 'close' || e === 'reopen'),
  };
}

export type LetterVersionDto = LetterText & {
  number: number;
  changeKind: 'initial' | 'minor' | 'substantive';
  changeNote: string;
  editor: string | null;
  createdAt: Date;
};

const editors = aliasedTable(coordinators, 'editors');

function toVersionDto(row: { v: typeof letterVersions.$inferSelect; editorName: string | null; editorEmail: string | null }): LetterVersionDto {
  const text = Object.fromEntries(letterFieldNames.map((f) => [f, row.v[f]])) as LetterText;
  return {
    ...text,
    number: row.v.number,
    changeKind: row.v.changeKind,
    changeNote: row.v.changeNote,
    editor: row.editorName ?? row.editorEmail,
    createdAt: row.v.createdAt,
  };
}

async function versions(campaignId: string, numbers?: number[]) {
  const db = await getDb();
  const rows = await db
    .select({ v: letterVersions, editorName: editors.name, editorEmail: editors.email })
    .from(letterVersions)
    .leftJoin(editors, eq(editors.id, letterVersions.editorId))
    .where(
      numbers
        ? and(eq(letterVersions.campaignId, campaignId), inArray(letterVersions.number, numbers))
        : eq(letterVersions.campaignId, campaignId),
    )
    .orderBy(desc(letterVersions.number));
  return rows.map(toVersionDto);
}

/** The campaign with the text of its current version, for the editor and the preview. */
export async function getLetterForEditing(
  campaignId: string,
  coordinatorId: string,
): Promise<{ campaign: CoordinatorCampaign; letter: LetterVersionDto } | null> {
  const campaign = await getCoordinatorCampaign(campaignId, coordinatorId);
  if (!campaign) return null;
  const [letter] = await versions(campaignId, [campaign.currentVersion]);
  return letter ? { campaign, letter } : null;
}

export async function listLetterVersions(campaignId: string, coordinatorId: string): Promise<LetterVersionDto[] | null> {
  if (!(await roleOf(campaignId, coordinatorId))) return null;
  return versions(campaignId);
}

export async function getVersionDiff(
  campaignId: string,
  coordinatorId: string,
  from: number,
  to: number,
): Promise<{ from: LetterVersionDto; to: LetterVersionDto; changes: FieldDiff[] } | null> {
  if (!(await roleOf(campaignId, coordinatorId))) return null;
  const found = await versions(campaignId, [from, to]);
  const a = found.find((v) => v.number === from);
  const b = found.find((v) => v.number === to);
  if (!a || !b) return null;
  return { from: a, to: b, changes: diffLetters(a, b) };
}

export type MemberDto = { coordinatorId: string; email: string; name: string | null; role: Role; since: Date; signedIn: boolean };

export async function listCampaignMembers(campaignId: string, coordinatorId: string): Promise<MemberDto[] | null> {
  if (!(await roleOf(campaignId, coordinatorId))) return null;
  const db = await getDb();
  const rows = await db
    .select({
      coordinatorId: coordinators.id,
      email: coordinators.email,
      name: coordinators.name,
      role: campaignMembers.role,
      since: campaignMembers.createdAt,
      emailVerified: coordinators.emailVerified,
    })
    .from(campaignMembers)
    .innerJoin(coordinators, eq(coordinators.id, campaignMembers.coordinatorId))
    .where(eq(campaignMembers.campaignId, campaignId))
    .orderBy(asc(campaignMembers.createdAt));
  return rows.map(({ emailVerified, ...r }) => ({ ...r, signedIn: emailVerified !== null }));
}

export type ActivityDto = {
  id: number;
  at: Date;
  actor: string;
  action: string;
  from: string | null;
  to: string | null;
  details: Record<string, unknown>;
};

const actors = aliasedTable(coordinators, 'actors');

/** The campaign's audit trail, newest first. */
export async function listCampaignActivity(campaignId: string, coordinatorId: string, limit = 200): Promise<ActivityDto[] | null> {
  if (!(await roleOf(campaignId, coordinatorId))) return null;
  const db = await getDb();
  const rows = await db
    .select({ e: auditEvents, name: actors.name, email: actors.email })
    .from(auditEvents)
    .leftJoin(actors, and(eq(auditEvents.actorType, 'coordinator'), eq(actors.id, auditEvents.actorId)))
    .where(eq(auditEvents.campaignId, campaignId))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(limit);
  return rows.map(({ e, name, email }) => {
    const { from, to, ...details } = e.data as Record<string, unknown>;
    return {
      id: e.id,
      at: e.createdAt,
      actor: e.actorType === 'coordinator' ? (name ?? email ?? 'A former coordinator') : e.actorType,
      action: e.action,
      from: typeof from === 'string' || typeof from === 'number' ? String(from) : null,
      to: typeof to === 'string' || typeof to === 'number' ? String(to) : null,
      details,
    };
  });
}
