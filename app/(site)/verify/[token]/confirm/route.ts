import { routeHandler, tokenParams } from '@/lib/http/route';
import { verifySignOn } from '@/lib/sign-ons/commands';
import { signerStatusUrl } from '@/lib/sign-ons/paths';
import { absoluteUrl } from '@/lib/urls';

/**
 * Confirmation for clients that do not run the page's server action (scripts, mail clients'
 * one-click POST): the same single-use spend as the button on /verify/[token]. 303 to the
 * signer's status page; 404 for an unknown link, 409 with an explanation for a used or expired one.
 */
export const POST = routeHandler({ params: tokenParams, access: 'public' }, async ({ params }) => {
  const { accessToken } = await verifySignOn(params.token);
  return new Response(null, { status: 303, headers: { Location: absoluteUrl(signerStatusUrl(accessToken, 'confirmed')) } });
});
