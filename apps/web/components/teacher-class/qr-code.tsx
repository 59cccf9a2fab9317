/**
 * A QR code of the join link, drawn on the server as an SVG path: no client JavaScript, no image
 * request, and crisp at any projector size. `qrcode` only encodes; the drawing is ours, so the
 * markup is plain JSX (nothing is injected as HTML).
 */
import QRCode from 'qrcode';

/** The blank border every reader needs around the code (the standard asks for 4 modules). */
const QUIET_ZONE = 4;

/** The dark modules as one SVG path, one square per module, in module units. */
export function qrPath(text: string): { size: number; d: string } {
  // Level M survives a smudged screen or a projector's glare and keeps a join link small.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const squares: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) squares.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, d: squares.join('') };
}

export function QrCode({
  text,
  label,
  className,
}: {
  text: string;
  label: string;
  className?: string;
}) {
  const { size, d } = qrPath(text);
  return (
    <svg
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-qr-text={text}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
