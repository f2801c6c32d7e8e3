import { errorResponse } from '@/lib/errors';
import { verifySignOn } from '@/lib/sign-ons/commands';
import { signerStatusUrl } from '@/lib/sign-ons/paths';
import { absoluteUrl } from '@/lib/urls';

/**
 * Confirmation for clients that do not run the page's server action (scripts, mail clients'
 * one-click POST): the same single-use spend as the button on /verify/[token]. 303 to the
 * signer's status page; 404 for an unknown link, 409 with an explanation for a used or expired one.
 */
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const { accessToken } = await verifySignOn(token);
    return new Response(null, { status: 303, headers: { Location: absoluteUrl(signerStatusUrl(accessToken, 'confirmed')) } });
  } catch (error) {
    return errorResponse(error);
  }
}
