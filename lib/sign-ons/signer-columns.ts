import { signOns } from '@/db/schema';

/** What every email to a signer needs of their sign-on: where to send it and whom to greet (greetingName). */
export const signerColumns = {
  id: signOns.id,
  email: signOns.email,
  kind: signOns.kind,
  displayName: signOns.displayName,
  contactName: signOns.contactName,
};
