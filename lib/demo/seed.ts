// The demo data, made through the domain's own commands where they exist (lock, delivery):
// it lives in lib/, since db/ knows no rules.
import { count } from 'drizzle-orm';
import { lockCampaign, recordDelivery } from '../campaigns/final-list';
import { canonicalEmail, normalizeName } from '../sign-ons/normalize';
import type { Db, DbOrTx } from '@/db/client';
import { campaignMembers, campaigns, coordinators, letterTranslations, letterVersions, signOns } from '@/db/schema';
import { commit, event, type DomainEvent } from '../events';
import type { LetterText } from '../letters/schemas';
import { letterTextHash } from '../letters/text-hash';
import { fairSeasArabic, riverCommonsFrench, riverCommonsKorean } from './translations';

export const DEMO_COORDINATOR = 'coordinator@example.org';
export const DEMO_SLUG = 'protect-the-river-commons';
/** A second, smaller open letter whose sign-ons are approved as soon as they are confirmed. */
export const DEMO_AUTO_SLUG = 'clean-air-around-every-school';
export const DELIVERED_SLUG = 'fair-seas-for-coastal-fishers';

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
      .values({ email: DEMO_COORDINATOR, name: 'Demo Coordinator', canCreateCampaigns: true })
      .onConflictDoUpdate({ target: coordinators.email, set: { name: 'Demo Coordinator', canCreateCampaigns: true } })
      .returning();
    if (!coordinator) throw new Error('seed: coordinator not created');

    const openedAt = daysFromNow(-6);
    const campaign = await seedCampaign(
      tx,
      coordinator.id,
      { slug: DEMO_SLUG, status: 'open', liveList: true, deadline: daysFromNow(30), deadlineTimeZone: 'Europe/Amsterdam', openedAt },
      letter,
    );
    await tx.insert(letterTranslations).values([
      translationRow(campaign, letter, 'fr', riverCommonsFrench),
      translationRow(campaign, letter, 'ko', riverCommonsKorean),
    ]);
    await tx.insert(signOns).values(signOnRows(campaign.id, coordinator.id, demoSignOns, openedAt));
    await commit(tx, startEvents(campaign));
    await seedAutoApprovedLetter(tx, coordinator.id);
    await seedDeliveredCampaign(tx, coordinator.id);
    return true;
  });
}

const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000);

type SeedCampaign = typeof campaigns.$inferSelect & { createdBy: string; openedAt: Date };

/**
 * A campaign as its coordinator started it on `openedAt`: theirs to own, in English, with its
 * letter as version 1.
 */
async function seedCampaign(
  tx: DbOrTx,
  coordinatorId: string,
  values: Omit<typeof campaigns.$inferInsert, 'title' | 'language' | 'createdBy' | 'createdAt'> & { openedAt: Date },
  text: Partial<LetterText> & { title: string },
): Promise<SeedCampaign> {
  const [campaign] = await tx
    .insert(campaigns)
    .values({ ...values, title: text.title, language: 'en', createdBy: coordinatorId, createdAt: values.openedAt })
    .returning();
  if (!campaign) throw new Error(`seed: campaign ${values.slug} not created`);
  await tx.insert(campaignMembers).values({ campaignId: campaign.id, coordinatorId, role: 'owner' });
  await tx.insert(letterVersions).values({
    campaignId: campaign.id,
    number: 1,
    ...text,
    changeKind: 'initial',
    editorId: coordinatorId,
    createdAt: values.openedAt,
  });
  return { ...campaign, createdBy: coordinatorId, openedAt: values.openedAt };
}

/** A translation of the letter's first version, made as the letter opened. */
function translationRow(campaign: SeedCampaign, original: LetterText, locale: string, text: LetterText): typeof letterTranslations.$inferInsert {
  const at = campaign.openedAt;
  return { campaignId: campaign.id, locale, ...text, basedOnVersion: 1, sourceHash: letterTextHash(original), editorId: campaign.createdBy, createdAt: at, updatedAt: at };
}

/** The start of a campaign's trail: the operator made it, its coordinator opened it. */
function startEvents(campaign: SeedCampaign): DomainEvent[] {
  return [
    event({ type: 'campaign.created', campaignId: campaign.id, actor: { type: 'operator' }, data: { title: campaign.title, slug: campaign.slug, language: campaign.language } }),
    event({ type: 'campaign.opened', campaignId: campaign.id, actor: { type: 'coordinator', id: campaign.createdBy }, data: { from: 'draft', to: 'open' }, at: campaign.openedAt }),
  ];
}

function signOnRows(campaignId: string, coordinatorId: string, list: SeedSignOn[], openedAt: Date) {
  return list.map((s, i) => {
      const at = new Date(openedAt.getTime() + (i + 1) * 3 * 3600 * 1000);
      const verified = s.status !== 'pending_verification';
      return {
        campaignId,
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
        decidedBy: s.status === 'approved' || s.status === 'rejected' ? coordinatorId : null,
      };
    });
}

const deliveredLetter = {
  title: 'Joint letter: fair seas for coastal fishers',
  dateLine: '2 November 2026',
  addressees: 'Commissioner Renata Oduya\nRegional Fisheries Commission\n4 Harbour Road, Port Selwyn',
  body: `Dear Commissioner,

We, the undersigned fishers’ organizations, cooperatives, researchers and citizens, ask the Commission to make the **2027 coastal quota allocation** fair to the small-scale fishers who land most of the region’s catch and receive the smallest share of its quota.

We ask for three things:

1. **A reserved inshore zone** of six nautical miles for vessels under twelve metres.
2. **Published allocations**: every quota holder, tonnage and vessel, updated each season.
3. **A seat at the table** for elected representatives of small-scale fishers on the allocation committee.

Fishing communities have kept these waters productive for generations. A fair allocation is how they keep doing it.`,
  closing: 'Respectfully,',
  cc: 'Members of the Regional Fisheries Commission',
  individualsFootnote: 'Affiliations of individual signatories are for identification purposes only.',
};

const deliveredSignOns: SeedSignOn[] = [
  { kind: 'organization', name: 'Coastal Fishers Federation', acronym: 'CFF', country: 'SN', status: 'approved', email: 'info@cff.example', keepInformed: true },
  { kind: 'organization', name: 'The Small Boats Network', acronym: 'SBN', country: 'GB', status: 'approved', email: 'hello@smallboats.example' },
  { kind: 'organization', name: 'Artisanal Fisheries Alliance', acronym: 'AFA', status: 'approved', email: 'team@afa.example' },
  { kind: 'organization', name: 'Blue Commons Foundation', country: 'NL', status: 'approved', email: 'contact@bluecommons.example' },
  { kind: 'organization', name: 'Coopérative des Pêcheurs de Joal', country: 'SN', status: 'approved', email: 'joal@peche.example' },
  { kind: 'organization', name: 'Sindicato de Pescadores de Chiloé', country: 'CL', status: 'approved', email: 'chiloe@pesca.example' },
  { kind: 'organization', name: 'Ocean Justice Initiative', acronym: 'OJI', country: 'ZA', status: 'approved', email: 'info@oceanjustice.example' },
  { kind: 'organization', name: 'Women in Fisheries Network', acronym: 'WiFN', country: 'GH', status: 'approved', email: 'women@fisheries.example', keepInformed: true },
  { kind: 'organization', name: 'Fisherfolk Forum Kerala', country: 'IN', status: 'approved', email: 'kerala@fisherfolk.example' },
  { kind: 'organization', name: 'Pacific Island Fishers Council', acronym: 'PIFC', country: 'FJ', status: 'approved', email: 'council@pifc.example' },
  { kind: 'organization', name: '어민 권리 연대', country: 'KR', status: 'approved', email: 'fishers@korea-coast.example' },
  { kind: 'organization', name: 'Seas at Risk Coalition', country: 'BE', status: 'approved', email: 'office@seasatrisk.example' },
  { kind: 'organization', name: 'Nordic Coastal Alliance', country: 'NO', status: 'approved', email: 'post@nordiccoast.example' },
  { kind: 'organization', name: 'Mangrove Action Group', acronym: 'MAG', country: 'PH', status: 'approved', email: 'mag@mangrove.example' },
  { kind: 'organization', name: 'Lake and Sea Workers Union', country: 'KE', status: 'approved', email: 'union@lakesea.example' },
  { kind: 'organization', name: 'Fundación Mar Abierto', country: 'MX', status: 'approved', email: 'hola@marabierto.example' },
  { kind: 'organization', name: 'Ilha Pesca Sustentável', country: 'BR', status: 'approved', email: 'contato@ilhapesca.example' },
  { kind: 'organization', name: 'Baltic Fishers Association', acronym: 'BFA', country: 'PL', status: 'approved', email: 'biuro@balticfishers.example' },
  { kind: 'organization', name: 'Tide Watch', country: 'IE', status: 'approved', email: 'tide@watch.example' },
  { kind: 'organization', name: 'Reef Guardians', country: 'ID', status: 'approved', email: 'reef@guardians.example' },
  { kind: 'organization', name: 'Global Fish Transparency Project', acronym: 'GFTP', status: 'approved', email: 'data@gftp.example' },
  { kind: 'organization', name: 'Association des Marins Pêcheurs', country: 'FR', status: 'approved', email: 'contact@marins.example' },
  { kind: 'organization', name: 'Delta Fishing Communities', country: 'BD', status: 'approved', email: 'delta@fishing.example' },
  { kind: 'organization', name: 'Harbour Families Trust', country: 'GB', status: 'approved', email: 'trust@harbourfamilies.example' },
  { kind: 'organization', name: 'Cape Verde Fishers Union', country: 'CV', status: 'approved', email: 'union@capeverde.example' },
  { kind: 'organization', name: 'Ocean Data Watch', country: 'US', status: 'approved', email: 'watch@oceandata.example' },
  // Not approved by the lock: they are in the database, never in the final list.
  { kind: 'organization', name: 'Trawler Owners Lobby', country: 'US', status: 'rejected', email: 'pr@trawlers.example', comment: 'We oppose reserved zones.' },
  { kind: 'organization', name: 'Late Cooperative', country: 'PT', status: 'verified', email: 'late@coop.example' },
  { kind: 'individual', name: 'Dr. Aminata Diallo', title: 'Marine biologist, Université Cheikh Anta Diop', country: 'SN', status: 'approved', email: 'a.diallo@uni.example', keepInformed: true },
  { kind: 'individual', name: 'Tomás Ibáñez', title: 'Former fisheries inspector', country: 'CL', status: 'approved', email: 'tomas@mail.example' },
  { kind: 'individual', name: 'Grace Mensah', title: 'Fish trader, Elmina market', country: 'GH', status: 'approved', email: 'grace@mail.example' },
  { kind: 'individual', name: 'Lee Seo-yeon', title: 'Ocean policy researcher', country: 'KR', status: 'approved', email: 'seoyeon@mail.example' },
  { kind: 'individual', name: 'Ólafur Jónsson', title: 'Skipper', country: 'IS', status: 'approved', email: 'olafur@mail.example' },
  { kind: 'individual', name: 'Maria Santos', country: 'PH', status: 'approved', email: 'maria.santos@mail.example' },
  { kind: 'individual', name: 'Rahul Menon', title: 'Journalist', country: 'IN', status: 'approved', email: 'rahul@mail.example' },
  { kind: 'individual', name: 'Siosaia Tupou', title: 'Community leader', country: 'TO', status: 'approved', email: 'siosaia@mail.example' },
  { kind: 'individual', name: 'Anna Kowalczyk', title: 'Economist', country: 'PL', status: 'approved', email: 'anna.k@mail.example' },
  { kind: 'individual', name: 'James O’Connor', status: 'approved', email: 'james@mail.example' },
  { kind: 'individual', name: 'Nadia Haddad', title: 'Lawyer, law of the sea', country: 'LB', status: 'approved', email: 'nadia@mail.example' },
  { kind: 'individual', name: 'Pedro Alves', title: 'Fisher', country: 'BR', status: 'approved', email: 'pedro@mail.example' },
  { kind: 'individual', name: 'Withdrawn Person', country: 'DE', status: 'withdrawn', email: 'gone@mail.example' },
];

/**
 * The finished product for a newcomer: a letter whose list was locked and delivered, written
 * through the real lock and delivery commands so its published hash is the real one.
 */
async function seedDeliveredCampaign(tx: DbOrTx, coordinatorId: string): Promise<void> {
  const openedAt = daysFromNow(-45);
  const closedAt = daysFromNow(-5);
  const campaign = await seedCampaign(tx, coordinatorId, { slug: DELIVERED_SLUG, status: 'closed', liveList: true, openedAt, closedAt }, deliveredLetter);
  await tx.insert(letterTranslations).values(translationRow(campaign, deliveredLetter, 'ar', fairSeasArabic));
  await tx.insert(signOns).values(signOnRows(campaign.id, coordinatorId, deliveredSignOns, openedAt));
  await commit(tx, [
    ...startEvents(campaign),
    event({ type: 'campaign.closed', campaignId: campaign.id, actor: { type: 'coordinator', id: coordinatorId }, data: { from: 'open', to: 'closed' }, at: closedAt }),
  ]);
  await lockCampaign({ campaignId: campaign.id }, coordinatorId, tx);
  await recordDelivery(
    {
      campaignId: campaign.id,
      deliveredAt: new Date(),
      deliveredTo: 'Commissioner Renata Oduya, Regional Fisheries Commission',
      method: 'email',
      note: 'Sent to the Commissioner’s office and to every member of the Commission ahead of the allocation meeting.',
      link: 'https://example.org/fair-seas/delivery',
    },
    coordinatorId,
    tx,
  );
}

type SeedTx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function seedAutoApprovedLetter(tx: SeedTx, coordinatorId: string): Promise<void> {
  const openedAt = daysFromNow(-2);
  const campaign = await seedCampaign(
    tx,
    coordinatorId,
    { slug: DEMO_AUTO_SLUG, status: 'open', approvalPolicy: 'auto_all', deadline: daysFromNow(14), deadlineTimeZone: 'America/New_York', openedAt },
    {
      title: 'Open letter: clean air around every school',
      dateLine: '1 December 2026',
      addressees: 'Mayor Dana Whitfield\nCity Hall, Port Calder',
      body: 'Dear Mayor,\n\nWe ask you to close the streets outside every primary school to through traffic at the start and end of the school day, and to publish the air-quality readings taken there every month.',
      closing: 'Yours sincerely,',
    },
  );
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
  await commit(tx, startEvents(campaign));
}
