/** The status page with a one-off notice (after confirming, editing or withdrawing). */
export const signerStatusUrl = (token: string, notice?: 'confirmed' | 'saved' | 'withdrawn') =>
  `/signed/${token}${notice ? `?notice=${notice}` : ''}`;
