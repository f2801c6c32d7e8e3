// Lines that are not entries but say what follows: "Organizations", "Individual
// signatories:", closings ("Sincerely,") and the notes printed with lists.
import { matchCountry } from './countries';
import type { EntryKind } from './types';

const orgHeading =
  /^(?:(?:list of|the following) )?(?:(?:signatory|signing|endorsing|supporting|international|national|regional|local|civil society|member|partner|non governmental|non-governmental|community|grassroots|faith|faith-based|youth|other) )*(?:organi[sz]ations?|groups?|ngos?|csos?|networks?|coalitions?|institutions?|organi[sz]ational (?:signatories|signers|endorsers|endorsements|sign ons|sign-ons|supporters))(?: (?:signatories|that signed|signing|signing on|endorsing|endorsements|signers|supporting))?$/;
const individualHeading =
  /^(?:(?:list of|the following) )?(?:individuals?|individual (?:signatories|signers|endorsers|endorsements|sign ons|sign-ons|supporters)|people|persons|experts|academics|scholars|personalities)(?: (?:signatories|that signed|signing|signing on|endorsing|signers|in (?:their|a) personal capacity|signing in (?:their|a) personal capacity))?$/;
const skipHeading =
  /^(?:signatories|signatory list|signatories list|list of signatories|signed|signed by|signed on behalf of|sincerely|yours sincerely|sincerely yours|yours faithfully|yours truly|respectfully|respectfully yours|regards|best regards|kind regards|warm regards|with best regards|in solidarity|endorsed by|endorsements?|endorsers|co ?signed by|co-signed by|signers|sign ons|sign-ons|supported by|the undersigned|undersigned|signatures|with the support of|on behalf of|initiated by|(?:signatory )?organi[sz]ations and individuals)$/;

/** "Joint statement signatories", "Signatories to the letter": the list's own title. */
const listTitle = /^(?:[\p{L}'’ -]{1,40} )?(?:signatories|signatures|endorsers|endorsements)(?: to (?:the|this) (?:letter|statement|declaration|appeal))?$/u;

export type Heading = { kind: EntryKind | null };

/** Notes printed with lists: "(in alphabetical order)", "*Affiliations for identification only". */
const notePattern = /identification (?:purposes )?only|for identification|alphabetical order|in (?:their|a) personal capacity|^\(?continued\)?$|^\(?cont(?:'d|\.)\)?$/i;

export function headingOf(text: string): Heading | null {
  if (text.length > 120) return null;
  if (/^(?:\(.*\)|\[.*\])$/u.test(text) && !matchCountry(text, { codes: 'none' })) return { kind: null };
  if (notePattern.test(text) && text.split(' ').length <= 14) {
    // "Individuals (affiliations for identification purposes only)" still switches the kind.
    const t = text.toLocaleLowerCase('en');
    if (/^individuals?\b|^individual signatories\b/.test(t)) return { kind: 'individual' };
    if (/^organi[sz]ations?\b/.test(t)) return { kind: 'organization' };
    return { kind: null };
  }
  const t = text
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .replace(/[\s:：,.;\-–—]+$/u, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
  if (orgHeading.test(t)) return { kind: 'organization' };
  if (individualHeading.test(t)) return { kind: 'individual' };
  if (skipHeading.test(t) || listTitle.test(t)) return { kind: null };
  // "Organizations and networks", "Groups & coalitions"
  const parts = t.split(/ (?:and|&) /);
  if (parts.length === 2 && parts.every((p) => orgHeading.test(p))) return { kind: 'organization' };
  // A short line ending in a colon introduces what follows ("Signed by the following groups:").
  if (
    /[:：]\s*$/u.test(text) &&
    t.split(' ').length <= 8 &&
    /\b(?:sign|signed|signing|signator|endors|support|organi[sz]ation|group|individual|people|person|network|coalition|undersigned|following)/.test(t)
  ) {
    const individual = /\b(?:individuals?|people|persons|personal capacity)\b/.test(t);
    const organization = /\b(?:organi[sz]ations?|organi[sz]ational|groups?|ngos?|csos?|networks?|coalitions?|institutions?)\b/.test(t);
    if (individual !== organization) return { kind: individual ? 'individual' : 'organization' };
    return { kind: null };
  }
  return null;
}
