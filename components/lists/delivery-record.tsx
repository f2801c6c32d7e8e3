import { getTranslations } from 'next-intl/server';
import { formatDay } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locales';
import type { DeliveryRecord as Record } from '@/lib/lists/queries';

/** "Delivered on DATE to ..., in person", with the coordinators' public note and link, in the page's language. */
export async function DeliveryRecord({ delivery, language, locale = 'en' }: { delivery: Record; language: string; locale?: Locale }) {
  const t = await getTranslations({ locale, namespace: 'signatories' });
  return (
    <div className="delivery-record">
      <p>
        {t.rich('delivered', {
          day: formatDay(delivery.deliveredAt, { language }),
          to: delivery.deliveredTo,
          method: delivery.method,
          strong: (chunks) => <strong>{chunks}</strong>,
          time: (chunks) => <time dateTime={delivery.deliveredAt.toISOString()}>{chunks}</time>,
        })}
      </p>
      {delivery.note && <p className="mt-2 whitespace-pre-line">{delivery.note}</p>}
      {delivery.link && (
        <p className="mt-2">
          <a href={delivery.link} rel="noopener noreferrer nofollow">
            {t('moreAboutDelivery')}
          </a>
        </p>
      )}
    </div>
  );
}
