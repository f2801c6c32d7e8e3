import type { EmailTemplates, TemplateName } from '@/lib/email/templates';
import CoordinatorDigest from '@/emails/coordinator-digest';
import CoordinatorInvitation from '@/emails/coordinator-invitation';
import CoordinatorSignIn from '@/emails/coordinator-sign-in';
import LetterChanged from '@/emails/letter-changed';
import LetterDelivered from '@/emails/letter-delivered';
import OutreachInvitation from '@/emails/outreach-invitation';
import SignOnApproved from '@/emails/sign-on-approved';
import SignOnReceived from '@/emails/sign-on-received';
import SignOnStatusLink from '@/emails/sign-on-status-link';
import SignOnRejected from '@/emails/sign-on-rejected';
import SignOnVerification from '@/emails/sign-on-verification';

/** Every template's preview props (the ones `npm run email:preview` shows), for tests that render them all. */
export const preview: { [T in TemplateName]: EmailTemplates[T] } = {
  'coordinator-sign-in': CoordinatorSignIn.PreviewProps,
  'coordinator-invitation': CoordinatorInvitation.PreviewProps,
  'sign-on-verification': SignOnVerification.PreviewProps,
  'sign-on-received': SignOnReceived.PreviewProps,
  'sign-on-status-link': SignOnStatusLink.PreviewProps,
  'sign-on-approved': SignOnApproved.PreviewProps,
  'sign-on-rejected': SignOnRejected.PreviewProps,
  'letter-changed': LetterChanged.PreviewProps,
  'letter-delivered': LetterDelivered.PreviewProps,
  'coordinator-digest': CoordinatorDigest.PreviewProps,
  'outreach-invitation': OutreachInvitation.PreviewProps,
  'outreach-reminder': OutreachInvitation.PreviewProps,
};
