/** The networks the share kit links to, in the order it shows them. */
export type ShareNetwork = 'email' | 'whatsapp' | 'telegram' | 'x' | 'facebook' | 'linkedin' | 'bluesky';

export type ShareLink = { network: ShareNetwork; label: string; href: string };

const enc = encodeURIComponent;

/**
 * Plain share links for a letter, built by hand so that sharing loads no third-party script
 * and works without JavaScript. Every value is percent-encoded with encodeURIComponent (not
 * URLSearchParams: mail programs read `+` literally, not as a space).
 */
export function buildShareLinks({ url, text, emailLabel = 'Email' }: { url: string; text: string; emailLabel?: string }): ShareLink[] {
  const withUrl = `${text} ${url}`;
  return [
    { network: 'email', label: emailLabel, href: `mailto:?subject=${enc(text)}&body=${enc(`${text}\n\n${url}`)}` },
    { network: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${enc(withUrl)}` },
    { network: 'telegram', label: 'Telegram', href: `https://t.me/share/url?url=${enc(url)}&text=${enc(text)}` },
    { network: 'x', label: 'X', href: `https://twitter.com/intent/tweet?url=${enc(url)}&text=${enc(text)}` },
    { network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}` },
    { network: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}` },
    { network: 'bluesky', label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${enc(withUrl)}` },
  ];
}
