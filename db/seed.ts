import { count } from 'drizzle-orm';
import { canonicalEmail, normalizeName } from '@/lib/sign-ons/normalize';
import type { Db } from './client';
import { auditEvents, campaignMembers, campaigns, coordinators, letterVersions, signOns } from './schema';

export const DEMO_COORDINATOR = 'coordinator@example.org';
export const DEMO_SLUG = 'protect-the-river-commons';
/** A second, smaller open letter whose sign-ons are approved as soon as they are confirmed. */
export const DEMO_AUTO_SLUG = 'clean-air-around-every-school';

const letter = {
  title: 'Open letter: protect the River Commons before the 2027 basin agreement',
  dateLine: '1 December 2026',
  addressees:
    'H.E. Alma Verhoeven\nMinister for Water and Environment\nMinistry of Water and Environment\n12 Quay Street, Port Calder',
  body: `Dear Minister,

We, the undersigned organizations and individuals, write ahead of the negotiations on the **2027 River Commons Basin Agreement** to urge you to put the health of the river, and of the communities who depend on it, at the centre of the final text.

The draft circulated in October leaves three gaps that we ask you to close:

1. **Binding minimum flows.** The agreement should set enforceable minimum flows for every reach of the river, reviewed every five years against independent monitoring.
2. **Consent of affected communities.** No new dam, diversion or dredging concession should be granted without the free, prior and informed consent of the communities downstream.
3. **Public data.** Water-quality and abstraction data should be published monthly, in open formats, so that anyone can check whether the agreement is kept.

These measures are affordable, they are already practised in neighbouring basins, and they are what the people of the basin have asked for in every public consultation since 2019. The [basin consultation report](https://example.org/consultation-report) sets out the evidence in detail.

We would welcome the opportunity to meet you before the negotiations resume, and we stand ready to support an agreement that protects the river for the next generation.`,
  closing: 'Sincerely,',
  cc: 'Members of the Basin Commission; the Parliamentary Committee on Environment',
  individualsFootnote: 'Affiliations of individual signatories are for identification purposes only.',
};

type SeedSignOn = {
  kind: 'organization' | 'individual';
  name: string;
  acronym?: string;
  title?: string;
  country?: string;
  status: 'pending_verification' | 'verified' | 'approved' | 'rejected' | 'withdrawn';
  email: string;
  keepInformed?: boolean;
  comment?: string;
};

const demoSignOns: SeedSignOn[] = [
  { kind: 'organization', name: 'River Commons Alliance', acronym: 'RCA', country: 'NL', status: 'approved', email: 'info@rivercommons.example', keepInformed: true },
  { kind: 'organization', name: 'Centre for Water Justice', acronym: 'CWJ', country: 'KE', status: 'approved', email: 'office@waterjustice.example' },
  { kind: 'organization', name: 'Friends of the Delta', country: 'BD', status: 'approved', email: 'contact@deltafriends.example' },
  { kind: 'organization', name: 'Asociación Río Vivo', country: 'PE', status: 'approved', email: 'hola@riovivo.example' },
  { kind: 'organization', name: 'Fleuve Solidaire', country: 'SN', status: 'approved', email: 'contact@fleuve-solidaire.example' },
  { kind: 'organization', name: 'Global Freshwater Network', acronym: 'GFN', status: 'approved', email: 'hello@freshwater.example' },
  { kind: 'organization', name: '강 살리기 시민연대', country: 'KR', status: 'approved', email: 'river@korea-rivers.example' },
  { kind: 'organization', name: 'The Basin Institute', acronym: 'TBI', country: 'GB', status: 'approved', email: 'admin@basininstitute.example' },
  { kind: 'organization', name: 'Mekong Futures', country: 'KH', status: 'approved', email: 'team@mekongfutures.example' },
  { kind: 'organization', name: 'Wetlands Watch', acronym: 'WW', country: 'BR', status: 'approved', email: 'info@wetlandswatch.example' },
  { kind: 'organization', name: 'Fishers’ Cooperative of Lake Tana', country: 'ET', status: 'verified', email: 'coop@laketana.example', comment: 'Our board approved this on Monday.' },
  { kind: 'organization', name: 'Clean Rivers Trust', country: 'IE', status: 'verified', email: 'trust@cleanrivers.example' },
  // A likely duplicate of "Centre for Water Justice": same organization, another spelling.
  { kind: 'organization', name: 'Center for Water Justice', country: 'KE', status: 'verified', email: 'director@waterjustice.example' },
  { kind: 'organization', name: 'Indigenous Waters Council', country: 'CA', status: 'verified', email: 'council@indigenouswaters.example' },
  { kind: 'organization', name: 'Aqua Libre', country: 'MX', status: 'pending_verification', email: 'contacto@aqualibre.example' },
  { kind: 'organization', name: 'Riverkeepers Europe', country: 'DE', status: 'pending_verification', email: 'info@riverkeepers.example' },
  { kind: 'organization', name: 'Sand Mining Profiteers Ltd', country: 'US', status: 'rejected', email: 'pr@sandmining.example', comment: 'We support responsible extraction.' },
  { kind: 'organization', name: 'Hydro Dialogue Forum', country: 'NO', status: 'withdrawn', email: 'forum@hydrodialogue.example' },
  { kind: 'individual', name: 'Dr. Amara Okafor', title: 'Professor of Hydrology, University of Lagos', country: 'NG', status: 'approved', email: 'amara.okafor@uni.example', keepInformed: true },
  { kind: 'individual', name: 'José Luis Quispe', title: 'Former Commissioner, Andean Water Authority', country: 'PE', status: 'approved', email: 'jl.quispe@mail.example' },
  { kind: 'individual', name: 'Ingrid Solberg', title: 'Author, “The Long River”', country: 'NO', status: 'approved', email: 'ingrid@solberg.example' },
  { kind: 'individual', name: 'Priya Raman', country: 'IN', status: 'approved', email: 'priya.raman@mail.example' },
  { kind: 'individual', name: 'Kim Min-jun', title: 'River ecologist', country: 'KR', status: 'approved', email: 'minjun@ecology.example' },
  { kind: 'individual', name: 'Émilie Laurent', title: 'Journalist', country: 'FR', status: 'verified', email: 'emilie@presse.example' },
  { kind: 'individual', name: 'Tom Becker', status: 'verified', email: 'tom.becker@mail.example' },
  { kind: 'individual', name: 'Fatima Zahra Benali', title: 'Water engineer', country: 'MA', status: 'verified', email: 'fz.benali@mail.example' },
  { kind: 'individual', name: 'Sam Nguyen', country: 'VN', status: 'pending_verification', email: 'sam.nguyen@mail.example' },
  { kind: 'individual', name: 'Lucía Fernández', country: 'AR', status: 'pending_verification', email: 'lucia@mail.example' },
  { kind: 'individual', name: 'Anonymous Troll', status: 'rejected', email: 'troll@spam.example' },
  { kind: 'individual', name: 'Marta Kowalska', title: 'Hydrologist', country: 'PL', status: 'withdrawn', email: 'marta@mail.example' },
];

/** Seeds the demo campaign and coordinator into an empty database; returns false if not empty. */
export async function seedDemo(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(campaigns);
    if ((existing?.n ?? 0) > 0) return false;

    const [coordinator] = await tx
      .insert(coordinators)
      .values({ email: DEMO_COORDINATOR, name: 'Demo Coordinator' })
      .onConflictDoUpdate({ target: coordinators.email, set: { name: 'Demo Coordinator' } })
      .returning();
    if (!coordinator) throw new Error('seed: coordinator not created');

    const openedAt = new Date(Date.now() - 6 * 24 * 3600 * 1000);
    const [campaign] = await tx
      .insert(campaigns)
      .values({
        slug: DEMO_SLUG,
        title: letter.title,
        language: 'en',
        status: 'open',
        liveList: true,
        deadline: new Date(Date.now() + 30 * 24 * 3600 * 1000),
        deadlineTimeZone: 'Europe/Amsterdam',
        createdBy: coordinator.id,
        openedAt,
        createdAt: openedAt,
      })
      .returning();
    if (!campaign) throw new Error('seed: campaign not created');

    await tx.insert(campaignMembers).values({ campaignId: campaign.id, coordinatorId: coordinator.id, role: 'owner' });
    await tx.insert(letterVersions).values({
      campaignId: campaign.id,
      number: 1,
      ...letter,
      changeKind: 'initial',
      editorId: coordinator.id,
      createdAt: openedAt,
    });

    const rows = demoSignOns.map((s, i) => {
      const at = new Date(openedAt.getTime() + (i + 1) * 3 * 3600 * 1000);
      const verified = s.status !== 'pending_verification';
      return {
        campaignId: campaign.id,
        kind: s.kind,
        status: s.status,
        displayName: s.name,
        acronym: s.acronym ?? null,
        title: s.title ?? null,
        country: s.country ?? null,
        contactName: s.kind === 'organization' ? 'Demo Contact' : null,
        contactRole: s.kind === 'organization' ? 'Director' : null,
        email: s.email,
        canonicalEmail: canonicalEmail(s.email),
        normalizedName: normalizeName(s.name),
        comment: s.comment ?? null,
        keepInformed: s.keepInformed ?? false,
        authorized: s.kind === 'organization',
        versionSigned: 1,
        createdAt: at,
        updatedAt: at,
        verifiedAt: verified ? at : null,
        approvedAt: s.status === 'approved' ? at : null,
        rejectedAt: s.status === 'rejected' ? at : null,
        withdrawnAt: s.status === 'withdrawn' ? at : null,
        decidedBy: s.status === 'approved' || s.status === 'rejected' ? coordinator.id : null,
      };
    });
    await tx.insert(signOns).values(rows);
    await tx.insert(auditEvents).values([
      { campaignId: campaign.id, actorType: 'operator', action: 'campaign.created', data: { seed: true } },
      { campaignId: campaign.id, actorType: 'coordinator', actorId: coordinator.id, action: 'campaign.opened', data: { from: 'draft', to: 'open' }, createdAt: openedAt },
    ]);
    await seedAutoApprovedLetter(tx, coordinator.id);
    return true;
  });
}

type SeedTx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function seedAutoApprovedLetter(tx: SeedTx, coordinatorId: string): Promise<void> {
  const openedAt = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  const title = 'Open letter: clean air around every school';
  const [campaign] = await tx
    .insert(campaigns)
    .values({
      slug: DEMO_AUTO_SLUG,
      title,
      language: 'en',
      status: 'open',
      approvalPolicy: 'auto_all',
      deadline: new Date(Date.now() + 14 * 24 * 3600 * 1000),
      deadlineTimeZone: 'America/New_York',
      createdBy: coordinatorId,
      openedAt,
      createdAt: openedAt,
    })
    .returning();
  if (!campaign) throw new Error('seed: campaign not created');
  await tx.insert(campaignMembers).values({ campaignId: campaign.id, coordinatorId, role: 'owner' });
  await tx.insert(letterVersions).values({
    campaignId: campaign.id,
    number: 1,
    title,
    dateLine: '1 December 2026',
    addressees: 'Mayor Dana Whitfield\nCity Hall, Port Calder',
    body: 'Dear Mayor,\n\nWe ask you to close the streets outside every primary school to through traffic at the start and end of the school day, and to publish the air-quality readings taken there every month.',
    closing: 'Yours sincerely,',
    changeKind: 'initial',
    editorId: coordinatorId,
    createdAt: openedAt,
  });
  const people = [
    { kind: 'organization' as const, name: 'Parents for Clean Air', country: 'GB', email: 'hello@parentsforcleanair.example' },
    { kind: 'individual' as const, name: 'Dr. Lena Fischer', title: 'Paediatrician', country: 'DE', email: 'lena.fischer@mail.example' },
  ];
  await tx.insert(signOns).values(
    people.map((p) => ({
      campaignId: campaign.id,
      kind: p.kind,
      status: 'approved' as const,
      displayName: p.name,
      title: p.title ?? null,
      country: p.country,
      contactName: p.kind === 'organization' ? 'Demo Contact' : null,
      contactRole: p.kind === 'organization' ? 'Coordinator' : null,
      email: p.email,
      canonicalEmail: canonicalEmail(p.email),
      normalizedName: normalizeName(p.name),
      authorized: p.kind === 'organization',
      versionSigned: 1,
      createdAt: openedAt,
      updatedAt: openedAt,
      verifiedAt: openedAt,
      approvedAt: openedAt,
    })),
  );
  await tx.insert(auditEvents).values([
    { campaignId: campaign.id, actorType: 'operator', action: 'campaign.created', data: { seed: true } },
    { campaignId: campaign.id, actorType: 'coordinator', actorId: coordinatorId, action: 'campaign.opened', data: { from: 'draft', to: 'open' }, createdAt: openedAt },
  ]);
}
