import { routeHandler, slugParams } from '@/lib/http/route';
import { clientIp } from '@/lib/security/client-ip';
import { readFormBody } from '@/lib/security/form-body';
import { submitSignOnForm } from '@/lib/sign-ons/commands';
import { absoluteUrl } from '@/lib/urls';
import { formLanding, postedLocale } from '../form-submission';

/**
 * Sign-on for clients that do not run the page's server action (scripts, other sites'
 * forms): a form-encoded or multipart POST. 303 to the "check your email" page, in the
 * form's `locale`, when accepted; 400 with field errors, 404/409 when the letter does not take
 * sign-ons, 413 for an oversized body, 429 over the rate limit. Browsers use the form's server
 * action.
 */
export const POST = routeHandler({ params: slugParams, access: 'public' }, async ({ request, params }) => {
  const form = await readFormBody(request);
  const result = await submitSignOnForm(form, params.slug, { ip: clientIp(request.headers) });
  // The "check your email" page in the language the form was in, as the page's own form does;
  // a form that names none (another site's) lands on the original's.
  const next = await formLanding(result, postedLocale(form.locale), 'check-email');
  return new Response(null, { status: 303, headers: { Location: absoluteUrl(next) } });
});
