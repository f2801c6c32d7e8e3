import { qrCodeShape } from '@/lib/outreach/qr-code';

/** The letter's address as a QR code, inline SVG: crisp in print, nothing to load. */
export function QrCode({ url, label }: { url: string; label: string }) {
  const { size, path } = qrCodeShape(url);
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      width="160"
      height="160"
      role="img"
      aria-label={label}
      data-testid="share-qr"
      shapeRendering="crispEdges"
      className="bg-white"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
