/**
 * Who may use each page, route handler and server action of the app. The matrix test
 * (authorization-matrix.test.ts) enumerates app/ from the file system and fails on any route
 * or action missing here, so a new one cannot ship without deciding who may use it.
 *
 * Access levels:
 * - public: anyone; shows published data only.
 * - signer-token: the private link is the credential; without it, not found.
 * - coordinator: any signed-in coordinator, scoped to their own campaigns.
 * - editor / owner: a coordinator with at least that role on the campaign in the URL or form;
 *   anonymous callers are sent to sign in, coordinators of other campaigns get not found.
 * - auth: Auth.js's own endpoints.
 * - development: the development mailbox, only when email goes to the mailbox (no Resend key).
 *
 * `checks` names the test files that exercise the refusals (anonymous, no or wrong token,
 * coordinator of another campaign, editor where owner is needed) and the symbol each checks;
 * the matrix test verifies that those files do mention it. The HTTP-level checks over every
 * entry run in tests/e2e/authorization.spec.ts.
 */
export type Access = 'public' | 'signer-token' | 'coordinator' | 'editor' | 'owner' | 'auth' | 'development';
export type Check = { file: string; mentions: string };
export type RouteEntry = { access: Access; checks: Check[]; note?: string };
export type ActionEntry = { access: Access; command: string; checks: Check[] };

const commands = 'tests/integration/coordinator-commands.test.ts';
const signOn = 'tests/integration/sign-on.test.ts';
const e2e = 'tests/e2e/authorization.spec.ts';
const outreach = 'tests/e2e/outreach.spec.ts';
const invitations = 'tests/e2e/invitations.spec.ts';
const invitationCommands = 'tests/integration/outreach-invitations.test.ts';
const languages = 'tests/e2e/languages.spec.ts';
const languageCommands = 'tests/integration/languages.test.ts';

/** A route whose refusals one test file checks by mentioning its path (or another marker). */
const seenIn = (access: Access, file: string, mentions: string, note?: string): RouteEntry => ({ access, checks: [{ file, mentions }], ...(note && { note }) });
/** An action whose refusals one test file checks, by naming the command or, given `mentions`, a narrower call. */
const checkedIn = (access: Access, command: string, file: string, mentions = command): ActionEntry => ({ access, command, checks: [{ file, mentions }] });
/** A route with nothing to refuse: static, or chrome that reads no data, as `note` says. */
const nothingToCheck = (access: Access, note: string): RouteEntry => ({ access, checks: [], note });

/** Pages, layouts and route handlers, by path under app/. */
export const routes: Record<string, RouteEntry> = {
  'app/page.tsx': seenIn('public', e2e, "'/'"),
  'app/layout.tsx': nothingToCheck('public', 'chrome only, reads no data'),
  'app/not-found.tsx': nothingToCheck('public', 'static'),
  'app/letters/page.tsx': seenIn('public', e2e, "'/letters'"),
  'app/letters/[slug]/page.tsx': seenIn('public', e2e, '/letters/${draft}'),
  'app/letters/[slug]/check-email/page.tsx': seenIn('public', e2e, '/check-email'),
  'app/letters/[slug]/print/page.tsx': seenIn('public', e2e, '/print'),
  'app/letters/[slug]/as-individual/page.tsx': seenIn('public', 'tests/e2e/sign-on.spec.ts', 'kind=individual', 'the letter page with the form opened for individuals (proxy.ts rewrites ?kind=individual here)'),
  'app/letters/[slug]/signatories/search/page.tsx': seenIn('public', 'tests/e2e/lists.spec.ts', 'Search names', 'further pages and searches of the public list (proxy.ts rewrites any query here)'),
  'app/letters/[slug]/my-link/page.tsx': seenIn('public', 'tests/e2e/sign-on.spec.ts', 'Email me my link', 'same answer for every address'),
  'app/letters/[slug]/my-link/sent/page.tsx': seenIn('public', 'tests/e2e/sign-on.spec.ts', '/my-link', 'same answer for every address'),
  'app/sign-in/layout.tsx': nothingToCheck('public', 'renders per request, reads nothing'),
  'app/signed/layout.tsx': nothingToCheck('public', 'renders per request, reads nothing'),
  'app/verify/layout.tsx': nothingToCheck('public', 'renders per request, reads nothing'),
  'app/dev/layout.tsx': nothingToCheck('development', 'renders per request, reads nothing'),
  'app/letters/[slug]/signatories/page.tsx': seenIn('public', e2e, '/signatories'),
  'app/letters/[slug]/versions/page.tsx': seenIn('public', e2e, '/versions'),
  'app/letters/[slug]/export.csv/route.ts': seenIn('public', e2e, '/export.csv'),
  'app/letters/[slug]/export.json/route.ts': seenIn('public', e2e, '/export.json'),
  'app/letters/[slug]/export.txt/route.ts': seenIn('public', e2e, '/export.txt'),
  'app/letters/[slug]/sign/route.ts': seenIn('public', signOn, 'postSignOn'),
  'app/letters/[slug]/og.png/route.tsx': seenIn('public', outreach, '/og.png', 'social card: title, state and summary only'),
  'app/letters/[slug]/badge.svg/route.ts': seenIn('public', outreach, '/badge.svg', 'count badge: the summary count only'),
  'app/letters/[slug]/embed/page.tsx': seenIn('public', outreach, '/embed', 'the only page other sites may frame (docs/decisions/0008)'),
  'app/letters/[slug]/embed/as-individual/page.tsx': seenIn('public', outreach, 'kind=individual', 'the embeddable page with the form opened for individuals (proxy.ts rewrites ?kind=individual here)'),
  'app/letters/[slug]/embed/check-email/page.tsx': seenIn('public', outreach, '/embed/check-email', 'same answer for every address'),
  'app/letters/[slug]/embed/origins.json/route.ts': seenIn('public', outreach, '/embed/origins.json', 'which sites may frame the embeddable page; read by proxy.ts'),
  'app/api/v1/campaigns/[slug]/route.ts': seenIn('public', e2e, '/api/v1/campaigns/${draft}'),
  'app/api/v1/campaigns/[slug]/signatories/route.ts': seenIn('public', e2e, '/signatories?'),
  'app/api/v1/campaigns/[slug]/signatories.csv/route.ts': seenIn('public', e2e, '/signatories.csv'),
  // The letter in another language than its original (route group app/(translated)/, its own root layout for <html lang>).
  'app/letters/[slug]/layout.tsx': nothingToCheck('public', 'chrome only: the language of the published letter, English otherwise'),
  'app/letters/[slug]/not-found.tsx': nothingToCheck('public', 'static'),
  'app/letters/[slug]/[locale]/layout.tsx': nothingToCheck('public', 'chrome only: the language comes from the address'),
  'app/letters/[slug]/[locale]/not-found.tsx': nothingToCheck('public', 'static'),
  'app/letters/[slug]/[locale]/page.tsx': seenIn('public', languages, '/letters/${slug}/fr', 'published letters only; 404 for a language the letter lacks'),
  'app/letters/[slug]/[locale]/as-individual/page.tsx': seenIn('public', languages, 'kind=individual'),
  'app/letters/[slug]/[locale]/check-email/page.tsx': seenIn('public', languages, '/check-email', 'same answer for every address'),
  'app/letters/[slug]/[locale]/my-link/page.tsx': seenIn('public', languages, '/my-link', 'same answer for every address'),
  'app/letters/[slug]/[locale]/my-link/sent/page.tsx': seenIn('public', languages, '/my-link', 'same answer for every address'),
  'app/letters/[slug]/[locale]/signatories/page.tsx': seenIn('public', languages, '/signatories', 'the same list as the original'),
  'app/letters/[slug]/[locale]/signatories/search/page.tsx': seenIn('public', languages, '/signatories', 'further pages and searches (proxy.ts rewrites any query here)'),
  'app/letters/[slug]/[locale]/print/page.tsx': seenIn('public', languages, '/print', 'final list only, like the original'),
  'app/letters/[slug]/[locale]/export.txt/route.ts': seenIn('public', languages, '/export.txt', 'final list only (or the campaign’s coordinators), like the original'),
  'app/letters/[slug]/[locale]/embed/page.tsx': seenIn('public', outreach, '/fr/embed', 'the embeddable page in a translation; framed under the same rule as the original'),
  'app/letters/[slug]/[locale]/embed/as-individual/page.tsx': seenIn('public', outreach, 'kind=individual'),
  'app/letters/[slug]/[locale]/embed/check-email/page.tsx': seenIn('public', outreach, '/fr/embed/check-email', 'same answer for every address'),
  'app/dashboard/campaigns/[id]/letter/translations/page.tsx': seenIn('editor', e2e, "'/dashboard'", 'requireCampaignPage: members only, 404 for others'),
  'app/verify/[token]/page.tsx': { access: 'signer-token', checks: [{ file: e2e, mentions: '/verify/' }, { file: signOn, mentions: 'getVerifyLinkState' }] },
  'app/verify/[token]/not-found.tsx': nothingToCheck('public', 'static'),
  'app/signed/[token]/page.tsx': { access: 'signer-token', checks: [{ file: e2e, mentions: '/signed/' }, { file: signOn, mentions: 'getSignerStatus' }] },
  'app/signed/[token]/withdraw/page.tsx': seenIn('signer-token', e2e, '/withdraw'),
  'app/signed/[token]/not-found.tsx': nothingToCheck('public', 'static'),
  'app/sign-in/page.tsx': seenIn('public', e2e, "'/sign-in'"),
  'app/sign-in/check-email/page.tsx': seenIn('public', e2e, '/sign-in/check-email'),
  'app/sign-in/confirm/page.tsx': seenIn('public', e2e, '/sign-in/confirm', 'shows a button; the token is spent only by Auth.js'),
  'app/api/auth/[...nextauth]/route.ts': seenIn('auth', 'tests/integration/coordinator-auth.test.ts', 'requestSignInLink'),
  'app/dashboard/layout.tsx': seenIn('coordinator', e2e, "'/dashboard'"),
  'app/dashboard/page.tsx': seenIn('coordinator', e2e, "'/dashboard'"),
  'app/dashboard/campaigns/new/page.tsx': seenIn('coordinator', e2e, '/dashboard/campaigns/new'),
  'app/dashboard/campaigns/[id]/layout.tsx': seenIn('editor', e2e, 'campaignPages'),
  'app/dashboard/campaigns/[id]/page.tsx': seenIn('editor', e2e, 'campaignPages'),
  'app/dashboard/campaigns/[id]/activity/page.tsx': seenIn('editor', e2e, "'activity'"),
  'app/dashboard/campaigns/[id]/coordinators/page.tsx': seenIn('editor', e2e, "'coordinators'"),
  'app/dashboard/campaigns/[id]/letter/page.tsx': seenIn('editor', e2e, "'letter'"),
  'app/dashboard/campaigns/[id]/preview/page.tsx': seenIn('editor', e2e, "'preview'"),
  'app/dashboard/campaigns/[id]/settings/page.tsx': seenIn('editor', e2e, "'settings'"),
  'app/dashboard/campaigns/[id]/print/page.tsx': seenIn('editor', e2e, "'print'", 'the letter with its live list, before the lock'),
  'app/dashboard/campaigns/[id]/versions/page.tsx': seenIn('editor', e2e, "'versions'"),
  'app/dashboard/campaigns/[id]/review/page.tsx': { access: 'editor', checks: [{ file: 'tests/e2e/moderation.spec.ts', mentions: '/review' }, { file: 'tests/integration/moderation.test.ts', mentions: 'getQueuePage(b.id, editorOfA.id' }] },
  'app/dashboard/campaigns/[id]/review/export.csv/route.ts': { access: 'editor', checks: [{ file: 'tests/integration/review-queue.test.ts', mentions: 'reviewQueueCsv(campaign.id, outsider.id' }, { file: 'tests/e2e/coordinator-day.spec.ts', mentions: '/review/export.csv' }] },
  'app/dashboard/campaigns/[id]/review/[signOnId]/edit/page.tsx': seenIn('editor', 'tests/integration/moderation.test.ts', 'editSignOn'),
  'app/dashboard/campaigns/[id]/import/page.tsx': { access: 'editor', checks: [{ file: 'tests/e2e/import.spec.ts', mentions: '/import' }, { file: 'tests/integration/import-preview.test.ts', mentions: 'previewImportRows' }] },
  'app/dashboard/campaigns/[id]/lock/page.tsx': seenIn('owner', 'tests/e2e/lock.spec.ts', '/lock'),
  'app/dashboard/campaigns/[id]/deliver/page.tsx': seenIn('owner', 'tests/e2e/lock.spec.ts', 'Public link (optional)'),
  'app/dashboard/campaigns/[id]/delete/page.tsx': { access: 'owner', checks: [{ file: 'tests/e2e/lock.spec.ts', mentions: '/delete' }, { file: 'tests/integration/campaign-delete.test.ts', mentions: 'deleteCampaign' }] },
  'app/dashboard/campaigns/[id]/erase/page.tsx': { access: 'owner', checks: [{ file: 'tests/e2e/security-attacks.spec.ts', mentions: 'Erase private data' }, { file: 'tests/integration/retention.test.ts', mentions: 'erasePrivateData' }] },
  'app/dashboard/settings/page.tsx': seenIn('coordinator', 'tests/integration/coordinator-settings.test.ts', 'setDigestPreference', "the signed-in coordinator's own settings only"),
  'app/verify/[token]/confirm/route.ts': seenIn('signer-token', signOn, 'verifySignOn', 'the same single-use spend as the page button, for non-browser clients'),
  'app/dev/mailbox/page.tsx': seenIn('development', 'tests/e2e/mailbox.spec.ts', '/dev/mailbox'),
  'app/dev/mailbox/[id]/page.tsx': seenIn('development', 'tests/e2e/mailbox.spec.ts', '/dev/mailbox'),
  'app/dev/mailbox/[id]/html/route.ts': seenIn('development', 'tests/e2e/mailbox.spec.ts', '/dev/mailbox'),
  'app/dev/mailbox.json/route.ts': seenIn('development', 'tests/e2e/mailbox.spec.ts', 'mailbox.json'),
  'app/dashboard/campaigns/[id]/outreach/page.tsx': { access: 'editor', checks: [{ file: e2e, mentions: "'outreach'" }, { file: invitationCommands, mentions: 'getOutreach(campaign.id, outsider.id)' }] },
  'app/letters/[slug]/invited/[token]/page.tsx': { access: 'signer-token', checks: [{ file: e2e, mentions: '/invited/${unknownToken}' }, { file: invitations, mentions: '/invited/' }, { file: invitationCommands, mentions: 'getInvitation' }], note: 'an invited organization’s pre-filled form: renders per request, never cached (proxy.ts)' },
  'app/outreach/layout.tsx': nothingToCheck('public', 'renders per request, reads nothing'),
  'app/outreach/opt-out/[token]/page.tsx': { access: 'signer-token', checks: [{ file: e2e, mentions: '/outreach/opt-out/${unknownToken}' }, { file: invitations, mentions: '/outreach/opt-out/' }], note: 'opening the link changes nothing; the button does' },
};

/** Server actions, by file and exported name: each is a public POST endpoint. */
export const actions: Record<string, Record<string, ActionEntry>> = {
  'app/letters/[slug]/actions.ts': {
    signOnAction: { access: 'public', command: 'submitSignOnForm', checks: [{ file: signOn, mentions: 'submitSignOnForm' }, { file: e2e, mentions: 'foreign Origin' }] },
    newLinkAction: checkedIn('public', 'requestNewVerificationLink', signOn),
    statusLinkAction: checkedIn('public', 'requestStatusLink', signOn),
  },
  'app/letters/[slug]/embed/actions.ts': {
    signOnEmbedAction: { access: 'public', command: 'submitSignOnForm', checks: [{ file: signOn, mentions: 'submitSignOnForm' }, { file: outreach, mentions: 'frameLocator' }] },
  },
  'app/dashboard/campaigns/[id]/settings/actions.ts': {
    updateEmbedOriginsAction: checkedIn('editor', 'setEmbedOrigins', 'tests/integration/embed-origins.test.ts'),
  },
  'app/dashboard/settings/language-actions.ts': {
    saveEmailLanguageAction: checkedIn('coordinator', 'setCoordinatorLocale', languageCommands),
  },
  'app/dashboard/campaigns/[id]/lifecycle-actions.ts': {
    transitionWithTranslationsAction: checkedIn('editor', 'transitionCampaign', languageCommands, 'requirePublishConfirmation(campaign.id, { id: stranger.id }'),
  },
  'app/dashboard/campaigns/[id]/letter/translations/actions.ts': {
    saveTranslationAction: checkedIn('editor', 'saveTranslation', languageCommands, 'saveTranslation(input, { id: stranger.id })'),
  },
  'app/verify/[token]/actions.ts': {
    confirmSignOnAction: checkedIn('signer-token', 'verifySignOn', 'tests/security/bad-input.test.ts', 'verifySignOn(value)'),
  },
  'app/signed/[token]/actions.ts': {
    editSignOnAction: checkedIn('signer-token', 'editSignOn', 'tests/security/bad-input.test.ts', 'editSignOn(value'),
    withdrawSignOnAction: checkedIn('signer-token', 'withdrawSignOn', 'tests/security/bad-input.test.ts', 'withdrawSignOn(value)'),
  },
  'app/sign-in/actions.ts': {
    requestSignInAction: checkedIn('public', 'requestSignInLink', 'tests/integration/coordinator-auth.test.ts'),
  },
  'app/dashboard/actions.ts': {
    createCampaignAction: checkedIn('coordinator', 'createCampaign', commands),
    transitionCampaignAction: checkedIn('editor', 'transitionCampaign', commands, 'openCampaign'),
    saveLetterAction: checkedIn('editor', 'saveLetter', commands),
    updateSettingsAction: checkedIn('editor', 'updateCampaignSettings', commands),
    inviteCoordinatorAction: checkedIn('owner', 'inviteCoordinator', commands),
    changeRoleAction: checkedIn('owner', 'changeCoordinatorRole', commands),
    removeCoordinatorAction: checkedIn('owner', 'removeCoordinator', commands),
    lockCampaignAction: checkedIn('owner', 'lockCampaign', 'tests/integration/lists.test.ts'),
    recordDeliveryAction: checkedIn('owner', 'recordDelivery', 'tests/integration/lists.test.ts'),
    deleteCampaignAction: checkedIn('owner', 'deleteCampaign', 'tests/integration/campaign-delete.test.ts'),
    erasePrivateDataAction: checkedIn('owner', 'erasePrivateData', 'tests/integration/retention.test.ts'),
    saveDigestPreferenceAction: checkedIn('coordinator', 'setDigestPreference', 'tests/integration/coordinator-settings.test.ts'),
    signOutAction: { access: 'coordinator', command: 'signOut', checks: [] },
  },
  'app/dashboard/campaigns/[id]/review/actions.ts': {
    decideAction: checkedIn('editor', 'decideSignOn', 'tests/integration/moderation.test.ts'),
    bulkDecideAction: checkedIn('editor', 'bulkDecide', 'tests/integration/moderation.test.ts'),
    mergeAction: checkedIn('editor', 'mergeSignOns', 'tests/integration/moderation.test.ts'),
    editAction: checkedIn('editor', 'editSignOn', 'tests/integration/moderation.test.ts'),
    setConvenerAction: checkedIn('editor', 'setConvener', 'tests/integration/list-order.test.ts', 'setConvener({ signOnId: row!.id, convener: true }, outsider.id)'),
  },
  'app/dashboard/campaigns/[id]/import/actions.ts': {
    importStepAction: checkedIn('editor', 'importEntries', 'tests/integration/import-preview.test.ts'),
    undoImportAction: checkedIn('editor', 'undoImport', 'tests/integration/import.test.ts'),
  },
  'app/dashboard/campaigns/[id]/email-actions.ts': {
    retryMessageAction: checkedIn('editor', 'retryMessage', 'tests/integration/email-outbox.test.ts', 'retryMessage(row!.id, outsider.id)'),
  },
  'app/dashboard/campaigns/[id]/outreach/actions.ts': {
    previewTargetsAction: checkedIn('editor', 'previewTargets', invitationCommands, 'previewTargets('),
    addTargetsAction: checkedIn('editor', 'addTargets', invitationCommands, 'addTargets('),
    inviteTargetsAction: checkedIn('editor', 'inviteTargets', invitationCommands, 'inviteTargets({ campaignId: campaign.id }, outsider)'),
    remindTargetsAction: checkedIn('editor', 'remindTargets', invitationCommands, 'remindTargets('),
    scheduleRemindersAction: checkedIn('editor', 'scheduleReminders', invitationCommands, 'scheduleReminders('),
    confirmMatchAction: checkedIn('editor', 'confirmMatch', invitationCommands, 'confirmMatch('),
  },
  'app/outreach/opt-out/[token]/actions.ts': {
    optOutAction: { access: 'signer-token', command: 'optOut', checks: [{ file: invitationCommands, mentions: 'optOut(' }, { file: invitations, mentions: 'Stop invitations' }] },
  },
};
