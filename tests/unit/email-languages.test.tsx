import { describe, expect, it } from 'vitest';
import CoordinatorDigest from '@/emails/coordinator-digest';
import SignOnVerification from '@/emails/sign-on-verification';
import { renderEmail } from '@/lib/email/render';
import { templateNames } from '@/lib/email/templates';
import { preview } from './support/email-previews';


describe('emails in the recipient’s language', () => {
  it('writes the verification email in French, Spanish and Korean, with the document’s language set', async () => {
    const props = SignOnVerification.PreviewProps;
    const fr = await renderEmail('sign-on-verification', props, 'fr');
    expect(fr.subject).toBe(`Confirmez votre signature de « ${props.campaignTitle} »`);
    expect(fr.html).toContain('lang="fr"');
    expect(fr.text).toContain('Bonjour Amina Yusuf,');
    expect(fr.text).toContain('Le lien expire dans 48 heures.');
    expect((await renderEmail('sign-on-verification', props, 'es')).text).toContain('El enlace caduca en 48 horas.');
    expect((await renderEmail('sign-on-verification', props, 'ko')).text).toContain('링크는 48시간 뒤에 만료됩니다.');
  });

  it('falls back to English, key by key, for a partial catalog, and sets right to left for Arabic', async () => {
    const ar = await renderEmail('sign-on-verification', SignOnVerification.PreviewProps, 'ar');
    expect(ar.html).toMatch(/<html[^>]*dir="rtl"/);
    expect(ar.subject).toBe(`Confirm your sign-on to “${SignOnVerification.PreviewProps.campaignTitle}”`);
  });

  it('treats an unknown language as English', async () => {
    const en = await renderEmail('coordinator-digest', CoordinatorDigest.PreviewProps);
    expect(await renderEmail('coordinator-digest', CoordinatorDigest.PreviewProps, 'xx')).toEqual(en);
    expect(en.subject).toBe('8 sign-ons waiting for your review');
  });

  it('renders every template in every complete language, each differently from English and with no missing message', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      for (const name of templateNames) {
        const english = await renderEmail(name, preview[name] as never);
        for (const locale of ['fr', 'es', 'ko']) {
          const rendered = await renderEmail(name, preview[name] as never, locale);
          expect(rendered.html, `${name} in ${locale}`).toContain(`lang="${locale}"`);
          expect(rendered.subject, `${name} in ${locale}`).not.toBe(english.subject);
          expect(rendered.text, `${name} in ${locale}`).not.toMatch(/\bemail\.[a-z]+\.[a-z]+/i);
        }
      }
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([]);
  });
});
