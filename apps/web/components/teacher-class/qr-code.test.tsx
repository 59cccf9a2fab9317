/** @jest-environment node */
// Node, as on the server that draws it (jsdom has no TextEncoder, which the encoder needs).
import { renderToStaticMarkup } from 'react-dom/server';
import { QrCode, qrPath } from './qr-code';

const LINK = 'http://class.school.test:3000/join?code=K7Q2MX';

describe('the join link’s QR code', () => {
  it('draws the three finder squares inside a four-module quiet zone', () => {
    const { size, d } = qrPath(LINK);
    const dark = new Set(d.match(/M\d+ \d+/g));
    const inner = size - 8;
    // Each finder pattern is a 7×7 ring whose corners are dark; the quiet zone is blank.
    const corners: [number, number][] = [
      [4, 4],
      [4 + inner - 7, 4],
      [4, 4 + inner - 7],
    ];
    for (const [x, y] of corners) {
      expect(dark.has(`M${x} ${y}`)).toBe(true);
      expect(dark.has(`M${x + 6} ${y + 6}`)).toBe(true);
    }
    expect([...dark].some((m) => /^M[0-3] |^M\d+ [0-3]$/.test(m))).toBe(false);
  });

  it('is an image named after the link, with the link it encodes', () => {
    const svg = renderToStaticMarkup(
      <QrCode text={LINK} label={`QR code of the join link ${LINK}`} />,
    );
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain(`aria-label="QR code of the join link ${LINK}"`);
    expect(svg).toContain(`data-qr-text="${LINK}"`);
  });
});
