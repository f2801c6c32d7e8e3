/**
 * Whom a signer email greets: the person behind the sign-on. An organization's sign-on is
 * made by its contact person, who reads the email; the organization's name is on the letter.
 */
export function greetingName(signOn: { kind: 'organization' | 'individual'; displayName: string; contactName: string | null }): string {
  if (signOn.kind === 'organization' && signOn.contactName?.trim()) return signOn.contactName.trim();
  return signOn.displayName;
}
