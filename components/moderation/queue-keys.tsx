'use client';

import { useEffect } from 'react';

const typing = (el: Element | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * Keys for the review queue: j/k move between entries, a approves the entry in focus, r moves
 * to its rejection reason. Ignored while typing, and with modifier keys (browser shortcuts).
 */
export function QueueKeys() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(document.activeElement)) return;
      const entries = [...document.querySelectorAll<HTMLElement>('[data-queue-entry]')];
      if (entries.length === 0) return;
      const current = entries.findIndex((e) => e.contains(document.activeElement));
      const focusEntry = (i: number) => {
        const target = entries[Math.max(0, Math.min(entries.length - 1, i))]!;
        target.focus();
        target.scrollIntoView({ block: 'nearest' });
      };
      if (event.key === 'j') focusEntry(current + 1);
      else if (event.key === 'k') focusEntry(current < 0 ? 0 : current - 1);
      else if (event.key === 'a' && current >= 0) entries[current]!.querySelector<HTMLButtonElement>('button[name="decision"][value="approve"]')?.click();
      else if (event.key === 'r' && current >= 0) entries[current]!.querySelector<HTMLElement>('[data-key-reason]')?.focus();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
