'use client';

import { useFormStatus } from 'react-dom';

export function SubmitButton({ children, pendingLabel, variant = 'primary' }: { children: React.ReactNode; pendingLabel: string; variant?: 'primary' | 'danger' | 'secondary' }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={`btn-${variant}`} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
