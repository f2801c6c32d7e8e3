import { encode } from 'uqr';

/** The blank margin the QR specification asks for around a code, in modules. */
const QUIET_ZONE = 4;

export type QrCodeShape = { size: number; path: string };

/**
 * A QR code as one SVG path (dark modules, runs of a row merged), sized in modules with its
 * quiet zone: a few hundred bytes that print sharply at any size. Medium error correction
 * survives a crease or a smudge on a printed flyer.
 */
export function qrCodeShape(text: string): QrCodeShape {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h-${x - start}z`);
    }
  });
  return { size: data.length + 2 * QUIET_ZONE, path: parts.join('') };
}
