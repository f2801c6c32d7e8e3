'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * The letter's address in a plain read-only field (select it and copy, with or without
 * JavaScript) and, once the page runs scripts, a button that copies it.
 */
type Labels = { field: string; copy: string; copied: string; failed: string };

export function CopyLink({ url, id, labels }: { url: string; id: string; labels: Labels }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  // False in the server's HTML and during hydration, true after: the button appears only
  // where it can work.
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('done');
    } catch {
      // Denied clipboard access (some embedded browsers): the field is still there to copy from.
      setCopied('failed');
    }
  }

  return (
    <div>
      <label htmlFor={id} className="field-label">
        {labels.field}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          type="url"
          readOnly
          value={url}
          className="min-w-0 flex-1 rounded-md border border-line bg-white px-3 py-2 text-sm"
          onFocus={(e) => e.currentTarget.select()}
        />
        {scripted && (
          <button type="button" className="btn-secondary" onClick={copy}>
            {labels.copy}
          </button>
        )}
      </div>
      <p role="status" className="mt-1 min-h-5 text-sm text-muted">
        {copied === 'done' ? labels.copied : copied === 'failed' ? labels.failed : ''}
      </p>
    </div>
  );
}
