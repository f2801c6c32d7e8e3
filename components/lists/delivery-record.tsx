import { formatDay } from '@/lib/dates';
import type { DeliveryRecord as Record } from '@/lib/lists/queries';
import { deliveryMethodLabel } from '@/lib/lists/schemas';

/** "Delivered on DATE to ..., in person", with the coordinators' public note and link. */
export function DeliveryRecord({ delivery, language }: { delivery: Record; language: string }) {
  return (
    <div className="delivery-record">
      <p>
        <strong>
          Delivered on <time dateTime={delivery.deliveredAt.toISOString()}>{formatDay(delivery.deliveredAt, { language })}</time>
        </strong>{' '}
        to {delivery.deliveredTo}, {deliveryMethodLabel[delivery.method]}.
      </p>
      {delivery.note && <p className="mt-2 whitespace-pre-line">{delivery.note}</p>}
      {delivery.link && (
        <p className="mt-2">
          <a href={delivery.link} rel="noopener noreferrer nofollow">
            More about the delivery
          </a>
        </p>
      )}
    </div>
  );
}
