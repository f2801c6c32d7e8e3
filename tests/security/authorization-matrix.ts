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

/** Pages, layouts and route handlers, by path under app/. */
export const routes: Record<string, RouteEntry> = {
  'app/page.tsx': { access: 'public', checks: [{ file: e2e, mentions: "'/'" }] },
  'app/layout.tsx': { access: 'public', checks: [] , note: 'chrome only, reads no data' },
  'app/not-found.tsx': { access: 'public', checks: [], note: 'static' },
  'app/letters/page.tsx': { access: 'public', checks: [{ file: e2e, mentions: "'/letters'" }] },
  'app/letters/[slug]/page.tsx': { access: 'public', checks: [{ file: e2e, mentions: '/letters/${draft}' }] },
  'app/letters/[slug]/check-email/page.tsx': { access: 'public', checks: [{ file: e2e, mentions: '/check-email' }] },
  'app/letters/[slug]/print/page.tsx': { access: 'public', checks: [{ file: e2e, mentions: '/print' }] },
  'app/letters/[slug]/as-individual/page.tsx': { access: 'public', checks: [{ file: 'tests/e2e/sign-on.spec.ts', mentions: 'kind=individual' }], note: 'the letter page with the form opened for individuals (proxy.ts rewrites ?kind=individual here)' },
  'app/letters/[slug]/signatories/search/page.tsx': { access: 'public', checks: [{ file: 'tests/e2e/lists.spec.ts', mentions: 'Search names' }], note: 'further pages and searches of the public list (proxy.ts rewrites any query here)' },
  'app/letters/[slug]/my-link/page.tsx': { access: 'public', checks: [{ file: 'tests/e2e/sign-on.spec.ts', mentions: 'Email me my link' }], note: 'same answer for every address' },
  'app/letters/[slug]/my-link/sent/page.tsx': { access: 'public', checks: [{ file: 'tests/e2e/sign-on.spec.ts', mentions: '/my-link' }], note: 'same answer for every address' },
  'app/sign-in/layout.tsx': { access: 'public', checks: [], note: 'renders per request, reads nothing' },
  'app/signed/layout.tsx': { access: 'public', checks: [], note: 'renders per request, reads nothing' },
  'app/verify/layout.tsx': { access: 'public', checks: [], note: 'renders per request, reads nothing' },
  'app/dev/layout.tsx': { access: 'development', checks: [], note: 'renders per request, reads nothing' },
  'app/letters/[slug]/signatories/page.tsx': { access: 'public', checks: [{ file: e2e, mentions: '/signatories' }] },
  'app/letters/[slug]/versions/page.tsx': { access: 'public', checks: [{ file: e2e, mentions: '/versions' }] },
  'app/letters/[slug]/export.csv/route.ts': { access: 'public', checks: [{ file: e2e, mentions: '/export.csv' }] },
  'app/letters/[slug]/export.json/route.ts': { access: 'public', checks: [{ file: e2e, mentions: '/export.json' }] },
  'app/letters/[slug]/export.txt/route.ts': { access: 'public', checks: [{ file: e2e, mentions: '/export.txt' }] },
  // The letter in another language than its original (route group app/(translated)/, its own root layout for <html lang>).
  'app/letters/[slug]/[locale]/layout.tsx': { access: 'public', checks: [], note: 'chrome only: the language comes from the address' },
  'app/letters/[slug]/[locale]/not-found.tsx': { access: 'public', checks: [], note: 'static' },
  'app/letters/[slug]/[locale]/page.tsx': { access: 'public', checks: [{ file: 'tests/e2e/languages.spec.ts', mentions: '/letters/${slug}/fr' }], note: 'published letters only; 404 for a language the letter lacks' },
  'app/letters/[slug]/[locale]/as-individual/page.tsx': { access: 'public', checks: [{ file: 'tests/e2e/languages.spec.ts', mentions: 'kind=individual' }] },
  'app/letters/[slug]/[locale]/check-email/page.tsx': { access: 'public', checks: [{ file: 'tests/e2e/languages.spec.ts', mentions: '/check-email' }], note: 'same answer for every address' },
  'app/letters/[slug]/[locale]/my-link/page.tsx': { access: 'public', checks: [{ file: 'tests/e2e/languages.spec.ts', mentions: '/my-link' }], note: 'same answer for every address' },
  'app/letters/[slug]/[locale]/my-link/sent/page.tsx': { access: 'public', checks: [{ file: 'tests/e2e/languages.spec.ts', mentions: '/my-link' }], note: 'same answer for every address' },
  'app/letters/[slug]/[locale]/signatories/page.tsx': { access: 'public', checks: [{ file: 'tests/e2e/languages.spec.ts', mentions: '/signatories' }], note: 'the same list as the original' },
  'app/letters/[slug]/[locale]/signatories/search/page.tsx': { access: 'public', checks: [{ file: 'tests/e2e/languages.spec.ts', mentions: '/signatories' }], note: 'further pages and searches (proxy.ts rewrites any query here)' },
  'app/letters/[slug]/[locale]/print/page.tsx': { access: 'public', checks: [{ file: 'tests/e2e/languages.spec.ts', mentions: '/print' }], note: 'final list only, like the original' },
  'app/letters/[slug]/[locale]/export.txt/route.ts': { access: 'public', checks: [{ file: 'tests/e2e/languages.spec.ts', mentions: '/export.txt' }], note: 'final list only (or the campaign’s coordinators), like the original' },
  'app/dashboard/campaigns/[id]/letter/translations/page.tsx': { access: 'editor', checks: [{ file: e2e, mentions: "'/dashboard'" }], note: 'requireCampaignPage: members only, 404 for others' },
  'app/letters/[slug]/sign/route.ts': { access: 'public', checks: [{ file: signOn, mentions: 'postSignOn' }] },
  'app/api/v1/campaigns/[slug]/route.ts': { access: 'public', checks: [{ file: e2e, mentions: '/api/v1/campaigns/${draft}' }] },
  'app/api/v1/campaigns/[slug]/signatories/route.ts': { access: 'public', checks: [{ file: e2e, mentions: '/signatories?' }] },
  'app/api/v1/campaigns/[slug]/signatories.csv/route.ts': { access: 'public', checks: [{ file: e2e, mentions: '/signatories.csv' }] },
  'app/verify/[token]/page.tsx': { access: 'signer-token', checks: [{ file: e2e, mentions: '/verify/' }, { file: signOn, mentions: 'getVerifyLinkState' }] },
  'app/verify/[token]/not-found.tsx': { access: 'public', checks: [], note: 'static' },
  'app/signed/[token]/page.tsx': { access: 'signer-token', checks: [{ file: e2e, mentions: '/signed/' }, { file: signOn, mentions: 'getSignerStatus' }] },
  'app/signed/[token]/withdraw/page.tsx': { access: 'signer-token', checks: [{ file: e2e, mentions: '/withdraw' }] },
  'app/signed/[token]/not-found.tsx': { access: 'public', checks: [], note: 'static' },
  'app/sign-in/page.tsx': { access: 'public', checks: [{ file: e2e, mentions: "'/sign-in'" }] },
  'app/sign-in/check-email/page.tsx': { access: 'public', checks: [{ file: e2e, mentions: '/sign-in/check-email' }] },
  'app/sign-in/confirm/page.tsx': { access: 'public', checks: [{ file: e2e, mentions: '/sign-in/confirm' }], note: 'shows a button; the token is spent only by Auth.js' },
  'app/api/auth/[...nextauth]/route.ts': { access: 'auth', checks: [{ file: 'tests/integration/coordinator-auth.test.ts', mentions: 'requestSignInLink' }] },
  'app/dashboard/layout.tsx': { access: 'coordinator', checks: [{ file: e2e, mentions: "'/dashboard'" }] },
  'app/dashboard/page.tsx': { access: 'coordinator', checks: [{ file: e2e, mentions: "'/dashboard'" }] },
  'app/dashboard/campaigns/new/page.tsx': { access: 'coordinator', checks: [{ file: e2e, mentions: '/dashboard/campaigns/new' }] },
  'app/dashboard/campaigns/[id]/layout.tsx': { access: 'editor', checks: [{ file: e2e, mentions: 'campaignPages' }] },
  'app/dashboard/campaigns/[id]/page.tsx': { access: 'editor', checks: [{ file: e2e, mentions: 'campaignPages' }] },
  'app/dashboard/campaigns/[id]/activity/page.tsx': { access: 'editor', checks: [{ file: e2e, mentions: "'activity'" }] },
  'app/dashboard/campaigns/[id]/coordinators/page.tsx': { access: 'editor', checks: [{ file: e2e, mentions: "'coordinators'" }] },
  'app/dashboard/campaigns/[id]/letter/page.tsx': { access: 'editor', checks: [{ file: e2e, mentions: "'letter'" }] },
  'app/dashboard/campaigns/[id]/preview/page.tsx': { access: 'editor', checks: [{ file: e2e, mentions: "'preview'" }] },
  'app/dashboard/campaigns/[id]/settings/page.tsx': { access: 'editor', checks: [{ file: e2e, mentions: "'settings'" }] },
  'app/dashboard/campaigns/[id]/print/page.tsx': { access: 'editor', checks: [{ file: e2e, mentions: "'print'" }], note: 'the letter with its live list, before the lock' },
  'app/dashboard/campaigns/[id]/versions/page.tsx': { access: 'editor', checks: [{ file: e2e, mentions: "'versions'" }] },
  'app/dashboard/campaigns/[id]/review/page.tsx': { access: 'editor', checks: [{ file: 'tests/e2e/moderation.spec.ts', mentions: '/review' }, { file: 'tests/integration/moderation.test.ts', mentions: 'getQueuePage(b.id, editorOfA.id' }] },
  'app/dashboard/campaigns/[id]/review/export.csv/route.ts': { access: 'editor', checks: [{ file: 'tests/integration/review-queue.test.ts', mentions: 'reviewQueueCsv(campaign.id, outsider.id' }, { file: 'tests/e2e/coordinator-day.spec.ts', mentions: '/review/export.csv' }] },
  'app/dashboard/campaigns/[id]/review/[signOnId]/edit/page.tsx': { access: 'editor', checks: [{ file: 'tests/integration/moderation.test.ts', mentions: 'editSignOn' }] },
  'app/dashboard/campaigns/[id]/import/page.tsx': { access: 'editor', checks: [{ file: 'tests/e2e/import.spec.ts', mentions: '/import' }, { file: 'tests/integration/import-preview.test.ts', mentions: 'previewImportRows' }] },
  'app/dashboard/campaigns/[id]/lock/page.tsx': { access: 'owner', checks: [{ file: 'tests/e2e/lock.spec.ts', mentions: '/lock' }] },
  'app/dashboard/campaigns/[id]/deliver/page.tsx': { access: 'owner', checks: [{ file: 'tests/e2e/lock.spec.ts', mentions: 'Public link (optional)' }] },
  'app/dashboard/campaigns/[id]/delete/page.tsx': { access: 'owner', checks: [{ file: 'tests/e2e/lock.spec.ts', mentions: '/delete' }, { file: 'tests/integration/campaign-delete.test.ts', mentions: 'deleteCampaign' }] },
  'app/dashboard/campaigns/[id]/erase/page.tsx': { access: 'owner', checks: [{ file: 'tests/e2e/security-attacks.spec.ts', mentions: 'Erase private data' }, { file: 'tests/integration/retention.test.ts', mentions: 'erasePrivateData' }] },
  'app/dashboard/settings/page.tsx': { access: 'coordinator', checks: [{ file: 'tests/integration/coordinator-settings.test.ts', mentions: 'setDigestPreference' }], note: "the signed-in coordinator's own settings only" },
  'app/verify/[token]/confirm/route.ts': { access: 'signer-token', checks: [{ file: signOn, mentions: 'verifySignOn' }], note: 'the same single-use spend as the page button, for non-browser clients' },
  'app/dev/mailbox/page.tsx': { access: 'development', checks: [{ file: 'tests/e2e/mailbox.spec.ts', mentions: '/dev/mailbox' }] },
  'app/dev/mailbox/[id]/page.tsx': { access: 'development', checks: [{ file: 'tests/e2e/mailbox.spec.ts', mentions: '/dev/mailbox' }] },
  'app/dev/mailbox/[id]/html/route.ts': { access: 'development', checks: [{ file: 'tests/e2e/mailbox.spec.ts', mentions: '/dev/mailbox' }] },
  'app/dev/mailbox.json/route.ts': { access: 'development', checks: [{ file: 'tests/e2e/mailbox.spec.ts', mentions: 'mailbox.json' }] },
};

/** Server actions, by file and exported name: each is a public POST endpoint. */
export const actions: Record<string, Record<string, ActionEntry>> = {
  'app/letters/[slug]/actions.ts': {
    signOnAction: { access: 'public', command: 'submitSignOnForm', checks: [{ file: signOn, mentions: 'submitSignOnForm' }, { file: e2e, mentions: 'foreign Origin' }] },
    newLinkAction: { access: 'public', command: 'requestNewVerificationLink', checks: [{ file: signOn, mentions: 'requestNewVerificationLink' }] },
    statusLinkAction: { access: 'public', command: 'requestStatusLink', checks: [{ file: signOn, mentions: 'requestStatusLink' }] },
  },
  'app/dashboard/settings/language-actions.ts': {
    saveEmailLanguageAction: { access: 'coordinator', command: 'setCoordinatorLocale', checks: [{ file: 'tests/integration/languages.test.ts', mentions: 'setCoordinatorLocale' }] },
  },
  'app/dashboard/campaigns/[id]/lifecycle-actions.ts': {
    transitionWithTranslationsAction: { access: 'editor', command: 'transitionCampaign', checks: [{ file: 'tests/integration/languages.test.ts', mentions: 'requirePublishConfirmation(campaign.id, { id: stranger.id }' }] },
  },
  'app/dashboard/campaigns/[id]/letter/translations/actions.ts': {
    saveTranslationAction: { access: 'editor', command: 'saveTranslation', checks: [{ file: 'tests/integration/languages.test.ts', mentions: 'saveTranslation(input, { id: stranger.id })' }] },
  },
  'app/verify/[token]/actions.ts': {
    confirmSignOnAction: { access: 'signer-token', command: 'verifySignOn', checks: [{ file: 'tests/security/bad-input.test.ts', mentions: 'verifySignOn(value)' }] },
  },
  'app/signed/[token]/actions.ts': {
    editSignOnAction: { access: 'signer-token', command: 'editSignOn', checks: [{ file: 'tests/security/bad-input.test.ts', mentions: 'editSignOn(value' }] },
    withdrawSignOnAction: { access: 'signer-token', command: 'withdrawSignOn', checks: [{ file: 'tests/security/bad-input.test.ts', mentions: 'withdrawSignOn(value)' }] },
  },
  'app/sign-in/actions.ts': {
    requestSignInAction: { access: 'public', command: 'requestSignInLink', checks: [{ file: 'tests/integration/coordinator-auth.test.ts', mentions: 'requestSignInLink' }] },
  },
  'app/dashboard/actions.ts': {
    createCampaignAction: { access: 'coordinator', command: 'createCampaign', checks: [{ file: commands, mentions: 'createCampaign' }] },
    transitionCampaignAction: { access: 'editor', command: 'transitionCampaign', checks: [{ file: commands, mentions: 'openCampaign' }] },
    saveLetterAction: { access: 'editor', command: 'saveLetter', checks: [{ file: commands, mentions: 'saveLetter' }] },
    updateSettingsAction: { access: 'editor', command: 'updateCampaignSettings', checks: [{ file: commands, mentions: 'updateCampaignSettings' }] },
    inviteCoordinatorAction: { access: 'owner', command: 'inviteCoordinator', checks: [{ file: commands, mentions: 'inviteCoordinator' }] },
    changeRoleAction: { access: 'owner', command: 'changeCoordinatorRole', checks: [{ file: commands, mentions: 'changeCoordinatorRole' }] },
    removeCoordinatorAction: { access: 'owner', command: 'removeCoordinator', checks: [{ file: commands, mentions: 'removeCoordinator' }] },
    lockCampaignAction: { access: 'owner', command: 'lockCampaign', checks: [{ file: 'tests/integration/lists.test.ts', mentions: 'lockCampaign' }] },
    recordDeliveryAction: { access: 'owner', command: 'recordDelivery', checks: [{ file: 'tests/integration/lists.test.ts', mentions: 'recordDelivery' }] },
    deleteCampaignAction: { access: 'owner', command: 'deleteCampaign', checks: [{ file: 'tests/integration/campaign-delete.test.ts', mentions: 'deleteCampaign' }] },
    erasePrivateDataAction: { access: 'owner', command: 'erasePrivateData', checks: [{ file: 'tests/integration/retention.test.ts', mentions: 'erasePrivateData' }] },
    saveDigestPreferenceAction: { access: 'coordinator', command: 'setDigestPreference', checks: [{ file: 'tests/integration/coordinator-settings.test.ts', mentions: 'setDigestPreference' }] },
    signOutAction: { access: 'coordinator', command: 'signOut', checks: [] },
  },
  'app/dashboard/campaigns/[id]/review/actions.ts': {
    decideAction: { access: 'editor', command: 'decideSignOn', checks: [{ file: 'tests/integration/moderation.test.ts', mentions: 'decideSignOn' }] },
    bulkDecideAction: { access: 'editor', command: 'bulkDecide', checks: [{ file: 'tests/integration/moderation.test.ts', mentions: 'bulkDecide' }] },
    mergeAction: { access: 'editor', command: 'mergeSignOns', checks: [{ file: 'tests/integration/moderation.test.ts', mentions: 'mergeSignOns' }] },
    editAction: { access: 'editor', command: 'editSignOn', checks: [{ file: 'tests/integration/moderation.test.ts', mentions: 'editSignOn' }] },
    setConvenerAction: { access: 'editor', command: 'setConvener', checks: [{ file: 'tests/integration/list-order.test.ts', mentions: 'setConvener({ signOnId: row!.id, convener: true }, outsider.id)' }] },
  },
  'app/dashboard/campaigns/[id]/import/actions.ts': {
    importStepAction: { access: 'editor', command: 'importEntries', checks: [{ file: 'tests/integration/import-preview.test.ts', mentions: 'importEntries' }] },
    undoImportAction: { access: 'editor', command: 'undoImport', checks: [{ file: 'tests/integration/import.test.ts', mentions: 'undoImport' }] },
  },
  'app/dashboard/campaigns/[id]/email-actions.ts': {
    retryMessageAction: { access: 'editor', command: 'retryMessage', checks: [{ file: 'tests/integration/email-outbox.test.ts', mentions: 'retryMessage(row!.id, outsider.id)' }] },
  },
};
