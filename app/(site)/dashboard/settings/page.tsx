import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { requireCoordinator } from '@/lib/auth/session';
import { getCoordinatorLocale } from '@/lib/coordinators/locale';
import { getCoordinatorSettings } from '@/lib/coordinators/queries';
import { EmailLanguageForm } from './email-language-form';
import { saveDigestPreferenceAction } from '../actions';

export const metadata: Metadata = { title: 'Your settings' };

export default async function CoordinatorSettingsPage() {
  const me = await requireCoordinator('/dashboard/settings');
  const settings = await getCoordinatorSettings(me.id);
  if (!settings) notFound();
  return (
    <div className="max-w-2xl">
      <p className="mb-2 text-sm">
        <Link href="/dashboard">All campaigns</Link>
      </p>
      <h1 className="font-serif text-3xl font-semibold mb-4">Your settings</h1>
      <section className="card" aria-labelledby="email-heading">
        <h2 id="email-heading" className="font-serif text-xl font-semibold mb-3">Email</h2>
        <ActionForm action={saveDigestPreferenceAction}>
          <div className="mb-4 flex items-start gap-3">
            <input id="digest" name="digest" type="checkbox" defaultChecked={settings.digest} className="mt-1 size-5" aria-describedby="digest-hint" />
            <div>
              <label htmlFor="digest" className="font-medium">
                Send me a daily digest of sign-ons awaiting review
              </label>
              <p id="digest-hint" className="field-hint">
                At most one email a day, only when one of your campaigns has entries waiting, with how many and a link to the queue.
              </p>
            </div>
          </div>
          <SubmitButton>Save</SubmitButton>
        </ActionForm>
        <EmailLanguageForm current={await getCoordinatorLocale(me.id)} />
      </section>
    </div>
  );
}
