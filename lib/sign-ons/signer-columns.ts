import { signOns } from '@/db/schema';

/** What every email to a signer needs of their sign-on: where to send it, whom to greet (greetingName), in which language. */
export const signerColumns = {
  id: signOns.id,
  email: signOns.email,
  kind: signOns.kind,
  displayName: signOns.displayName,
  contactName: signOns.contactName,
  /** The language they signed in: their emails are written in it. */
  locale: signOns.locale,
};
