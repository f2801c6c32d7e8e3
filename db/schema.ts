import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import {
  memberRoles,
  campaignStatuses,
  approvalPolicies,
  listFormats,
  listOrders,
  deliveryMethods,
  changeKinds,
  signOnKinds,
  signOnStatuses,
  signOnSources,
  tokenPurposes,
  actorTypes,
  outboxStatuses,
  outreachTargetStates,
  outreachMatchKinds,
} from './enums';

export * from './enums';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => ts('created_at').notNull().defaultNow();
/** The row belongs to one campaign and goes with it. */
const campaignRef = () =>
  uuid('campaign_id')
    .notNull()
    .references(() => campaigns.id, { onDelete: 'cascade' });
/** The parts of a letter's text, the same in a version of the original and in a translation. */
const letterTextColumns = () => ({
  title: text('title').notNull(),
  dateLine: text('date_line').notNull().default(''),
  addressees: text('addressees').notNull().default(''),
  body: text('body').notNull().default(''),
  closing: text('closing').notNull().default(''),
  cc: text('cc').notNull().default(''),
  individualsFootnote: text('individuals_footnote').notNull().default(''),
});

// ---------------------------------------------------------------------------
// Coordinators (the Auth.js "users" table) and their campaign memberships
// ---------------------------------------------------------------------------

export const coordinators = pgTable('coordinators', {
  id: text('id')
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text('name'),
  email: text('email').notNull().unique(),
  emailVerified: ts('email_verified'),
  image: text('image'),
  digestOptOut: boolean('digest_opt_out').notNull().default(false),
  /** Granted by the operator (`npm run coordinator -- add`); an invitation alone does not give it. */
  canCreateCampaigns: boolean('can_create_campaigns').notNull().default(false),
  lastDigestAt: ts('last_digest_at'),
  /** The language of the emails this coordinator receives (a supported locale). */
  locale: text('locale').notNull().default('en'),
  createdAt: createdAt(),
});

export const accounts = pgTable(
  'accounts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => coordinators.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

/** Session tokens are stored as SHA-256 hashes (see lib/auth/adapter.ts). */
export const sessions = pgTable('sessions', {
  sessionToken: text('session_token').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => coordinators.id, { onDelete: 'cascade' }),
  expires: ts('expires').notNull(),
});

/** Auth.js magic-link tokens; Auth.js itself stores only a hash of the token. */
export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: ts('expires').notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const memberRole = pgEnum('member_role', memberRoles);

export const campaignMembers = pgTable(
  'campaign_members',
  {
    campaignId: campaignRef(),
    coordinatorId: text('coordinator_id')
      .notNull()
      .references(() => coordinators.id, { onDelete: 'cascade' }),
    role: memberRole('role').notNull(),
    invitedBy: text('invited_by').references(() => coordinators.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.coordinatorId] }),
    index('campaign_members_coordinator_idx').on(t.coordinatorId),
  ],
);

// ---------------------------------------------------------------------------
// Campaigns and letter versions
// ---------------------------------------------------------------------------

export const campaignStatus = pgEnum('campaign_status', campaignStatuses);

export const approvalPolicy = pgEnum('approval_policy', approvalPolicies);

export const listFormat = pgEnum('list_format', listFormats);

/**
 * How the list is ordered (inside organizations, then individuals): alphabetically (organizations
 * by name, individuals by family name), the conveners or steering group first and then
 * alphabetically, or in the order the entries came in.
 */
export const listOrder = pgEnum('list_order', listOrders);

export const deliveryMethod = pgEnum('delivery_method', deliveryMethods);

export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    /** Mirrors the current letter version's title, for listings. */
    title: text('title').notNull(),
    language: text('language').notNull().default('en'),
    status: campaignStatus('status').notNull().default('draft'),
    deadline: ts('deadline'),
    /** IANA zone the deadline was entered in, so it is shown as the coordinator meant it. */
    deadlineTimeZone: text('deadline_time_zone'),
    approvalPolicy: approvalPolicy('approval_policy').notNull().default('review_all'),
    listFormat: listFormat('list_format').notNull().default('name_acronym_country'),
    listOrder: listOrder('list_order').notNull().default('alphabetical'),
    liveList: boolean('live_list').notNull().default(false),
    notifyRejected: boolean('notify_rejected').notNull().default(false),
    currentVersion: integer('current_version').notNull().default(1),
    createdBy: text('created_by').references(() => coordinators.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    openedAt: ts('opened_at'),
    closedAt: ts('closed_at'),
    lockedAt: ts('locked_at'),
    lockedBy: text('locked_by').references(() => coordinators.id, { onDelete: 'set null' }),
    deliveredAt: ts('delivered_at'),
    deliveredTo: text('delivered_to'),
    deliveryMethod: deliveryMethod('delivery_method'),
    deliveryNote: text('delivery_note'),
    deliveryLink: text('delivery_link'),
    /**
     * Origins (https://example.org) whose pages may frame the embeddable sign-on page; null
     * lets any site frame it (docs/decisions/0008).
     */
    embedOrigins: text('embed_origins').array(),
    /** Outreach reminders go this many days before the deadline; null = only by hand (docs/decisions/0011). */
    outreachReminderDays: integer('outreach_reminder_days'),
  },
  (t) => [index('campaigns_status_idx').on(t.status, t.openedAt)],
);

export const changeKind = pgEnum('change_kind', changeKinds);

export const letterVersions = pgTable(
  'letter_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: campaignRef(),
    number: integer('number').notNull(),
    ...letterTextColumns(),
    changeKind: changeKind('change_kind').notNull().default('initial'),
    changeNote: text('change_note').notNull().default(''),
    editorId: text('editor_id').references(() => coordinators.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('letter_versions_campaign_number_idx').on(t.campaignId, t.number)],
);

/**
 * The letter in another language than the original (campaigns.language), one text per
 * language. `basedOnVersion` is the version of the original it was last brought in line with:
 * a substantive version after it, or an edit of that version while a draft, makes the
 * translation outdated until someone updates it.
 */
export const letterTranslations = pgTable(
  'letter_translations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: campaignRef(),
    locale: text('locale').notNull(),
    ...letterTextColumns(),
    basedOnVersion: integer('based_on_version').notNull(),
    /** SHA-256 of the original's text it was made from (a draft changes without a new version). */
    sourceHash: text('source_hash'),
    editorId: text('editor_id').references(() => coordinators.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('letter_translations_campaign_locale_idx').on(t.campaignId, t.locale)],
);

// ---------------------------------------------------------------------------
// Sign-ons
// ---------------------------------------------------------------------------

export const signOnKind = pgEnum('sign_on_kind', signOnKinds);

export const signOnStatus = pgEnum('sign_on_status', signOnStatuses);

export const signOnSource = pgEnum('sign_on_source', signOnSources);

export const importBatches = pgTable('import_batches', {
  id: uuid('id').primaryKey().defaultRandom(),
  campaignId: campaignRef(),
  coordinatorId: text('coordinator_id').references(() => coordinators.id, { onDelete: 'set null' }),
  entryCount: integer('entry_count').notNull().default(0),
  createdAt: createdAt(),
  undoneAt: ts('undone_at'),
});

export const signOns = pgTable(
  'sign_ons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: campaignRef(),
    kind: signOnKind('kind').notNull(),
    status: signOnStatus('status').notNull().default('pending_verification'),
    source: signOnSource('source').notNull().default('form'),

    // Public fields (may appear in lists, exports and the API).
    displayName: text('display_name').notNull(),
    acronym: text('acronym'),
    /** Individuals' title / affiliation line. */
    title: text('title'),
    /** ISO 3166-1 alpha-2; null = international (organizations) or not given (individuals). */
    country: text('country'),
    website: text('website'),

    // Private fields (coordinators only).
    contactName: text('contact_name'),
    contactRole: text('contact_role'),
    email: text('email'),
    canonicalEmail: text('canonical_email'),
    comment: text('comment'),
    keepInformed: boolean('keep_informed').notNull().default(false),
    authorized: boolean('authorized').notNull().default(false),
    /** The language the signer signed in: every email to them is written in it. */
    locale: text('locale').notNull().default('en'),

    /** Case-, accent- and punctuation-insensitive name, "The" dropped: the duplicate key. */
    normalizedName: text('normalized_name').notNull(),
    versionSigned: integer('version_signed').notNull(),
    /** What the signer first submitted, kept when anyone edits the entry. */
    originalSubmission: jsonb('original_submission').$type<Record<string, unknown>>(),
    duplicateOfId: uuid('duplicate_of_id'),
    decisionReason: text('decision_reason'),
    decidedBy: text('decided_by').references(() => coordinators.id, { onDelete: 'set null' }),
    importBatchId: uuid('import_batch_id').references(() => importBatches.id, { onDelete: 'set null' }),
    /** Set by coordinators in review: a convener or steering-group member, listed first in that order. */
    convener: boolean('convener').notNull().default(false),
    /** The order entries came in (a multi-row import keeps its rows' order): the "order entered" list order. */
    entered: bigint('entered', { mode: 'number' }).generatedAlwaysAsIdentity(),
    /**
     * Keys the database derives from the name (functions in migration 0007): where the entry
     * sorts in the live list (digit runs padded so numbers sort by value, individuals by
     * family name); the name with common short forms spelled out ("intl" → "international");
     * and the initials of that name, for telling an acronym from the name it stands for.
     */
    sortKey: text('sort_key')
      .notNull()
      .generatedAlwaysAs(sql`list_sort_key(kind, normalized_name)`),
    matchName: text('match_name')
      .notNull()
      .generatedAlwaysAs(sql`expand_name_abbreviations(normalized_name)`),
    nameInitials: text('name_initials').generatedAlwaysAs(sql`name_initials(expand_name_abbreviations(normalized_name))`),
    /** Fingerprint of the public fields the last approval email announced: one email per approval. */
    approvalNotified: text('approval_notified'),
    /** Set when a coordinator erased private data after delivery. */
    erasedAt: ts('erased_at'),

    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    verifiedAt: ts('verified_at'),
    approvedAt: ts('approved_at'),
    rejectedAt: ts('rejected_at'),
    withdrawnAt: ts('withdrawn_at'),
  },
  (t) => [
    // SPEC §4: one organization sign-on per (campaign, kind, email, name) ...
    uniqueIndex('sign_ons_org_unique_idx')
      .on(t.campaignId, t.kind, t.canonicalEmail, t.normalizedName)
      .where(sql`${t.kind} = 'organization' and ${t.canonicalEmail} is not null and ${t.status} <> 'withdrawn'`),
    // ... and one individual sign-on per (campaign, email).
    uniqueIndex('sign_ons_individual_unique_idx')
      .on(t.campaignId, t.canonicalEmail)
      .where(sql`${t.kind} = 'individual' and ${t.canonicalEmail} is not null and ${t.status} <> 'withdrawn'`),
    index('sign_ons_campaign_status_idx').on(t.campaignId, t.status, t.createdAt),
    index('sign_ons_normalized_name_idx').on(t.campaignId, t.normalizedName),
    // The review queue's duplicate warnings look each entry up by acronym and by the domain
    // of an organization's address (the trigram index on names is in migration 0005).
    index('sign_ons_acronym_idx').on(t.campaignId, sql`upper(${t.acronym})`).where(sql`${t.acronym} is not null`),
    index('sign_ons_email_domain_idx')
      .on(t.campaignId, sql`split_part(${t.canonicalEmail}, '@', 2)`)
      .where(sql`${t.kind} = 'organization'`),
    // The live list reads approved entries in list order (one index per list order), a page
    // or a batch at a time.
    index('sign_ons_approved_order_idx').on(t.campaignId, t.kind, t.sortKey, t.id).where(sql`${t.status} = 'approved'`),
    index('sign_ons_approved_conveners_idx')
      .on(t.campaignId, t.kind, sql`(not ${t.convener})`, t.sortKey, t.id)
      .where(sql`${t.status} = 'approved'`),
    index('sign_ons_approved_entered_idx').on(t.campaignId, t.kind, t.entered).where(sql`${t.status} = 'approved'`),
    // Duplicate warnings: the same name once short forms are spelled out, and acronym against
    // initials (the trigram index on the spelled-out names is in migration 0007).
    index('sign_ons_match_name_idx').on(t.campaignId, t.matchName),
    index('sign_ons_name_initials_idx').on(t.campaignId, t.nameInitials).where(sql`${t.nameInitials} is not null`),
  ],
);

export const tokenPurpose = pgEnum('token_purpose', tokenPurposes);

/** Signer tokens: only the SHA-256 of the random token is stored. */
export const signOnTokens = pgTable(
  'sign_on_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    signOnId: uuid('sign_on_id')
      .notNull()
      .references(() => signOns.id, { onDelete: 'cascade' }),
    purpose: tokenPurpose('purpose').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: ts('expires_at'),
    usedAt: ts('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('sign_on_tokens_sign_on_idx').on(t.signOnId, t.purpose)],
);

// ---------------------------------------------------------------------------
// Outreach: organizations a campaign invites to sign, tracked to an approved sign-on
// ---------------------------------------------------------------------------

export const outreachTargetState = pgEnum('outreach_target_state', outreachTargetStates);

export const outreachMatch = pgEnum('outreach_match', outreachMatchKinds);

/**
 * Invitation links are the only credential of a target's invited and opt-out pages: like
 * signer tokens, only their SHA-256 is stored, one per email sent (the invitation and the one
 * reminder), so either email's link works (docs/decisions/0011).
 */
export const outreachTargets = pgTable(
  'outreach_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: campaignRef(),
    name: text('name').notNull(),
    /** The duplicate key, as sign-ons have it (lib/sign-ons/normalize.ts). */
    normalizedName: text('normalized_name').notNull(),
    acronym: text('acronym'),
    country: text('country'),
    email: text('email').notNull(),
    canonicalEmail: text('canonical_email').notNull(),
    state: outreachTargetState('state').notNull().default('added'),
    invitationTokenHash: text('invitation_token_hash').unique(),
    reminderTokenHash: text('reminder_token_hash').unique(),
    signOnId: uuid('sign_on_id').references(() => signOns.id, { onDelete: 'set null' }),
    matchedBy: outreachMatch('matched_by'),
    invitedAt: ts('invited_at'),
    /** Set once, when the one reminder is queued: the moment it goes (now, or deadline minus the chosen days). */
    reminderDueAt: ts('reminder_due_at'),
    optedOutAt: ts('opted_out_at'),
    addedBy: text('added_by').references(() => coordinators.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('outreach_targets_email_idx').on(t.campaignId, t.canonicalEmail),
    uniqueIndex('outreach_targets_name_idx').on(t.campaignId, t.normalizedName),
    index('outreach_targets_sign_on_idx').on(t.signOnId),
  ],
);

// ---------------------------------------------------------------------------
// Lock snapshot
// ---------------------------------------------------------------------------

export const listSnapshots = pgTable('list_snapshots', {
  campaignId: uuid('campaign_id')
    .primaryKey()
    .references(() => campaigns.id, { onDelete: 'cascade' }),
  letterVersion: integer('letter_version').notNull(),
  lockedAt: ts('locked_at').notNull(),
  lockedBy: text('locked_by'),
  organizations: integer('organizations').notNull(),
  individuals: integer('individuals').notNull(),
  countries: integer('countries').notNull(),
  summary: text('summary').notNull(),
  /** Hex SHA-256 of the canonical JSON export (RFC 8785). */
  hash: text('hash').notNull(),
});

export const snapshotEntries = pgTable(
  'snapshot_entries',
  {
    campaignId: campaignRef(),
    position: integer('position').notNull(),
    kind: signOnKind('kind').notNull(),
    name: text('name').notNull(),
    acronym: text('acronym'),
    title: text('title'),
    country: text('country'),
    searchText: text('search_text').notNull().default(''),
  },
  // The final list's search is a substring match served by a trigram index (migration 0005).
  (t) => [primaryKey({ columns: [t.campaignId, t.position] })],
);

// ---------------------------------------------------------------------------
// Audit trail, outbox, rate limits
// ---------------------------------------------------------------------------

export const actorType = pgEnum('actor_type', actorTypes);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    campaignId: uuid('campaign_id').references(() => campaigns.id, { onDelete: 'cascade' }),
    actorType: actorType('actor_type').notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_events_campaign_idx').on(t.campaignId, t.createdAt),
    // The review queue marks entries a coordinator edited: one lookup per entry of a page.
    index('audit_events_edited_sign_on_idx').on(t.subjectId).where(sql`${t.action} = 'sign-on.edited'`),
  ],
);

export const outboxStatus = pgEnum('outbox_status', outboxStatuses);

export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').references(() => campaigns.id, { onDelete: 'cascade' }),
    template: text('template').notNull(),
    to: text('to').notNull(),
    props: jsonb('props').$type<Record<string, unknown>>().notNull(),
    /** Which shape of the template's props `props` holds (lib/email/jobs.ts migrates old ones). */
    payloadVersion: integer('payload_version').notNull().default(1),
    /** The recipient's language: the one they signed in, or a coordinator's chosen one. */
    locale: text('locale').notNull().default('en'),
    /** Stays the same across retries so the provider never sends a message twice. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    status: outboxStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    lockedUntil: ts('locked_until'),
    lastError: text('last_error'),
    providerId: text('provider_id'),
    /**
     * Set when a batch request failed in a way that may have reached the provider: the message
     * is then retried only inside that same batch, under the same batch Idempotency-Key.
     */
    batchKey: text('batch_key'),
    subject: text('subject'),
    html: text('html'),
    text: text('text'),
    createdAt: createdAt(),
    sentAt: ts('sent_at'),
  },
  (t) => [
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_campaign_idx').on(t.campaignId, t.status),
    index('outbox_batch_idx').on(t.batchKey),
  ],
);

export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: ts('window_start').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
