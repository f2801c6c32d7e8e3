import { errorResponse, DomainError } from '@/lib/errors';
import { clientIp } from '@/lib/security/client-ip';
import { readFormBody } from '@/lib/security/form-body';
import { submitSignOnForm } from '@/lib/sign-ons/commands';
import { absoluteUrl, checkEmailPath } from '@/lib/urls';

/**
 * Sign-on for clients that do not run the page's server action (scripts, other sites'
 * forms): a form-encoded or multipart POST. 303 to the "check your email" page when
 * accepted, 400 with field errors, 404/409 when the letter does not take sign-ons, 413 for
 * an oversized body, 429 over the rate limit. Browsers use the form's server action.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const form = await readFormBody(request);
    const result = await submitSignOnForm(form, slug, { ip: clientIp(request.headers) });
    return new Response(null, { status: 303, headers: { Location: absoluteUrl(checkEmailPath(result.slug)) } });
  } catch (error) {
    const response = errorResponse(error);
    if (error instanceof DomainError && error.code === 'rate_limited') response.headers.set('Retry-After', '600');
    return response;
  }
}
