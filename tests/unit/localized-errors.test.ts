import { describe, expect, it } from 'vitest';
import { toFormState } from '@/lib/errors';
import { parseOrThrow } from '@/lib/actions/validated-action';
import { localizeFormState, signOnSchemasFor } from '@/lib/sign-ons/localized-errors';
import { signOnSchema } from '@/lib/sign-ons/schemas';

const form = { kind: 'organization', displayName: '', country: 'XX', website: 'ftp://example.org', contactName: 'Ana', contactRole: 'Director', email: 'nope' };

function failed(input: Record<string, unknown>) {
  try {
    parseOrThrow(signOnSchema, input);
  } catch (error) {
    return toFormState(error, {});
  }
  throw new Error('expected the form to be refused');
}

describe('sign-on errors in the form’s language', () => {
  it('keeps the English messages of the commands as they were', () => {
    const state = failed(form);
    expect(state).toMatchObject({
      message: 'Please correct the highlighted fields.',
      fieldErrors: {
        displayName: ['Enter the organization name.'],
        website: ['Enter a web address starting with https:// or http://.'],
        email: ['Enter a valid email address, like name@example.org.'],
        authorized: ['Confirm that you are authorized to sign for this organization.'],
      },
    });
  });

  it('gives every field message in French, Spanish and Korean from the catalogs', () => {
    const fr = localizeFormState(failed(form), form, 'fr', 'signOn');
    expect(fr).toMatchObject({
      message: 'Veuillez corriger les champs signalés.',
      fieldErrors: {
        displayName: ['Ce champ est obligatoire : nom de l’organisation.'],
        country: ['Choisissez un pays, ou « International / pas de pays unique ».'],
        website: ['Saisissez une adresse web commençant par https:// ou http://.'],
      },
    });
    expect(localizeFormState(failed(form), form, 'es', 'signOn')).toMatchObject({ fieldErrors: { email: ['Escriba un correo electrónico válido, como nombre@ejemplo.org.'] } });
    expect(localizeFormState(failed(form), form, 'ko', 'signOn')).toMatchObject({ fieldErrors: { displayName: ['단체명을(를) 입력해 주세요.'] } });
  });

  it('translates the commands’ own refusals it knows, and writes limits with the language’s digits', () => {
    const refused = localizeFormState(
      { status: 'error', code: 'invalid_transition', message: 'This letter is no longer accepting sign-ons.' },
      {},
      'fr',
      'signOn',
    );
    expect(refused).toMatchObject({ message: 'Cette lettre n’accepte plus de signatures.' });
    const long = signOnSchemasFor('fr').signOn.safeParse({ ...form, comment: 'x'.repeat(2001) });
    expect(long.success).toBe(false);
    expect(long.error!.issues.find((i) => i.path[0] === 'comment')?.message).toBe('Le commentaire ne doit pas dépasser 2\u202f000 caractères.');
  });
});
